/**
 * Language-independent clutter signals in class and id names. Matched on
 * word parts: "share-bar", "post_share" and "ShareTools" all contain the part
 * "share"; "shared" or "sharpen" do not. Readability has its own list
 * (unlikelyCandidates), but it spares anything whose names also contain
 * "content" or "article" ("related-content", "article-share"), and it only
 * uses it to choose candidates — these lists remove.
 */
import type { ClutterKind } from '../core/types';
import { lookupTable } from '../core/lookupTable';

const part = (words: string): RegExp => new RegExp(`(?:^|[\\s_-])(?:${words})(?=$|[\\s_-]|\\d)`, 'i');
/** The words of a `part` pattern (between its boundary groups). */
const wordsOf = (re: RegExp): string => re.source.slice('(?:^|[\\s_-])(?:'.length, -')(?=$|[\\s_-]|\\d)'.length);

export const CLASS_PATTERNS: [ClutterKind, RegExp][] = [
  ['consent', part('cookies?|cookie-?banner|cookie-?notice|cookie-?consent|consent|gdpr|onetrust|didomi|cookiebot|cc-window|cc-banner|truste|privacy-?banner')],
  ['share', part('share|shares|sharing|sharedaddy|sharethis|share-?bar|share-?buttons|social|socials|social-?media|social-?share|addthis|addtoany|a2a|shariff|sd-sharing|sd-social|follow-?us|social-?links|social-?icons|social-?bar')],
  ['comments', part('comments?|commentlist|comment-?list|comment-?respond|respond|disqus|disqus_thread|discussion|replies|reply|comment-?form|commentform|fb-comments|coral')],
  ['newsletter', part('newsletter|newsletters|subscribe|subscription|signup|sign-?up|mailchimp|mc4wp|optin|opt-?in|mailing-?list|email-?signup')],
  ['related', part('related|relatedposts|related-?posts|related-?articles|related-?stories|jp-relatedposts|yarpp|recommended|recommendations?|recirc|trending|popular|most-?read|mostread|most-?popular|most-?viewed|more-?stories|more-?articles|read-?next|readnext|up-?next|outbrain|ob-widget|taboola|zergnet|you-?may-?like|also-?read|further-?reading|latest-?news|latest-?posts|more-?from')],
  ['ad', part('ad|ads|advert|adverts|advertisement|advertising|adsense|adsbygoogle|adslot|ad-?slot|ad-?unit|ad-?container|ad-?wrapper|ad-?label|dfp|gpt-?ad|div-gpt-ad|google-?ad|sponsored|sponsor|billboard|leaderboard|skyscraper|mpu|native-?ad|teads|banner-?ad|adbox')],
  ['navigation', part('calendar|nav|navbar|navigation|menu|main-?menu|pagination|pager|post-?navigation|nav-?links|nav-?previous|nav-?next|skip-?link|skip-?to-?content|toolbar|site-?header|site-?footer|footer|masthead|topbar|top-?bar|sidebar|widget-?area')],
  ['teaser', part('read-?more|readmore|more-?link|continue-?reading')],
  ['crumbs', part('breadcrumbs?|crumbs?|tags|tag-?list|tag-?cloud|tagcloud|post-?tags|entry-?tags|cat-?links|tags-?links|post-?categories|entry-?categories|categories|post-?meta-?tags|keywords|topics-?list')],
  ['other', part('author-?bio|author-?box|about-?the-?author|about-?author|author-?info|authors?-?info|author-?card|author-?desc|author-?description|author-?details|entry-?author|entry-?author-?info|post-?author|saboxplugin-?wrap|abh_box|byline|bylines|print-?only|screen-?reader-?text|sr-?only|visually-?hidden|noprint|modal|popup|lightbox|login|signin|post-?ratings?|ratings?|star-?rating|rating-?stars|affiliate|affiliate-?text|disclaimer')],
  // Post metadata lines: date, author, "filed under", reading time.
  ['crumbs', part('post-?meta|entry-?meta|postmetadata|meta-?info|read-?time|reading-?time|readingtime')],
];

/** ARIA roles that are never article body. */
export const ROLE_KINDS = lookupTable<ClutterKind>({
  navigation: 'navigation',
  banner: 'navigation',
  contentinfo: 'navigation',
  complementary: 'related',
  search: 'navigation',
  dialog: 'other',
  alertdialog: 'consent',
  menu: 'navigation',
  menubar: 'navigation',
});

/** Names that mark the article body: never removed, whatever else they say. */
export const BODY_NAMES = part('article-?body|articlebody|article-?content|article-?text|entry-?content|post-?content|post-?body|story-?body|story-?content|main-?content|content-?body|body-?text|text-?body');

/**
 * All the patterns' words in one: most class names say none of them, and
 * one scan tells so instead of eleven. Same boundaries, no backreferences,
 * so it matches exactly when one of the patterns does (unit-tested).
 */
export const ANY_CLUTTER_NAME = part(CLASS_PATTERNS.map(([, re]) => wordsOf(re)).join('|'));

export function classifyNames(names: string): ClutterKind | null {
  if (!names || !ANY_CLUTTER_NAME.test(names)) return null;
  for (const [kind, re] of CLASS_PATTERNS) if (re.test(names)) return kind;
  return null;
}

/** An element's id and class, as the patterns are matched against them; '' when it has neither. */
export function names(el: Element): string {
  const id = el.getAttribute('id') ?? '';
  const cls = el.getAttribute('class') ?? '';
  return id || cls ? `${id} ${cls}` : '';
}
