/**
 * A short message shown inside the page (save confirmation, "passage not
 * found"). Closed shadow root and inline styles so the page's CSS can neither
 * hide nor restyle it; role=status so screen readers announce it.
 */
const HOST_ID = 'sourcelight-quote-toast';

export function showToast(doc: Document, message: string, kind: 'ok' | 'warn' | 'error' = 'ok', ms = 3500): void {
  doc.getElementById(HOST_ID)?.remove();
  const host = doc.createElement('div');
  host.id = HOST_ID;
  host.style.cssText = 'all:initial;position:fixed;z-index:2147483647;inset-block-end:16px;inset-inline-end:16px;';
  const root = host.attachShadow({ mode: 'closed' });
  const box = doc.createElement('div');
  box.setAttribute('role', 'status');
  box.textContent = message;
  const colour = kind === 'ok' ? '#1b5e20' : kind === 'warn' ? '#7a4b00' : '#8b1a1a';
  box.style.cssText = `font:14px/1.4 system-ui,sans-serif;color:#fff;background:${colour};padding:10px 14px;border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.3);max-width:360px;`;
  root.appendChild(box);
  (doc.body ?? doc.documentElement).appendChild(host);
  setTimeout(() => host.remove(), ms);
}
