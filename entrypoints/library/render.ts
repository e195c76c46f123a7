/** DOM for the library list: article groups and quote cards (textContent only: quotes are page text). */
import { t } from '@/src/ext/i18n';
import type { ArticleGroup } from '@/src/library/group';
import type { QuoteRecord } from '@/src/library/schema';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...kids: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, props);
  for (const k of kids) node.append(k);
  return node;
}

function formatDate(iso: string | null, lang: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(lang, { year: 'numeric', month: 'short', day: 'numeric' });
}

function button(action: string, label: string, title?: string): HTMLButtonElement {
  const b = el('button', { type: 'button', textContent: label });
  b.dataset.action = action;
  if (title) b.title = title;
  return b;
}

function renderQuote(q: QuoteRecord, lang: string): HTMLElement {
  const card = el('article', { className: 'quote' });
  card.dataset.id = q.id;
  card.append(el('blockquote', { textContent: q.text }));
  if (q.speaker) card.append(el('p', { className: 'speaker', textContent: `— ${q.speaker}` }));
  if (q.note) card.append(el('p', { className: 'note', textContent: q.note }));
  if (q.tags.length) card.append(el('ul', { className: 'tags' }, ...q.tags.map((tag) => el('li', { textContent: '#' + tag }))));
  const meta = el('p', { className: 'meta', textContent: t('librarySavedOn', formatDate(q.savedAt, lang)) });
  if (q.missingContext) meta.append(el('span', { className: 'flag', textContent: t('libraryMissingContext') }));
  card.append(meta);
  card.append(
    el(
      'div',
      { className: 'actions' },
      button('show', t('libraryShow'), t('libraryShowTitle')),
      button('cite', t('libraryCopyCitation')),
      button('edit', t('libraryEdit')),
      button('delete', t('libraryDelete')),
    ),
  );
  return card;
}

export function renderGroup(g: ArticleGroup, lang: string): HTMLElement {
  const section = el('section', { className: 'article' });
  const link = el('a', { href: g.url, textContent: g.title || g.url, target: '_blank', rel: 'noopener noreferrer' });
  section.append(el('h2', {}, link));
  const meta = [g.site || t('libraryUnknownSite'), g.author, formatDate(g.published, lang)].filter(Boolean).join(' · ');
  section.append(el('p', { className: 'meta', textContent: meta }));
  for (const q of g.quotes) section.append(renderQuote(q, lang));
  return section;
}

export function renderEditForm(q: QuoteRecord): HTMLFormElement {
  const note = el('textarea', { name: 'note', value: q.note });
  const tags = el('input', { name: 'tags', type: 'text', value: q.tags.join(', ') });
  const form = el(
    'form',
    {},
    el('label', {}, el('span', { textContent: t('libraryNote') }), document.createElement('br'), note),
    el('label', {}, el('span', { textContent: t('libraryTags') }), document.createElement('br'), tags),
    el('div', { className: 'actions' }, el('button', { type: 'submit', className: 'primary', textContent: t('librarySave') }), button('cancel-edit', t('libraryCancel'))),
  );
  return form;
}
