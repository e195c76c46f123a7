// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createArticleSanitizer } from '@/src/ui/reader/sanitizeArticle';

const sanitize = createArticleSanitizer(window as Window & typeof globalThis);
const html = (input: string, base = 'https://news.example/world/story.html'): string => {
  const div = document.createElement('div');
  div.append(sanitize(input, base));
  return div.innerHTML;
};

describe('reader re-sanitiser', () => {
  it('drops scripts, handlers, frames, forms, styles, ids and classes', () => {
    const out = html(
      '<p id="a" class="b" style="color:red" onclick="x()">Hi<script>x()</script><img src="p.jpg" onerror="x()"></p>' +
        '<iframe src="https://evil.example/"></iframe><form><input name="q"><button>Go</button></form><style>p{}</style>' +
        '<svg><script>x()</script></svg><math><mi>x</mi></math>',
    );
    expect(out).toBe('<p>Hi<img src="https://news.example/world/p.jpg" referrerpolicy="no-referrer" loading="lazy" decoding="async"></p>');
  });

  it('resolves links and images against the article URL and keeps only web URLs', () => {
    const out = html(
      '<a href="/a">root</a><a href="../b">up</a><a href="javascript:alert(1)">js</a><a href="mailto:x@y.z">mail</a>' +
        '<a href="data:text/html,hi">data</a><img src="//cdn.example/i.png" srcset="s.jpg 1x, /l.jpg 2x"><img src="javascript:x">',
    );
    const div = document.createElement('div');
    div.innerHTML = out;
    expect(Array.from(div.querySelectorAll('a')).map((a) => a.getAttribute('href'))).toEqual([
      'https://news.example/a', 'https://news.example/b', null, 'mailto:x@y.z', null,
    ]);
    expect(Array.from(div.querySelectorAll('a[href]')).every((a) => a.getAttribute('rel') === 'noopener noreferrer')).toBe(true);
    const [img, bad] = Array.from(div.querySelectorAll('img'));
    expect(img!.getAttribute('src')).toBe('https://cdn.example/i.png');
    expect(img!.getAttribute('srcset')).toBe('https://news.example/world/s.jpg 1x, https://news.example/l.jpg 2x');
    expect(bad!.hasAttribute('src')).toBe(false);
  });

  it('keeps figures, captions, lists, tables, lang and dir', () => {
    const input = '<figure><img src="https://x.example/a.jpg" alt="A"><figcaption dir="rtl" lang="ar">تعليق</figcaption></figure><ul><li>a</li></ul><table><tr><td>1</td></tr></table>';
    const out = html(input);
    expect(out).toContain('<figcaption dir="rtl" lang="ar">تعليق</figcaption>');
    expect(out).toContain('<ul><li>a</li></ul>');
    expect(out).toContain('<td>1</td>');
    expect(out).toContain('alt="A"');
  });

  it('never throws on junk', () => {
    expect(html('')).toBe('');
    expect(html(undefined as unknown as string)).toBe('');
    expect(html('<p>'.repeat(2000))).toContain('<p>');
  });
});
