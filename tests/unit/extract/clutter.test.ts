import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extractArticle';
import { ClutterCounter, cleanArticle, removeMarkupClutter } from '../../../src/extract/clutter';
import { doc, page, prose } from './helpers';

const URL = 'https://news.example/a';

function extracted(body: string) {
  const r = extractArticle(doc(page(body)), { url: URL });
  if (!r.ok) throw new Error(r.error.message);
  return r.article;
}

/** Runs pass 2 alone on a content fragment. */
function cleaned(html: string) {
  const d = doc(page(`<div id="root">${html}</div>`));
  const root = d.getElementById('root') as Element;
  const counter = new ClutterCounter();
  const credits: string[] = [];
  cleanArticle(root, counter, credits);
  return { text: root.textContent ?? '', removed: counter.list(), credits };
}

describe('pass 1: clutter by markup, before Readability', () => {
  const cases: [string, string, string][] = [
    ['share bar by class', '<div class="sharedaddy"><a href="https://facebook.com/sharer">Facebook</a> <a href="#">Twitter</a></div>', 'share'],
    ['comment section with form', '<div id="comments"><h3>Leave a Reply</h3><form><textarea></textarea></form></div>', 'comments'],
    ['newsletter box', '<div class="newsletter-signup"><p>Get our newsletter.</p><input type="email"></div>', 'newsletter'],
    ['related list, spared by Readability because of "content"', '<div class="related-content"><a href="/1">One story</a><a href="/2">Two story</a></div>', 'related'],
    ['ad slot', '<div class="ad-slot"><span>Advertisement</span></div>', 'ad'],
    ['cookie banner', '<div id="cookie-consent">We use cookies. <button>Accept</button></div>', 'consent'],
    ['breadcrumbs', '<ol class="breadcrumbs"><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ol>', 'crumbs'],
    ['navigation element', '<nav><a href="/">Home</a></nav>', 'navigation'],
    ['role=complementary', '<div role="complementary"><a href="/x">Most read</a></div>', 'related'],
    ['author info box', '<div class="author-info"><p>Jane Roe writes about towns and trains for us since 2012.</p></div>', 'other'],
    ['post metadata line', '<p class="postmetadata">Posted on Monday, filed under <a href="/c">Towns</a></p>', 'crumbs'],
    ['reading time label', '<span class="reading-time">4 min read</span>', 'crumbs'],
    ['rating widget', '<div class="post-ratings">Was this helpful? (no ratings yet)</div>', 'other'],
    ['affiliate disclaimer', '<p class="aawp-disclaimer">Links on this page are affiliate links.</p>', 'other'],
    ['calendar widget', '<table id="wp-calendar"><caption>May 2020</caption><tr><td>1</td></tr></table>', 'navigation'],
  ];
  for (const [name, html, kind] of cases) {
    it(`removes a ${name}`, () => {
      const d = doc(page(`<article>${prose(3)}</article>${html}`));
      const counter = new ClutterCounter();
      removeMarkupClutter(d, counter);
      expect(counter.list()).toContainEqual({ kind, count: 1 });
      expect(d.body.textContent).toContain('discussed item 3');
    });
  }

  it('spares a wrapper whose names say clutter but which holds the article', () => {
    const d = doc(page(`<div class="has-comments">${prose(8)}</div><div class="comments"><form><textarea></textarea></form></div>`));
    const counter = new ClutterCounter();
    removeMarkupClutter(d, counter);
    expect(d.body.textContent).toContain('discussed item 8');
  });

  it('spares a section with prose even if a modifier says ads', () => {
    const d = doc(page(`<section class="Report__Section--Ads">${prose(3)}</section><div>${prose(10, 'Elsewhere')}</div>`));
    removeMarkupClutter(d, new ClutterCounter());
    expect(d.body.textContent).toContain('The council met');
  });

  it('keeps live commentary named "comments" when it has no form and is most of the page', () => {
    const d = doc(page(`<div class="live-match-comments">${prose(6)}</div><p>Footer</p>`));
    removeMarkupClutter(d, new ClutterCounter());
    expect(d.body.textContent).toContain('discussed item 6');
  });
});

describe('pass 2: phrases, credits and edges, after Readability', () => {
  it('removes whole-block phrases in several languages', () => {
    for (const label of ['Advertisement', 'Anzeige', 'Publicité', 'Share this:', 'Leave a Reply', 'Subscribe', 'Lesen Sie auch', 'Read more', 'Previous: Energy prices climb']) {
      const { text } = cleaned(`${prose(2)}<p>${label}</p>${prose(2)}`);
      expect(text, label).not.toContain(label);
    }
  });

  it('keeps a sentence that merely mentions such a word', () => {
    const sentence = 'The advertisement campaign was read more than a million times, the agency said.';
    const { text } = cleaned(`${prose(2)}<p>${sentence}</p>${prose(2)}`);
    expect(text).toContain(sentence);
  });

  it('takes image credit lines out as credits', () => {
    const { text, credits } = cleaned(`${prose(2)}<p>Photo: Reuters</p><p>Foto: dpa</p>${prose(2)}`);
    expect(text).not.toContain('Reuters');
    expect(credits).toEqual(['Photo: Reuters', 'Foto: dpa']);
  });

  it('cuts a credit off the end of a caption and keeps the caption', () => {
    const { text, credits } = cleaned(`${prose(2)}<figure><img src="a.jpg"><figcaption>The library opened in 2009. Photo: Tomasz Brill/The Chronicle</figcaption></figure>${prose(2)}`);
    expect(text).toContain('The library opened in 2009.');
    expect(text).not.toContain('Tomasz Brill');
    expect(credits).toEqual(['Photo: Tomasz Brill/The Chronicle']);
  });

  it('takes a short caption naming a photo agency as a credit', () => {
    const { text, credits } = cleaned(`${prose(2)}<figure><img src="a.jpg"><figcaption>AFP / MARCO BERTORELLO</figcaption></figure>${prose(2)}`);
    expect(text).not.toContain('BERTORELLO');
    expect(credits).toEqual(['AFP / MARCO BERTORELLO']);
  });

  it('removes source lines and editor sign-offs', () => {
    const { text } = cleaned(`${prose(2)}<p>Quelle: Landesregierung</p>${prose(2)}<p>（责任编辑：林晓）</p>`);
    expect(text).not.toContain('Quelle');
    expect(text).not.toContain('责任编辑');
  });

  it('removes "read also" inserts: a label and a link', () => {
    const { text } = cleaned(`${prose(2)}<p>LEA TAMBIÉN: <a href="/x">Otra noticia del día de hoy</a></p><p>Zobacz: <a href="/y">Inny artykuł o czymś zupełnie innym</a></p>${prose(2)}`);
    expect(text).not.toContain('Otra noticia');
    expect(text).not.toContain('Inny artykuł');
  });

  it('removes a "Related" heading together with its link list', () => {
    const { text, removed } = cleaned(`${prose(3)}<h3>Related stories</h3><ul><li><a href="/1">First other story</a></li><li><a href="/2">Second other story</a></li></ul>`);
    expect(text).not.toContain('other story');
    expect(removed.find((r) => r.kind === 'related')?.count).toBeGreaterThanOrEqual(2);
  });

  it('drops furniture after the last paragraph of prose, keeps the prose', () => {
    const { text } = cleaned(`${prose(3)}<p>03.04.2020</p><p>© 2020 Town Times. All rights reserved.</p><p>Tags: council, library</p><div><a href="/a">Home</a> <a href="/b">News</a></div>`);
    expect(text).toContain('discussed item 3');
    expect(text).not.toContain('03.04.2020');
    expect(text).not.toContain('All rights reserved');
    expect(text).not.toContain('Tags:');
    expect(text).not.toContain('Home');
  });

  it("drops the lead picture's caption before the first paragraph, keeps later captions", () => {
    const { text } = cleaned(`<figure><img src="a.jpg"><figcaption>Bricks stacked on a site</figcaption></figure>${prose(2)}<figure><img src="b.jpg"><figcaption>The new library, seen from the square</figcaption></figure>${prose(2)}`);
    expect(text).not.toContain('Bricks stacked');
    expect(text).toContain('seen from the square');
  });

  it('drops calls to action after the last prose', () => {
    const { text } = cleaned(`${prose(3)}<p>Follow us on Facebook and subscribe to our newsletter.</p>`);
    expect(text).not.toContain('Follow us');
  });

  it('keeps a short closing sentence after the last long paragraph', () => {
    const { text } = cleaned(`${prose(3)}<p>That was all.</p>`);
    expect(text).toContain('That was all.');
  });
});

describe('the seed-like page end to end', () => {
  it('leaves only the article and counts what it removed', () => {
    const a = extracted(`<header><nav><a href="/">Home</a></nav><div class="ad-slot"><span>Advertisement</span></div></header>
      <article><h1>Council backs library plan</h1><div class="sharedaddy"><h3>Share this:</h3><a href="#">Facebook</a></div>
      <div class="entry-content">${prose(4)}<div class="code-block ad-inline"><span>Advertisement</span></div>${prose(2, 'Later')}
      <p class="image-credit"><em>Picture Courtesy: Town archive</em></p></div>
      <footer><span class="cat-links">Posted in <a href="/c/news">News</a></span></footer></article>
      <nav class="post-navigation"><a rel="prev" href="/p">Previous: Old story</a></nav>
      <div id="comments"><h3>Leave a Reply</h3><form><p>Your email address will not be published.</p><textarea></textarea><input type="submit" value="Post Comment"></form></div>`);
    for (const s of ['Advertisement', 'Share this', 'Facebook', 'Posted in', 'Previous:', 'Leave a Reply', 'Post Comment', 'Picture Courtesy']) expect(a.text).not.toContain(s);
    expect(a.text.split('\n\n')).toHaveLength(6);
    expect(a.imageCredits).toEqual(['Picture Courtesy: Town archive']);
    const kinds = a.removed.map((r) => r.kind);
    for (const k of ['share', 'ad', 'comments', 'navigation', 'credit']) expect(kinds).toContain(k);
  });
});

describe('captions marked by class', () => {
  it('takes a class-named caption out of the text, keeps its credit and the picture', () => {
    const d = doc(page(`<div id="root">${prose(2)}<div class="wp-caption"><img src="a.jpg"><p class="wp-caption-text">The square at dawn. Photo: Ana Lopes/Agency</p></div>${prose(2)}</div>`));
    const root = d.getElementById('root') as Element;
    const credits: string[] = [];
    cleanArticle(root, new ClutterCounter(), credits);
    expect(root.textContent).not.toContain('The square at dawn');
    expect(root.querySelector('img')).not.toBeNull();
    expect(credits).toEqual(['Photo: Ana Lopes/Agency']);
  });

  it('keeps a <figcaption> with its figure', () => {
    const { text } = cleaned(`${prose(2)}<figure><img src="b.jpg"><figcaption>The new library, seen from the square</figcaption></figure>${prose(2)}`);
    expect(text).toContain('seen from the square');
  });
});

describe('furniture labels in several languages', () => {
  it('removes whole-block labels: ads with decoration, tables of contents, load-more, not-logged-in', () => {
    for (const label of ['4 min read', 'Lesezeit: 3 Min.', 'Temps de lecture : 5 min', 'Download as PDF', '- Anzeige -', 'Advertisement:', 'Inhaltsverzeichnis', 'Table of contents', 'Lade weitere Inhalte ...', 'Load more', 'Sie sind aktuell nicht eingeloggt.', 'Schon gelesen?', 'À lire aussi »', 'Externer Inhalt', 'Rezept drucken']) {
      const { text } = cleaned(`${prose(2)}<p>${label}</p>${prose(2)}`);
      expect(text, label).not.toContain(label);
    }
  });

  it('keeps sentences that contain such words', () => {
    const s = 'The table of contents of the new council report runs to twelve pages, the clerk said.';
    const { text } = cleaned(`${prose(2)}<p>${s}</p>${prose(2)}`);
    expect(text).toContain(s);
  });
});

describe('read-also labels and picture credits', () => {
  it('removes a read-also label followed by a guillemet and a link', () => {
    const { text } = cleaned(`${prose(2)}<p><strong>À lire aussi »</strong> <a href="/x">Un autre article du jour</a></p>${prose(2)}`);
    expect(text).not.toContain('Un autre article');
  });

  it('takes a German featured-image credit line out as a credit', () => {
    const { text, credits } = cleaned(`${prose(2)}<p>Beitragsbild: Max Muster / Agentur</p>${prose(2)}`);
    expect(text).not.toContain('Max Muster');
    expect(credits).toEqual(['Beitragsbild: Max Muster / Agentur']);
  });
});

describe('box labels', () => {
  it('removes a bare label with its colon, keeps the same word without one', () => {
    const { text } = cleaned(`${prose(2)}<p>Kontakt:</p><p>Weitere Informationen:</p>${prose(2)}<h3>Contact</h3>`);
    expect(text).not.toContain('Kontakt:');
    expect(text).not.toContain('Weitere Informationen:');
  });

  it('keeps a sentence that starts like a label', () => {
    const s = 'Contact: the council can be reached at the town hall every weekday morning, a spokesman said.';
    const { text } = cleaned(`${prose(2)}<p>${s}</p>${prose(2)}`);
    expect(text).toContain(s);
  });
});

describe('code and preformatted text', () => {
  const code = '<pre class="language-js"><code><span class="token comment">// load the module</span><br><br><span class="hljs-keyword">import</span> x <span class="related">from</span> y;<br><span class="c1 comment"># Photo: a comment, not a credit</span></code></pre>';

  it('keeps highlighted code comments through both passes', () => {
    const a = extracted(`<article><h1>Title</h1>${prose(3)}${code}${prose(2, 'After')}</article>`);
    expect(a.text).toContain('// load the module');
    expect(a.text).toContain('# Photo: a comment, not a credit');
    expect(a.text).toContain('from');
    expect(a.removed).not.toContainEqual(expect.objectContaining({ kind: 'comments' }));
    expect(a.imageCredits).toEqual([]);
  });

  it('judges the inside of a <code> that wraps blocks as any other markup', () => {
    const d = doc(page(`<article>${prose(3)}</article><code><div class="sidebar-widget"><ul class="related-posts"><li><a href="/a">A</a></li></ul></div></code>`));
    const counter = new ClutterCounter();
    removeMarkupClutter(d, counter);
    expect(d.querySelector('.sidebar-widget')).toBeNull();
    expect(counter.list()).toHaveLength(1);
  });
});
