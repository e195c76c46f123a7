// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createArticleSanitizer } from '@/src/ui/reader/sanitizeArticle';

const sanitize = createArticleSanitizer(window as Window & typeof globalThis);
const render = (input: string, base = 'https://news.example/world/story.html'): HTMLDivElement => {
  const div = document.createElement('div');
  div.append(sanitize(input, base));
  return div;
};

describe('reader re-sanitiser', () => {
  it('drops scripts, handlers, frames, forms, styles, ids and classes', () => {
    const div = render(
      '<p id="a" class="b" style="color:red" onclick="x()">Hi<script>x()</script><img src="p.jpg" onerror="x()"></p>' +
        '<iframe src="https://evil.example/"></iframe><form><input name="q"><button>Go</button></form><style>p{}</style>' +
        '<svg><script>x()</script></svg>',
    );
    expect(div.querySelector('script, iframe, form, input, button, style, svg, [id], [class], [style], [onclick], [onerror]')).toBeNull();
    expect(div.querySelector('p')!.textContent).toContain('Hi');
    expect(div.querySelector('img')!.getAttribute('src')).toBe('https://news.example/world/p.jpg');
    expect(div.querySelector('img')!.getAttribute('referrerpolicy')).toBe('no-referrer');
  });

  it('resolves links and images against the article URL and keeps only web URLs (no data: images)', () => {
    const div = render(
      '<a href="/a">root</a><a href="../b">up</a><a href="javascript:alert(1)">js</a><a href="mailto:x@y.z">mail</a>' +
        '<a href="data:text/html,hi">data</a><img src="//cdn.example/i.png"><img src="javascript:x">' +
        '<img src="data:image/png;base64,iVBORw0KGgo=">',
    );
    const hrefs = Array.from(div.querySelectorAll('a[href]')).map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://news.example/a', 'https://news.example/b', 'mailto:x@y.z']);
    expect(Array.from(div.querySelectorAll('a[href]')).every((a) => a.getAttribute('rel') === 'noopener noreferrer')).toBe(true);
    const srcs = Array.from(div.querySelectorAll('img')).map((i) => i.getAttribute('src'));
    expect(srcs.filter(Boolean)).toEqual(['https://cdn.example/i.png']);
  });

  it('keeps figures, captions, lists, tables, lang and dir', () => {
    const div = render('<figure><img src="https://x.example/a.jpg" alt="A"><figcaption dir="rtl" lang="ar">تعليق</figcaption></figure><ul><li>a</li></ul><table><tr><td>1</td></tr></table>');
    const cap = div.querySelector('figcaption')!;
    expect([cap.getAttribute('dir'), cap.getAttribute('lang'), cap.textContent]).toEqual(['rtl', 'ar', 'تعليق']);
    expect(div.querySelector('ul li')!.textContent).toBe('a');
    expect(div.querySelector('td')!.textContent).toBe('1');
    expect(div.querySelector('img')!.getAttribute('alt')).toBe('A');
  });

  it('never throws on junk', () => {
    expect(render('').innerHTML).toBe('');
    expect(render(undefined as unknown as string).innerHTML).toBe('');
    expect(render('<p>'.repeat(2000)).querySelector('p')).not.toBeNull();
  });
});
