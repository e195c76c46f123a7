document.getElementById('app')!.textContent = 'Sourcelight';
