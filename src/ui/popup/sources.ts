/** The Sources section: named people and bodies, vague sourcing marked, image credits. */
import type { SourceKind, SourceNote } from '@/src/core/types';
import { t } from '@/src/ext/i18n';
import { el, section } from './dom';

const KIND_LABEL: Record<SourceKind, string> = {
  person: 'sourceKindPerson',
  organisation: 'sourceKindOrganisation',
  document: 'sourceKindDocument',
  media: 'sourceKindMedia',
  unnamed: 'sourceKindUnnamed',
  'image-credit': 'sourceKindImageCredit',
  publisher: 'sourceKindPublisher',
};

function sourceItem(note: SourceNote): HTMLElement {
  const claim = note.claims[0]?.text;
  return el(
    'li',
    { class: note.vague ? 'source source-vague' : 'source' },
    el(
      'span',
      { class: 'source-head' },
      el('span', { class: 'source-who', dir: 'auto', text: note.who }),
      el('span', { class: 'badge', text: t(KIND_LABEL[note.kind] ?? 'sourceKindUnnamed') }),
      note.vague ? el('span', { class: 'badge badge-vague', title: t('popupVagueHint'), text: t('popupVague') }) : null,
    ),
    note.role ? el('span', { class: 'source-role', text: note.role }) : null,
    claim ? el('span', { class: 'source-claim', dir: 'auto', text: claim }) : null,
  );
}

export function renderSources(sources: readonly SourceNote[], imageCredits: readonly string[]): HTMLElement {
  const notes = sources.filter((s) => s.kind !== 'image-credit');
  // Named sources first, vague ones after: both shown, the vague ones marked.
  notes.sort((a, b) => Number(a.vague) - Number(b.vague));
  const credits = [...new Set([...imageCredits, ...sources.filter((s) => s.kind === 'image-credit').map((s) => s.who)])];
  const list = notes.length
    ? el('ul', { class: 'source-list' }, ...notes.map(sourceItem))
    : el('p', { class: 'empty', text: t('popupSourcesEmpty') });
  const creditBlock = credits.length
    ? el(
        'div',
        { class: 'credits' },
        el('h3', { text: t('popupImageCredits') }),
        el('ul', { class: 'plain-list' }, ...credits.map((c) => el('li', { text: c }))),
      )
    : null;
  return section('sources', t('popupSources'), list, creditBlock);
}
