/**
 * Pages built inside the tests (the fixtures README keeps generated pages out
 * of tests/fixtures/pages).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Harness } from './harness';

/**
 * A page with navigation and nothing else: no article by any rule. (Home pages
 * of teasers, like fixtures/pages/no-article.html, are the harder case the
 * extraction tests cover.)
 */
export const NO_ARTICLE_HTML = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Nothing to read</title></head>
<body><nav><a href="/">Home</a> <a href="/a">News</a> <a href="/b">Sport</a></nav></body></html>`;

/**
 * Real sentences, but only as a menu of links: extraction finds no article,
 * while "Try anyway" has visible text to analyse.
 */
export const LINKS_ONLY_HTML = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Menu of stories</title></head>
<body><nav><ul>${Array.from({ length: 6 }, (_, i) => `<li><a href="/s${i}">Council votes to extend the late bus service for another year, the mayor said on Tuesday (${i})</a></li>`).join('')}</ul></nav></body></html>`;

/**
 * An ordinary article whose own script then adds 60 000 elements (as widget-
 * heavy and infinite-scroll pages do); the extraction limit is 30 000.
 */
export const TOO_LARGE_HTML = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A huge page</title></head>
<body><article><h1>An article buried in a huge page</h1>
<p>${'This paragraph is ordinary article text, long enough to look like an article on its own. '.repeat(6)}</p>
<p>${'The refusal must come from the size of the page, not from the lack of an article. '.repeat(6)}</p>
</article><div id="grid"></div>
<script>
  var frag = document.createDocumentFragment();
  for (var i = 0; i < 60000; i++) { var s = document.createElement('span'); s.textContent = i % 10; frag.appendChild(s); }
  document.getElementById('grid').appendChild(frag);
  document.documentElement.dataset.built = 'yes';
</script></body></html>`;

/**
 * Serves `html` as `name` from a second 127.0.0.1 server over a temporary
 * directory; returns the URL. (Playwright routes cannot fulfil the first
 * request of a tab the extension opened: it starts before Playwright attaches.)
 */
export async function serveGenerated(h: Harness, name: string, html: string): Promise<string> {
  writeFileSync(join(h.generatedDir, name), html);
  return `${h.generatedServer.origin}/${name}`;
}
