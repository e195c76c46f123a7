import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findTrackers } from '../../../src/extract/trackers';
import { ANY_INLINE_SIGNATURE, PATH_ONLY_WORDS, TRACKER_RULES, cannotBeTrackerUrl, matchTrackerInline, matchTrackerUrl } from '../../../src/extract/trackerTable';

const dir = resolve(import.meta.dirname, '../../fixtures/pages');
const linkedomDoc = (html: string) => parseHTML(html).document as unknown as Document;
const jsdomDoc = (html: string, url = 'https://site.example/a/b.html') => new JSDOM(html, { url }).window.document;
const names = (doc: Document) => findTrackers(doc).map((t) => t.name);

describe('findTrackers on the fixtures (linkedom, as the CLI parses pages)', () => {
  const expected: Record<string, string[]> = {
    seed: ['Google Analytics', 'Meta Pixel', 'Google AdSense'],
    'wordpress-comments': ['Google Analytics', 'Meta Pixel', 'Google AdSense', 'Jetpack Stats'],
    'news-jsonld-paywall': ['Google Tag Manager', 'Chartbeat', 'Google Ad Manager', 'Segment', 'Taboola'],
    liveblog: ['Google Analytics', 'Parse.ly', 'Hotjar'],
    'de-artikel': ['Matomo', 'INFOnline', 'Google AdSense'],
    'fr-article': ['Google Analytics', 'Criteo', 'Taboola', 'Piano Analytics (AT Internet)'],
    'rtl-ar': ['Google Analytics', 'Yandex Metrica', 'Microsoft Clarity'],
    'cjk-zh': ['Baidu Tongji', 'CNZZ (Umeng)'],
    'lazy-images': ['Google Analytics', 'Mixpanel', 'Plausible', 'Google Ad Manager'],
    'base-href': ['Google Analytics', 'comScore'],
    'no-article': ['Google Analytics', 'Google AdSense', 'LinkedIn Insight Tag', 'X (Twitter) Pixel', 'TikTok Pixel', 'Meta Pixel'],
  };
  it.each(Object.entries(expected))('%s', (file, want) => {
    const html = readFileSync(resolve(dir, `${file}.html`), 'utf8');
    expect(names(linkedomDoc(html)).sort()).toEqual([...want].sort());
    // Same answer on jsdom (the other DOM it runs on in Node).
    expect(names(jsdomDoc(html)).sort()).toEqual([...want].sort());
  });

  it('seed: categories and hosts', () => {
    const trackers = findTrackers(linkedomDoc(readFileSync(resolve(dir, 'seed.html'), 'utf8')));
    expect(trackers).toContainEqual({ name: 'Google Analytics', category: 'analytics', host: 'www.googletagmanager.com' });
    expect(trackers).toContainEqual({ name: 'Meta Pixel', category: 'advertising', host: 'connect.facebook.net' });
    expect(trackers.find((t) => t.name === 'Google AdSense')?.category).toBe('advertising');
  });
});

describe('findTrackers rules', () => {
  it('deduplicates by name and keeps the first host seen', () => {
    const doc = linkedomDoc(`<html><head>
      <script>gtag('config', 'G-1');</script>
      <script src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>
      <script src="https://www.google-analytics.com/analytics.js"></script></head><body></body></html>`);
    expect(findTrackers(doc)).toEqual([{ name: 'Google Analytics', category: 'analytics', host: 'www.googletagmanager.com' }]);
  });

  it('does not count preconnect, dns-prefetch or plain links', () => {
    const doc = linkedomDoc(`<html><head><link rel="preconnect" href="https://www.google-analytics.com">
      <link rel="dns-prefetch" href="//connect.facebook.net"></head>
      <body><a href="https://www.facebook.com/tr">a link</a><p>Google Analytics is mentioned in text. fbq( too.</p></body></html>`);
    expect(findTrackers(doc)).toEqual([]);
  });

  it('reads pixels in <noscript> parsed as text (scripting on) and as elements', () => {
    const asText = jsdomDoc('<html><body><p>x</p></body></html>');
    const ns = asText.createElement('noscript');
    ns.textContent = '<img height="1" width="1" src="https://www.facebook.com/tr?id=1&ev=PageView&noscript=1">';
    asText.body.appendChild(ns);
    expect(names(asText)).toEqual(['Meta Pixel']);
    expect(names(linkedomDoc('<html><body><noscript><img src="https://mc.yandex.ru/watch/1"></noscript></body></html>'))).toEqual(['Yandex Metrica']);
  });

  it('reads iframes (GTM noscript frame, DoubleClick) and AMP analytics', () => {
    const doc = linkedomDoc(`<html><body><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-ABCD"></iframe>
      <iframe src="https://tpc.googlesyndication.com/safeframe/1-0-40/html/container.html"></iframe>
      <amp-analytics type="chartbeat"></amp-analytics><amp-pixel src="https://sb.scorecardresearch.com/p?c1=2"></amp-pixel></body></html>`);
    expect(names(doc)).toEqual(['Google Tag Manager', 'Google Ad Manager', 'Chartbeat', 'comScore']);
  });

  it('tells Google Ads from Google Analytics by the gtag id', () => {
    const doc = linkedomDoc('<script async src="https://www.googletagmanager.com/gtag/js?id=AW-123"></script>');
    expect(findTrackers(doc)).toEqual([{ name: 'Google Ads', category: 'advertising', host: 'www.googletagmanager.com' }]);
  });

  it('finds self-hosted Matomo by path and relative script URLs on base-less documents', () => {
    expect(names(linkedomDoc('<script src="/stats/matomo.js"></script>'))).toEqual(['Matomo']);
    expect(names(linkedomDoc('<script src="/js/app.js"></script><script src="js/analytics.js"></script>'))).toEqual([]);
  });

  it('ignores JSON and template scripts', () => {
    const doc = linkedomDoc('<script type="application/ld+json">{"text":"fbq( gtag(\'config\', \'G-1\')"}</script><script type="text/template">_paq.push(1)</script>');
    expect(findTrackers(doc)).toEqual([]);
  });

  it('matches hosts at a dot boundary only', () => {
    expect(matchTrackerUrl(new URL('https://securepubads.g.doubleclick.net/tag/js/gpt.js'))?.name).toBe('Google Ad Manager');
    expect(matchTrackerUrl(new URL('https://notdoubleclick.net/x.js'))).toBeNull();
    expect(matchTrackerUrl(new URL('https://www.facebook.com/tr?id=1'))?.name).toBe('Meta Pixel');
    expect(matchTrackerUrl(new URL('https://www.facebook.com/travel'))?.name).toBe('Facebook SDK');
  });

  it('reads only the last labels of a long host, and still finds its row', () => {
    // A hostile page's 16 KB host must not cost one hash of a long suffix per label.
    const long = 'a.'.repeat(8_000);
    expect(matchTrackerUrl(new URL(`https://${long}www.google-analytics.com/collect`))?.name).toBe('Google Analytics');
    expect(matchTrackerUrl(new URL(`https://${long}example.com/x.js`))).toBeNull();
    expect(cannotBeTrackerUrl(`https://${long}www.google-analytics.com/collect`)).toBe(false);
    expect(cannotBeTrackerUrl(`https://${long}example.com/x.js`)).toBe(true);
    expect(matchTrackerUrl(new URL('https://securepubads.g.doubleclick.net./x'))?.name).toBe('Google Ad Manager');
  });

  it('every rule has a name, a category and something to match', () => {
    for (const r of TRACKER_RULES) {
      expect(r.name.length).toBeGreaterThan(1);
      expect(['analytics', 'advertising', 'social', 'tag-manager', 'other']).toContain(r.category);
      expect(r.hosts || r.path || r.inline).toBeTruthy();
    }
  });

  it('never throws on hostile documents and stays fast on big ones', () => {
    const weird = linkedomDoc('<script src="http://[::1"></script><img src="https://%zz"><iframe src="javascript:alert(1)"></iframe><script>' + 'x'.repeat(200_000) + '</script>');
    expect(() => findTrackers(weird)).not.toThrow();
    // 30,000 images before the only tracker script: per-kind caps must not hide it.
    const many = linkedomDoc(`<html><body>${'<img src="/p.jpg"><img src="https://cdn.example/p.jpg"><script>var a=1;</script>'.repeat(15_000)}<script src="https://static.hotjar.com/c/hotjar-1.js"></script></body></html>`);
    const t0 = performance.now();
    expect(names(many)).toEqual(['Hotjar']);
    expect(performance.now() - t0).toBeLessThan(10_000);
  });
});

describe('cannotBeTrackerUrl (the shortcut before URL parsing)', () => {
  // What findTrackers concludes from a value the long way: parsed against the
  // base, or, failing that, as a relative URL matched by path only.
  const slow = (value: string, base: string | null): string | null => {
    const parse = (v: string, b: string | null): URL | null => {
      try {
        return v.startsWith('//') ? new URL('https:' + v) : b ? new URL(v, b) : new URL(v);
      } catch {
        return null;
      }
    };
    const url = parse(value.trim(), base);
    if (url) return matchTrackerUrl(url)?.name ?? null;
    const rel = parse(value.trim(), 'https://relative.invalid/');
    const rule = rel ? matchTrackerUrl(rel) : null;
    return rule && !rule.hosts ? rule.name : null;
  };
  const values = [
    'https://cdn.example/app.js', '//cdn.example/app.js?v=1', 'HTTPS://CDN.EXAMPLE:8443/a#b', 'http://cdn.example', 'https://cdn.example.:/x',
    'https://www.doubleclick.net/x', '//SECUREPUBADS.G.DOUBLECLICK.NET./tag', 'https://doubleclick.net../x', 'https://notdoubleclick.net/x',
    'https://t.co/x', 'https://sub.t.co', 'https://co/x', 'https://www.facebook.com/tr?id=1', 'https://cdn.example/x?u=//doubleclick.net',
    'http://user@doubleclick.net/', 'https://evil.example:x@doubleclick.net/', 'https://a.example\\@doubleclick.net/', 'http:///doubleclick.net/',
    'https:/\\doubleclick.net/', 'https://double\tclick.net/', '//double\nclick.net', 'https://%64oubleclick.net/', 'https://\uff44oubleclick.net/',
    '\u0001https://doubleclick.net/', ' https://doubleclick.net/ ', 'https://doubleclick.net\u0001', 'https://0x7f.1/x', 'https://cdn.example:99999/x',
    'https://cdn.example/stats/MATOMO.JS', '//cdn.example/piwik.php?idsite=1', 'https://cdn.example/mat\tomo.js', 'https://xn--zz.example/x',
    '/stats/matomo.js', '/js/app.js', 'data:image/gif;base64,R0lGOD', 'javascript:void(0)', 'foo://doubleclick.net/x', 'http:doubleclick.net',
  ];
  const bases = [null, 'https://news.example/a/b.html', 'https://www.facebook.com/page'];

  it('vouches only for values that name no row, against any base', () => {
    for (const v of values) {
      if (!cannotBeTrackerUrl(v)) continue;
      for (const base of bases) expect(slow(v, base), `${JSON.stringify(v)} on ${base}`).toBeNull();
    }
  });

  it('vouches for plain first-party and CDN URLs, the common case', () => {
    for (const v of ['https://cdn.example/app.js', '//cdn.example/app.js?v=1', 'HTTPS://CDN.EXAMPLE:8443/a#b', 'https://notdoubleclick.net/x', 'https://co/x']) {
      expect(cannotBeTrackerUrl(v), v).toBe(true);
    }
    for (const v of ['https://www.doubleclick.net/x', '//cdn.example/piwik.php', 'https://evil.example:x@doubleclick.net/', '/js/app.js']) {
      expect(cannotBeTrackerUrl(v), v).toBe(false);
    }
  });

  it('knows every host-less row (a new one must extend PATH_ONLY_WORDS)', () => {
    const hostless = TRACKER_RULES.filter((r) => !r.hosts);
    expect(hostless.map((r) => [r.name, r.path?.source])).toEqual([['Matomo', '\\/(?:matomo|piwik)\\.(?:js|php)(?:$|\\?)']]);
    expect(PATH_ONLY_WORDS.test('/MATOMO.js') && PATH_ONLY_WORDS.test('/piwik.php')).toBe(true);
  });
});

describe('inline signatures', () => {
  it('can be joined into one pattern: no flags, no backreferences', () => {
    for (const rule of TRACKER_RULES.filter((r) => r.inline)) {
      expect(rule.inline!.flags, rule.name).toBe('');
      expect(rule.inline!.source, rule.name).not.toMatch(/\\[1-9]/);
    }
  });

  it('the joined pattern agrees with the rules one by one', () => {
    const texts = [
      "gtag('config', 'G-ABC'); fbq('init', '1');", 'window._taboola = window._taboola || [];', 'var _paq = []; _paq.push(["trackPageView"]);',
      'ym(12345, "init", {});', 'console.log("no vendor here"); var ga4 = 1;', '',
    ];
    for (const text of texts) {
      const one = TRACKER_RULES.filter((r) => r.inline && r.inline.test(text));
      expect(matchTrackerInline(text), text).toEqual(one);
      expect(ANY_INLINE_SIGNATURE.test(text), text).toBe(one.length > 0);
    }
  });
});
