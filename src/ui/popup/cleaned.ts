/** The "Page cleaned" section: trackers the page carried (by name) and clutter removed. */
import type { ClutterKind, RemovedClutter, Tracker, TrackerCategory } from '@/src/core/types';
import { t } from '@/src/ext/i18n';
import { el, section } from './dom';

const CATEGORY: Record<TrackerCategory, string> = {
  analytics: 'trackerAnalytics',
  advertising: 'trackerAdvertising',
  social: 'trackerSocial',
  'tag-manager': 'trackerTagManager',
  other: 'trackerOther',
};

const CLUTTER: Record<ClutterKind, string> = {
  share: 'clutterShare',
  comments: 'clutterComments',
  newsletter: 'clutterNewsletter',
  related: 'clutterRelated',
  ad: 'clutterAd',
  navigation: 'clutterNavigation',
  consent: 'clutterConsent',
  teaser: 'clutterTeaser',
  crumbs: 'clutterCrumbs',
  credit: 'clutterCredit',
  other: 'clutterOther',
};

/** `removed` null: no article was cleaned (refusals), so only the trackers are listed. */
export function renderCleaned(trackers: readonly Tracker[], removed: readonly RemovedClutter[] | null): HTMLElement {
  const trackerList = trackers.length
    ? el(
        'ul',
        { class: 'plain-list tracker-list' },
        ...trackers.map((tr) =>
          el('li', { class: 'tracker' }, el('span', { class: 'tracker-name', text: tr.name }), el('span', { class: 'badge', text: t(CATEGORY[tr.category] ?? 'trackerOther') })),
        ),
      )
    : el('p', { class: 'empty', text: t('popupTrackersNone') });
  const clutter = (removed ?? []).filter((r) => r.count > 0);
  const clutterList = clutter.length
    ? el(
        'ul',
        { class: 'plain-list clutter-list' },
        ...clutter.map((r) => el('li', { text: `${t(CLUTTER[r.kind] ?? 'clutterOther')} × ${r.count}` })),
      )
    : el('p', { class: 'empty', text: t('popupClutterNone') });
  return section(
    'cleaned',
    t('popupCleaned'),
    el('h3', { text: t('popupTrackers') }),
    trackerList,
    removed ? el('h3', { text: t('popupClutter') }) : null,
    removed ? clutterList : null,
  );
}
