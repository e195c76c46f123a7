/**
 * Headlines capitalise every word ("Lynch Closes the Door on Clinton", "Trevor Noah Says Trump Is
 * …"): a capitalised run is cut at function words and at the verbs headlines use, so no name
 * swallows them (names.ts).
 */
import { NOT_NAMES } from './nameLists';
import { isFirstName } from './nameFirstNames';
import { isRoleToken, lc } from './nameRoles';

const NAME_PARTICLES = new Set(['le', 'la', 'de', 'del', 'della', 'di', 'da', 'du', 'van', 'von', 'der', 'den', 'el', 'al', 'dos', 'das']);

const HEADLINE_VERBS = new Set([
  'says', 'said', 'tells', 'told', 'writes', 'wrote', 'warns', 'warned', 'claims', 'asks', 'calls', 'slams',
  'blasts', 'rips', 'defends', 'admits', 'vows', 'urges', 'explains', 'responds', 'reveals', 'endorses',
  'takes', 'wants', 'gets', 'makes', 'sides', 'pins', 'is', 'are', 'was', 'were', 'has', 'have', 'had',
  'will', 'won’t', 'can', 'can’t', 'goes', 'speaks', 'shows', 'praises', 'mocks', 'accuses', 'denies',
  'attacks', 'blames', 'backs', 'hits', 'insists', 'jokes', 'rallies', 'demands', 'questions', 'rejects',
  'touts', 'hails', 'knocks', 'pushes', 'fires', 'just', 'adds', 'agrees', 'announces', 'appears', 'argues',
  'bashes', 'beats', 'begins', 'believes', 'breaks', 'brings', 'cancels', 'celebrates', 'challenges',
  'changes', 'closes', 'comes', 'compares', 'confirms', 'considers', 'corners', 'criticizes', 'declares',
  'declines', 'defies', 'describes', 'destroys', 'dismisses', 'doubles', 'drops', 'elects', 'embraces',
  'ends', 'faces', 'fails', 'falls', 'fears', 'fights', 'finds', 'gives', 'grills', 'hammers', 'heads',
  'hints', 'holds', 'ignores', 'invites', 'joins', 'keeps', 'kills', 'labels', 'laughs', 'launches', 'leads',
  'leaves', 'lets', 'likes', 'loses', 'loves', 'meets', 'moves', 'needs', 'notes', 'offers', 'opens',
  'plans', 'plays', 'pledges', 'predicts', 'promises', 'pulls', 'puts', 'quits', 'rails', 'raises', 'reacts',
  'refuses', 'releases', 'remains', 'reminds', 'reports', 'returns', 'rules', 'runs', 'scolds', 'sees',
  'seeks', 'sends', 'shares', 'signs', 'skewers', 'snaps', 'stands', 'starts', 'stays', 'steps', 'stops',
  'strikes', 'suggests', 'supports', 'sues', 'talks', 'targets', 'teases', 'thanks', 'thinks', 'threatens',
  'tries', 'trolls', 'turns', 'tweets', 'unveils', 'uses', 'wins', 'worries', 'yells',
]);


/**
 * Headlines capitalise every word ("Trevor Noah Says Trump Is …"): split a run at capitalised
 * function words and cue verbs, keeping "of" inside names ("Secretary of State").
 */
export function splitRun(at: number, run: string, out: [number, string][]): void {
  const re = /\S+/g;
  let pieceStart = -1;
  let pieceEnd = -1;
  for (let m = re.exec(run); m; m = re.exec(run)) {
    const w = lc(m[0]).replace(/[’']s$/, '');
    // A capitalised particle inside a name ("Marine Le Pen", "Robert De Niro") stays.
    const particle = NAME_PARTICLES.has(w) && m.index + m[0].length < run.length;
    // "Theresa May", "Yin Myint May, 60,": a month closing a run after a name is a surname (a date
    // has its number after it, outside the run).
    // ("George Will", "Al From": any capitalised common word closing a run right after a lone known
    // first name is that person's surname.)
    const closes = m.index + m[0].length === run.length && pieceStart >= 0;
    const surname = closes && (/^(may|june|april|august)$/.test(w) || (pieceStart === 0 && !/\s/.test(run.slice(0, pieceEnd)) && isFirstName(run.slice(0, pieceEnd))));
    const breaker = m.index > 0 && /^\p{Lu}/u.test(m[0]) && (NOT_NAMES.has(w) || HEADLINE_VERBS.has(w)) && !isRoleToken(m[0]) && !particle && !surname;
    if (breaker) {
      if (pieceStart >= 0) out.push([at + pieceStart, run.slice(pieceStart, pieceEnd)]);
      pieceStart = -1;
      continue;
    }
    if (pieceStart < 0) pieceStart = m.index;
    pieceEnd = m.index + m[0].length;
    // "Boston’s Walsh", "National Review’s Ian Tuttle", "CBS News' Charlie Rose": a possessive
    // ends its owner's name.
    if (/[’']s$|s[’']$/.test(m[0]) && pieceEnd < run.length) {
      out.push([at + pieceStart, run.slice(pieceStart, pieceEnd)]);
      pieceStart = -1;
    }
  }
  if (pieceStart >= 0) out.push([at + pieceStart, run.slice(pieceStart, pieceEnd)]);
}
