/**
 * The popup's non-report states. Each one says what happened and what the
 * person can do; the popup is never blank.
 */
import type { Report } from '@/src/core/types';
import type { TabRefusal } from '@/src/ext/messages';
import { t } from '@/src/ext/i18n';
import { el } from './dom';

export type PopupState =
  | 'loading'
  | 'report'
  | 'restricted'
  | 'no-access'
  | 'no-article'
  | 'too-large'
  | 'unsupported'
  | 'error';

export interface StateActions {
  retry(): void;
  tryAnyway(): void;
}

export function renderLoading(): HTMLElement {
  return el(
    'div',
    { class: 'state state-loading', role: 'status', 'aria-live': 'polite' },
    el('span', { class: 'spinner', 'aria-hidden': 'true' }),
    el('p', { text: t('popupLoading') }),
  );
}

function stateBox(state: PopupState, title: string, ...body: (Node | null)[]): HTMLElement {
  return el('div', { class: `state state-${state}`, role: 'alert' }, el('h1', { class: 'state-title', text: title }), ...body);
}

function button(label: string, onClick: () => void, primary = false): HTMLButtonElement {
  const b = el('button', { type: 'button', class: primary ? 'btn btn-primary' : 'btn', text: label });
  b.addEventListener('click', onClick);
  return b;
}

export function stateOfRefusal(refusal: TabRefusal): PopupState {
  if (refusal.tabRefusal === 'restricted') return 'restricted';
  if (refusal.tabRefusal === 'no-access') return 'no-access';
  return 'error';
}

export function renderTabRefusal(refusal: TabRefusal, actions: StateActions): HTMLElement {
  const state = stateOfRefusal(refusal);
  const title = state === 'restricted' ? t('popupRestrictedTitle') : state === 'no-access' ? t('popupNoAccessTitle') : t('popupErrorTitle');
  const retry = state === 'error' ? el('p', { class: 'actions' }, button(t('popupRetry'), actions.retry, true)) : null;
  return stateBox(state, title, el('p', { class: 'state-message', text: refusal.message }), retry);
}

export function stateOfReport(report: Report): PopupState {
  if (report.ok) return 'report';
  switch (report.error?.code) {
    case 'no-article':
      return 'no-article';
    case 'too-large':
      return 'too-large';
    case 'unsupported':
      return 'unsupported';
    default:
      return 'error';
  }
}

/** A report the pipeline refused. `forced` hides "Try anyway" once it has been tried. */
export function renderReportRefusal(report: Report, forced: boolean, actions: StateActions): HTMLElement {
  const state = stateOfReport(report);
  const reason = report.error?.message ? el('p', { class: 'state-message', text: report.error.message }) : null;
  switch (state) {
    case 'no-article':
      return stateBox(
        state,
        t('popupNoArticleTitle'),
        reason,
        forced ? null : el('p', { class: 'state-hint', text: t('popupNoArticleHint') }),
        forced ? null : el('p', { class: 'actions' }, button(t('popupTryAnyway'), actions.tryAnyway, true)),
      );
    case 'too-large':
      return stateBox(state, t('popupTooLargeTitle'), reason, el('p', { class: 'state-hint', text: t('popupTooLargeHint') }));
    case 'unsupported':
      return stateBox(state, t('popupUnsupportedTitle'), reason);
    default:
      return stateBox(
        'error',
        t('popupErrorTitle'),
        reason,
        el('p', { class: 'state-hint', text: t('popupErrorHint') }),
        el('p', { class: 'actions' }, button(t('popupRetry'), actions.retry, true)),
      );
  }
}

/** Anything thrown while asking the background (it restarted, the message failed). */
export function renderError(err: unknown, actions: StateActions): HTMLElement {
  const detail = err instanceof Error ? err.message : String(err);
  return stateBox(
    'error',
    t('popupErrorTitle'),
    el('p', { class: 'state-message', text: t('refusalFailed') }),
    detail ? el('p', { class: 'state-detail', text: detail }) : null,
    el('p', { class: 'actions' }, button(t('popupRetry'), actions.retry, true)),
  );
}
