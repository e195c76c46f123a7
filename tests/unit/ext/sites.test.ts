import { describe, expect, it } from 'vitest';
import { parseSite, patternsToRelease, siteMatchesUrl, sitePatterns, type Site } from '@/src/ext/sites';

const origin = (input: string) => {
  const r = parseSite(input);
  return r.ok ? r.site.origin : r.error;
};

describe('parseSite', () => {
  it('takes a bare domain as https', () => {
    expect(origin('example.com')).toBe('https://example.com');
    expect(origin('  News.Example.CO.uk  ')).toBe('https://news.example.co.uk');
  });

  it('takes the origin of a pasted article URL', () => {
    expect(origin('https://www.example.com/2024/05/story.html?x=1#top')).toBe('https://www.example.com');
    expect(origin('http://example.org/a')).toBe('http://example.org');
  });

  it('drops ports and a trailing dot', () => {
    expect(origin('example.com:8443/x')).toBe('https://example.com');
    expect(origin('http://127.0.0.1:8080/page')).toBe('http://127.0.0.1');
    expect(origin('localhost:3000')).toBe('https://localhost');
    expect(origin('example.com.')).toBe('https://example.com');
  });

  it('converts international names to punycode', () => {
    expect(origin('bücher.de')).toBe('https://xn--bcher-kva.de');
  });

  it('refuses what is not one web origin', () => {
    expect(origin('')).toBe('empty');
    expect(origin('   ')).toBe('empty');
    expect(origin('ftp://example.com')).toBe('scheme');
    expect(origin('javascript:alert(1)')).toBe('scheme');
    expect(origin('file:///etc/passwd')).toBe('scheme');
    expect(origin('*.example.com')).toBe('host');
    expect(origin('news')).toBe('host');
    expect(origin('exa mple.com')).toBe('invalid');
    expect(origin('https://user:pw@example.com')).toBe('invalid');
    expect(origin('http://')).toBe('invalid');
    expect(origin('a'.repeat(3000) + '.com')).toBe('invalid');
  });
});

describe('patterns', () => {
  const site = (o: string): Site => {
    const r = parseSite(o);
    if (!r.ok) throw new Error(o);
    return r.site;
  };

  it('asks for the site origin only', () => {
    expect(sitePatterns(site('example.com'))).toEqual(['https://example.com/*']);
    expect(sitePatterns(site('http://127.0.0.1'))).toEqual(['http://127.0.0.1/*']);
  });

  it('matches page URLs of the same scheme and host, any port', () => {
    const s = site('http://news.test');
    expect(siteMatchesUrl(s, 'http://news.test:8123/a/b')).toBe(true);
    expect(siteMatchesUrl(s, 'https://news.test/a')).toBe(false);
    expect(siteMatchesUrl(s, 'http://sub.news.test/a')).toBe(false);
    expect(siteMatchesUrl(s, 'http://news.test.evil.example/a')).toBe(false);
    expect(siteMatchesUrl(s, 'not a url')).toBe(false);
  });

  it('keeps patterns another site still needs', () => {
    const a = site('https://example.com');
    expect(patternsToRelease(a, [site('http://example.com')])).toEqual(['https://example.com/*']);
    expect(patternsToRelease(a, [site('https://example.com/other')])).toEqual([]);
  });
});
