/**
 * Gender of the people an article names, for pronoun resolution ("she said" → the last woman named):
 * an honorific or a known first name decides (names.ts); otherwise the text's own pronouns vote.
 * Also: whether a name sits after a preposition (then it is no sentence subject).
 */
import type { Entity, Mention } from './names';
import { partitionPoint } from './partitionPoint';

const PREPOSITIONS = new Set([
  'in', 'at', 'on', 'of', 'from', 'to', 'for', 'with', 'by', 'about', 'against', 'into', 'over', 'under', 'after',
  'before', 'near', 'during', 'than', 'like', 'between', 'toward', 'towards', 'without', 'behind', 'told', 'asked',
  'called', 'and', 'or', 'nor', 'including',
]);

/** True when the word before `start` is a preposition (the name is not a sentence subject). */
export function afterPreposition(text: string, start: number): boolean {
  const word = wordBefore(text, start);
  // "wrote for The Washington Informer": the article before a name belongs to it; look past it.
  if (word && word.text.toLowerCase() === 'the') return PREPOSITIONS.has(wordBefore(text, word.start)?.text.toLowerCase() ?? '');
  return word !== null && PREPOSITIONS.has(word.text.toLowerCase());
}

/** The word (letters only, at most 12) right before `start` across spaces, or null. */
function wordBefore(text: string, start: number): { text: string; start: number } | null {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00a0')) i--;
  let j = i;
  while (j >= 0 && /[\p{L}]/u.test(text[j]!)) j--;
  if (j === i || i - j > 12) return null;
  return { text: text.slice(j + 1, i + 1), start: j + 1 };
}


// (German "sie" is also "they": left out.)
const PRONOUN_RE = /(?<![\p{L}])(he|she|er|il|elle|él|ella|он|она)(?![\p{L}])/giu;
const SENTENCE_END = /[.!?]["”’»]?\s+(?=[\p{Lu}“"«])|\n/gu;
const HEAD_GAP = /^(?:[’']s)?(?:\s+[\p{Ll}][\p{L}-]*){1,3}\s+$/u;
const ROLE_GAP = /^(?:[’']s)?\s+(?:(?:presidential|front-runner|frontrunner|hopeful|rival|challenger|contender|congressional|gubernatorial|republican|democratic|campaign|state|party|press|national|former|senior|top|longtime|chief|deputy|spokesman|spokeswoman|manager|adviser|advisor|aide|director|chairman|secretary|strategist|consultant|pollster|lawyer|attorney|official|leader|candidate|nominee|senator|governor|president|host|anchor|reporter|editor|economist|analyst)\s+){1,3}$/;
const MALE_PRONOUNS = new Set(['he', 'him', 'his', 'himself', 'er', 'il', 'él', 'он', 'его', 'ему']);

/**
 * Gender from the text itself, for names no list knows: a pronoun votes for the subject of its
 * sentence (the first person named in it), or of the sentence before when it comes first
 * ("Smith said … . She added …"). Names with an honorific or a known first name keep theirs.
 */
export function inferGenders(text: string, entities: Entity[], mentions: Mention[]): void {
  // Votes per entity: [for male, for female].
  const votes = new Map<number, [number, number]>();
  // Sentence starts, in order.
  const starts = [0];
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) starts.push(m.index + m[0].length);
  let mi = 0;
  let si = 0;
  let prevSubject = -1;
  let subject = -1;
  let subjectAt = -1;
  let subjectEnd = -1;
  // The gender the sentence's first voting pronoun gave, or -1.
  let voted = -1;
  // A pronoun inside a quote is the speaker's own word about someone else ("If he is asked …,"
  // she said): it says nothing about the sentence's subject.
  const quoted = quotedRanges(text);
  let qi = 0;
  PRONOUN_RE.lastIndex = 0;
  for (let m = PRONOUN_RE.exec(text); m; m = PRONOUN_RE.exec(text)) {
    const pos = m.index;
    while (qi < quoted.length && quoted[qi]![1] <= pos) qi++;
    const inQuote = qi < quoted.length && quoted[qi]![0] <= pos;
    // Walk sentence starts and mentions up to this pronoun, in text order, noting each sentence's
    // first person mention.
    for (;;) {
      const nextStart = si + 1 < starts.length ? starts[si + 1]! : Infinity;
      const nextMention = mi < mentions.length ? mentions[mi]!.start : Infinity;
      if (Math.min(nextStart, nextMention) >= pos) break;
      if (nextStart <= nextMention) {
        si++;
        voted = -1;
        prevSubject = subject >= 0 ? subject : prevSubject;
        subject = -1;
        subjectAt = -1;
        subjectEnd = -1;
      } else {
        const mm = mentions[mi]!;
        const k = entities[mm.entity]!.kind;
        // A name inside a quote ("… Denver or Carolina,” he said) is the speaker's word, not the
        // sentence's subject.
        if (insideRanges(quoted, mm.start)) {
          mi++;
          continue;
        }
        if (subject < 0 && k !== 'organisation' && k !== 'place' && !afterPreposition(text, mm.start) && !inOpeningPhrase(text, starts[si]!, mm.start)) {
          subject = mm.entity;
          subjectAt = mm.start;
          subjectEnd = mm.end;
        } else if (subject >= 0 && subjectEnd >= 0 && mm.start - subjectEnd < 40 && HEAD_GAP.test(text.slice(subjectEnd, mm.start)) && ROLE_GAP.test(text.slice(subjectEnd, mm.start)) && k !== 'organisation' && k !== 'place') {
          // "Obama consultant Cornell Belcher": the head of the phrase is the later name.
          subject = mm.entity;
          subjectAt = mm.start;
          subjectEnd = mm.end;
        }
        mi++;
      }
    }
    const target = subject >= 0 && subjectAt < pos ? subject : prevSubject;
    if (target < 0 || inQuote) continue;
    const w = m[1]!.toLowerCase();
    const g = MALE_PRONOUNS.has(w) ? 0 : 1;
    // ("“Savage,” she said, meaning that he's …": a 'he' and a 'she' in one sentence are two people.)
    if (voted >= 0 && voted !== g) continue;
    voted = g;
    const v = votes.get(target) ?? [0, 0];
    v[g]++;
    votes.set(target, v);
  }
  for (const [id, [male, female]] of votes) {
    const e = entities[id]!;
    // Mixed votes (an unnamed woman's "she" after a man's "he") decide only with a clear majority.
    if (e.gender || Math.max(male, female) < 2 * Math.min(male, female)) continue;
    const v = male - female;
    // A lone word needs two votes ("Moments later, he …" is one vote for "Moments").
    if (e.kind === 'unknown' && Math.abs(v) < 2) continue;
    e.gender = v > 0 ? 'm' : 'f';
    if (e.kind === 'unknown') e.kind = 'person';
  }
}

/** Whether `pos` lies inside one of the sorted, disjoint `ranges`. */
function insideRanges(ranges: [number, number][], pos: number): boolean {
  const i = partitionPoint(ranges, (r) => r[1] <= pos);
  return i < ranges.length && ranges[i]![0] <= pos;
}

const OPENERS = new Set(['in', 'at', 'on', 'during', 'from', 'with', 'by', 'about', 'under', 'over', 'despite', 'amid', 'like', 'unlike']);

/**
 * "During a HuffPost Live interview, the actress …": a name inside an opening prepositional phrase
 * (the sentence opens with a preposition and no comma comes before the name) is not the subject a
 * later pronoun refers to. ("When Trump spoke, he …" keeps Trump: a clause's subject is one.)
 */
function inOpeningPhrase(text: string, sentenceStart: number, at: number): boolean {
  if (at - sentenceStart > 120 || at <= sentenceStart) return false;
  const lead = text.slice(sentenceStart, at);
  if (lead.includes(',')) return false;
  const first = /^[\s“"«(]*([\p{L}]+)/u.exec(lead);
  return first !== null && OPENERS.has(first[1]!.toLowerCase());
}

/**
 * Spans of text inside double quotation marks (“…”, "…", «…», „…“), in order; a quote still open
 * at a line break ends there. One linear pass, so hostile text costs no more than any other.
 */
function quotedRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      if (open >= 0) out.push([open, i]);
      open = -1;
    } else if (c === 0x201c || c === 0xab || c === 0x201e) {
      // “ « „ open (a second opener inside an open quote is nested or a typo: keep the first).
      if (open < 0) open = i;
      else if (c === 0x201c && text.charCodeAt(open) === 0x201e) {
        out.push([open, i + 1]); // German „…“ closes with “
        open = -1;
      }
    } else if (c === 0x201d || c === 0xbb) {
      if (open >= 0) out.push([open, i + 1]);
      open = -1;
    } else if (c === 0x22) {
      if (open >= 0) {
        out.push([open, i + 1]);
        open = -1;
      } else open = i;
    }
  }
  if (open >= 0) out.push([open, text.length]);
  return out;
}
