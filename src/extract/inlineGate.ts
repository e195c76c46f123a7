/**
 * A fast first test for the inline tracker signatures (trackerTable.ts).
 *
 * The signatures joined into one pattern still cost a try of every
 * alternative at every character of every inline script, most of which name
 * no vendor. Each signature has words that any text it matches must contain
 * ("fbq(", "_paq.push("); the gate looks for those words only, anchored on
 * their punctuation, which the regex engine can skip to: 2.5x faster than
 * the joined signatures on the readability test pages' scripts, and only
 * the texts that hold a word (about one in ten) are then tried on them.
 */

/**
 * One literal word per top-level alternative of `source` (a pattern with no
 * flags) that every match of that alternative contains, or null when some
 * alternative has none. A word is a run of plain characters outside groups
 * and classes, none of them quantified; the longest is taken, preferring
 * those with punctuation (rarer in script text than letters).
 */
/** An escape after its backslash: hex, unicode, control, backreference, or one character. */
const ESCAPE_TAIL = /^(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|u\{[0-9a-fA-F]+\}|c[A-Za-z]|[1-9]\d*|k<[^>]*>|[pP]\{[^}]*\}|.)/s;

export function requiredWords(source: string): string[] | null {
  const words: string[] = [];
  const score = (w: string): number => w.length + (w.length >= 3 && /[^A-Za-z0-9]/.test(w) ? 10 : 0);
  let run = '';
  let best = '';
  let depth = 0;
  const endRun = (): void => {
    if (score(run) > score(best)) best = run;
    run = '';
  };
  const quantified = (at: number): boolean => /[*+?{]/.test(source[at] ?? '');
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const e = source[++i] ?? '';
      // \b, \d, \s, \x41, \u0041, \cJ, \12 …: not a literal character of
      // the text, and the whole escape is stepped over (its digits and
      // letters are no literal characters either).
      if (/[A-Za-z0-9]/.test(e)) i += (ESCAPE_TAIL.exec(source.slice(i))?.[0].length ?? 1) - 1;
      if (depth > 0) continue;
      if (/[A-Za-z0-9]/.test(e) || quantified(i + 1)) endRun();
      else run += e;
    } else if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      if (depth === 0) endRun();
    } else if (c === '(') {
      if (depth++ === 0) endRun();
    } else if (c === ')') {
      depth--;
    } else if (depth > 0) {
      continue;
    } else if (c === '|') {
      endRun();
      if (!best) return null;
      words.push(best);
      best = '';
    } else if (c === '{') {
      // A quantifier's bounds ({4,}) are no characters of the text.
      i += (/^\{\d+(?:,\d*)?\}/.exec(source.slice(i))?.[0].length ?? 1) - 1;
      endRun();
    } else if ('.^$*+?}]'.includes(c) || quantified(i + 1)) {
      endRun();
    } else {
      run += c;
    }
  }
  endRun();
  if (!best) return null;
  words.push(best);
  return words;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ANCHORS = '(._-';

/**
 * A pattern that matches a text exactly when the text contains one of
 * `words`. A word with punctuation is found from its last punctuation
 * character, checked on both sides by lookbehind and lookahead.
 */
export function wordGate(words: readonly string[]): RegExp {
  const byAnchor = new Map<string, { ending: string[]; other: string[] }>();
  const plain: string[] = [];
  for (const w of new Set(words)) {
    let at = -1;
    for (let k = w.length - 1; k >= 1 && at < 0; k--) if (ANCHORS.includes(w[k]!)) at = k;
    if (at < 0) {
      plain.push(escape(w));
      continue;
    }
    const a = w[at]!;
    const before = w.slice(0, at);
    const after = w.slice(at + 1);
    let group = byAnchor.get(a);
    if (!group) byAnchor.set(a, (group = { ending: [], other: [] }));
    if (!after) group.ending.push(escape(before));
    else group.other.push(`(?<=${escape(before + a)})(?=${escape(after)})`);
  }
  const parts = [...byAnchor].map(([a, g]) => {
    const alts = g.ending.length ? [`(?<=(?:${g.ending.join('|')})${escape(a)})`, ...g.other] : g.other;
    return `${escape(a)}(?:${alts.join('|')})`;
  });
  return new RegExp([...parts, ...plain].join('|'));
}
