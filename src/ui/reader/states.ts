/**
 * What the reader shows when there is no article to show — never a blank page.
 * Each state names what happened and links back to the original page.
 */
import { h } from './dom';
import { t } from './i18n';
import { safeWebUrl } from '@/src/ext/readerUrl';

export type ReaderState =
  | 'loading'
  | 'missing-params'
  | 'expired'
  | 'no-article'
  | 'too-large'
  | 'unsupported'
  | 'restricted'
  | 'no-access'
  | 'no-tab'
  | 'failed';

const TITLE: Record<ReaderState, string> = {
  loading: 'readerLoading',
  'missing-params': 'readerStateMissingTitle',
  expired: 'readerStateExpiredTitle',
  'no-article': 'readerStateNoArticleTitle',
  'too-large': 'readerStateTooLargeTitle',
  unsupported: 'readerStateUnsupportedTitle',
  restricted: 'readerStateRestrictedTitle',
  'no-access': 'readerStateNoAccessTitle',
  'no-tab': 'readerStateFailedTitle',
  failed: 'readerStateFailedTitle',
};

const BODY: Record<ReaderState, string> = {
  loading: '',
  'missing-params': 'readerStateMissingBody',
  expired: 'readerStateExpiredBody',
  'no-article': 'readerStateNoArticleBody',
  'too-large': 'readerStateTooLargeBody',
  unsupported: 'readerStateUnsupportedBody',
  restricted: 'readerStateRestrictedBody',
  'no-access': 'readerStateNoAccessBody',
  'no-tab': 'readerStateFailedBody',
  failed: 'readerStateFailedBody',
};

/** Maps an error code from a report or a tab refusal to a state. */
export function stateOfError(code: string | null | undefined): ReaderState {
  switch (code) {
    case 'no-article':
    case 'too-large':
    case 'unsupported':
    case 'restricted':
    case 'no-access':
    case 'no-tab':
    case 'expired':
      return code;
    default:
      return 'failed';
  }
}

export function renderState(state: ReaderState, src: string | null, detail?: string | null): HTMLElement {
  const link = safeWebUrl(src);
  const box = h(
    'section',
    { class: `state state-${state}`, 'aria-labelledby': 'state-title' },
    h('h1', { id: 'state-title', tabindex: '-1' }, t(TITLE[state])),
    BODY[state] ? h('p', {}, t(BODY[state])) : null,
    detail ? h('p', { class: 'muted state-detail' }, detail) : null,
  );
  if (link) box.append(h('p', {}, h('a', { href: link, class: 'button-link', id: 'state-back' }, t('readerBackToPage'))));
  else if (src && state !== 'loading') box.append(h('p', { class: 'muted', dir: 'ltr' }, src));
  return box;
}
