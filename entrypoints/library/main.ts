/**
 * The quote library page: newest first, grouped by article; search; edit,
 * delete with undo; export/import; copy citation; "Show" on the page.
 * Everything on screen comes from storage (one key per quote) and follows
 * storage.onChanged, so saves made elsewhere appear here at once.
 */
import { browser } from 'wxt/browser';
import { t } from '@/src/ext/i18n';
import { CITATION_STYLES, quoteWithCitation, type CitationStyle } from '@/src/library/citation';
import { exportCsv, exportJson, exportMarkdown } from '@/src/library/exportFormats';
import { groupByArticle } from '@/src/library/group';
import { readRecord } from '@/src/library/migrate';
import { parseTagInput, QUOTE_KEY_PREFIX, type QuoteRecord } from '@/src/library/schema';
import { createSearchIndex } from '@/src/library/search';
import { createQuoteStore, newestFirst, type Loaded, type StorageAreaLike } from '@/src/library/store';
import { download, importFile, showQuote } from './actions';
import { renderEditForm, renderGroup } from './render';

/** Cards rendered at a time (more on scroll): keeps open and search fast with 10,000 quotes. */
const PAGE_SIZE = 60;
const STYLE_KEY = 'sourcelight.library.citationStyle';
const store = createQuoteStore(browser.storage.local as unknown as StorageAreaLike);
const lang = browser.i18n.getUILanguage();

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const list = $<HTMLElement>('list');
const search = $<HTMLInputElement>('search');
const styleSelect = $<HTMLSelectElement>('style');
const notice = $<HTMLElement>('notice');

let all: QuoteRecord[] = [];
const byId = new Map<string, QuoteRecord>();
const index = createSearchIndex();
let limit = PAGE_SIZE;
/** False until every quote is read (first screen shown earlier); meanwhile counts come from the key list. */
let complete = false;
let totalKeys = 0;
/** Deleted while a full read was in flight: that read may still carry them. */
const removedWhileLoading = new Set<string>();
let editing: string | null = null;
/** A storage change arrived while an edit form was open: render once it closes. */
let pendingRender = false;

function localise(): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
  document.title = t('libraryTitle');
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]')) node.textContent = t(node.dataset.i18n!);
  for (const node of document.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]')) node.placeholder = t(node.dataset.i18nPlaceholder!);
}

function say(message: string, extra?: Node): void {
  notice.replaceChildren(document.createTextNode(message));
  if (extra) notice.append(extra);
}

function visibleQuotes(): QuoteRecord[] {
  const q = search.value.trim();
  if (!q) return all;
  const hits = index.search(q);
  return all.filter((r) => hits.has(r.id));
}

/** Synchronous render of the first `limit` matches (fast: a few hundred cards at most). */
function render(): void {
  const matches = visibleQuotes();
  const shown = matches.slice(0, limit);
  const frag = document.createDocumentFragment();
  for (const g of groupByArticle(shown)) frag.append(renderGroup(g, lang));
  list.replaceChildren(frag);
  editing = null;
  const total = complete ? all.length : Math.max(totalKeys, all.length);
  $('count').textContent = !search.value.trim() ? t('libraryCount', String(total)) : t('libraryCountFiltered', [String(matches.length), String(total)]);
  const empty = $('empty');
  empty.hidden = matches.length > 0 || !complete;
  empty.textContent = all.length ? t('libraryNoMatches') : t('libraryEmpty');
  $('more').hidden = matches.length <= shown.length && complete;
}

let renderQueued = false;
function queueRender(): void {
  if (renderQueued) return;
  renderQueued = true;
  requestAnimationFrame(() => {
    renderQueued = false;
    render();
  });
}

function upsert(q: QuoteRecord): void {
  if (byId.has(q.id)) all = all.filter((r) => r.id !== q.id);
  byId.set(q.id, q);
  index.add(q);
  // Keep newest first without re-sorting everything: new saves go to the front.
  const at = all.findIndex((r) => newestFirst(q, r) < 0);
  if (at === -1) all.push(q);
  else all.splice(at, 0, q);
}

function drop(id: string): void {
  if (!byId.delete(id)) return;
  index.remove(id);
  all = all.filter((r) => r.id !== id);
}

function showProblems(problems: Loaded['problems']): void {
  const box = $('problems');
  box.hidden = problems.length === 0;
  box.textContent = problems.length ? t('libraryProblems', String(problems.length)) : '';
  if (problems.length) console.warn('Sourcelight library: unreadable records (left untouched)', problems);
}

function addLoaded(quotes: readonly QuoteRecord[]): void {
  for (const q of quotes) {
    if (byId.has(q.id) || removedWhileLoading.has(q.id)) continue; // newer news came via storage.onChanged
    byId.set(q.id, q);
    index.add(q);
    all.push(q);
  }
}

/**
 * First screen fast, then the rest: where the browser can list keys alone
 * (Chrome 130+), read only the newest PAGE_SIZE quotes (ids sort by time),
 * render, then read everything for search and counts. Elsewhere read
 * everything at once.
 */
async function load(): Promise<void> {
  const keys = await store.listKeys();
  if (!keys) {
    const loaded = await store.loadAll();
    addLoaded(loaded.quotes);
    showProblems(loaded.problems);
    complete = true;
    document.body.dataset.loaded = 'all';
    performance.mark('library-complete');
    render();
    return;
  }
  totalKeys = keys.length;
  const first = await store.loadKeys(keys.slice(0, PAGE_SIZE));
  addLoaded(first.quotes);
  render();
  void loadRest();
}

/** Everything else in one read (fewer round trips than chunks), for search, counts and problems. */
async function loadRest(): Promise<void> {
  const rest = await store.loadAll();
  addLoaded(rest.quotes);
  all.sort(newestFirst);
  complete = true;
  showProblems(rest.problems);
  document.body.dataset.loaded = 'all';
  performance.mark('library-complete');
  queueRender();
}

const currentStyle = (): CitationStyle => (CITATION_STYLES.includes(styleSelect.value as CitationStyle) ? (styleSelect.value as CitationStyle) : 'apa');

async function onDelete(q: QuoteRecord): Promise<void> {
  const removed = await store.remove(q.id);
  if (!removed) return;
  const undo = Object.assign(document.createElement('button'), { type: 'button', textContent: t('libraryUndo') });
  undo.dataset.action = 'undo';
  undo.addEventListener('click', () => {
    void store.restore(removed).then(() => say(''));
  });
  say(t('libraryDeleted'), undo);
  undo.focus();
}

list.addEventListener('click', (ev) => {
  const target = ev.target as HTMLElement;
  const action = target.closest<HTMLElement>('[data-action]')?.dataset.action;
  const card = target.closest<HTMLElement>('.quote');
  const q = card?.dataset.id ? byId.get(card.dataset.id) : undefined;
  if (!action || !card || !q) return;
  if (action === 'show') void showQuote(q, say);
  else if (action === 'cite') {
    navigator.clipboard.writeText(quoteWithCitation(q, currentStyle())).then(
      () => say(t('libraryCopied')),
      () => say(t('libraryCopyFailed')),
    );
  } else if (action === 'delete') void onDelete(q);
  else if (action === 'edit') {
    if (editing === q.id) return;
    editing = q.id;
    const form = renderEditForm(q);
    card.append(form);
    form.querySelector('textarea')?.focus();
    form.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') form.querySelector<HTMLButtonElement>('[data-action="cancel-edit"]')?.click();
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const data = new FormData(form);
      editing = null;
      pendingRender = false;
      void store.update(q.id, { note: String(data.get('note') ?? ''), tags: parseTagInput(String(data.get('tags') ?? '')) }).then((r) => {
        if (!r) say(t('libraryQuoteGone'));
        queueRender();
      });
    });
  } else if (action === 'cancel-edit') {
    card.querySelector('form')?.remove();
    editing = null;
    if (pendingRender) {
      pendingRender = false;
      queueRender();
    }
    card.querySelector<HTMLButtonElement>('[data-action="edit"]')?.focus();
  }
});

search.addEventListener('input', () => {
  limit = PAGE_SIZE;
  render();
});
$('more').addEventListener('click', () => {
  limit += PAGE_SIZE;
  render();
});
// Scrolling near the end shows the next page of cards, as the button does.
new IntersectionObserver((entries) => {
  if (entries.some((e) => e.isIntersecting) && !$('more').hidden && visibleQuotes().length > limit) {
    limit += PAGE_SIZE;
    queueRender();
  }
}, { rootMargin: '600px' }).observe($('more'));
styleSelect.addEventListener('change', () => localStorage.setItem(STYLE_KEY, currentStyle()));
$('export-md').addEventListener('click', () => download('md', 'text/markdown', exportMarkdown(all, currentStyle())));
$('export-json').addEventListener('click', () => download('json', 'application/json', exportJson(all)));
$('export-csv').addEventListener('click', () => download('csv', 'text/csv', exportCsv(all)));
$('import').addEventListener('click', () => $<HTMLInputElement>('import-file').click());
$<HTMLInputElement>('import-file').addEventListener('change', (e) => {
  const input = e.target as HTMLInputElement;
  const file = input.files?.[0];
  input.value = '';
  if (file) void importFile(store, file, say);
});

browser.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local') return;
  let touched = false;
  for (const [key, change] of Object.entries(changes)) {
    if (!key.startsWith(QUOTE_KEY_PREFIX)) continue;
    touched = true;
    if (change.newValue === undefined) {
      const id = key.slice(QUOTE_KEY_PREFIX.length);
      if (!complete) removedWhileLoading.add(id);
      drop(id);
      continue;
    }
    removedWhileLoading.delete(key.slice(QUOTE_KEY_PREFIX.length));
    const r = readRecord(change.newValue);
    if (r.ok) upsert(r.value);
  }
  // Never re-render under an open edit form (it would discard what is being typed).
  if (touched) {
    if (editing) pendingRender = true;
    else queueRender();
  }
});

localise();
styleSelect.value = localStorage.getItem(STYLE_KEY) ?? 'apa';
load().then(
  () => {
    document.body.dataset.state = 'ready';
    performance.mark('library-ready');
    search.focus();
  },
  (e: unknown) => {
    document.body.dataset.state = 'error';
    say(t('libraryErrorSave', e instanceof Error ? e.message : String(e)));
  },
);
