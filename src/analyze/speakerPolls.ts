/**
 * Poll answers: "In a September Post-ABC News poll, 75 percent of Republicans said “most people in
 * politics” can't be trusted." The respondents answer the poll's question; the source a reader can
 * check is the poll the sentence names, not "75 percent of Republicans". A share with no poll named
 * in its sentence ("About four in 10 voters say …") stays the speaker.
 */
import type { NP } from './speakerPhrases';

// A determiner phrase ending on "poll" or "survey" ("a fresh CNN-ORC poll", "The Q poll"), with
// the participle saying when it was made ("a national CNN/ORC poll released Monday").
const POLL = /\b(?:a|an|the|this|another)\s+(?:[^\s,;:.!?“”"]+\s+){0,6}?(?:poll|survey)(?:\s+(?:released|conducted|published|taken|issued)\s+[^\s,;:.!?“”"]+)?(?=[\s,;:—–-])/giu;
const DETERMINER = /\b(?:a|an|the|this|another)\s/giu;

// A share of the people asked: "75 percent of", "31%", "Six in 10", "a majority of".
const SHARE = /(?:\b\d[\d.,]*\s*(?:percent\b|per cent\b|%)|\b(?:one|two|three|four|five|six|seven|eight|nine|\d+)\s+(?:in|out of)\s+(?:10|ten)\b|\bmajority\b)/giu;

// How far back a sentence is read (bounded work per speaker on a huge one-paragraph page).
const REACH = 600;

/** Offset where the sentence holding `pos` starts (its paragraph's start, or REACH back, at most). */
function sentenceStart(text: string, pos: number): number {
  const para = Math.max(text.lastIndexOf('\n', pos - 1) + 1, pos - REACH);
  // (Two characters past `pos`, so that a sentence opening right at `pos` is seen to open.)
  const before = text.slice(para, pos + 2);
  let start = 0;
  for (const m of before.matchAll(/[.!?]["”’]?\s+(?=["“]?\p{Lu})/gu)) {
    // "U.S. Court": a full stop after a capital letter is an abbreviation's.
    if (m.index + m[0].length <= pos - para && !/\p{Lu}$/u.test(before.slice(0, m.index))) start = m.index + m[0].length;
  }
  return para + start;
}

/**
 * The poll named earlier in the sentence of `p` when `p` is (part of) a share of respondents
 * ("75 percent of Republicans", "22 percent"), as written in the text; else null.
 */
export function pollOfShare(text: string, p: NP): string | null {
  const from = sentenceStart(text, p.start);
  const sentence = text.slice(from, p.end);
  let poll: RegExpExecArray | null = null;
  for (const m of sentence.matchAll(POLL)) if (m.index + m[0].length <= p.start - from) poll = m;
  if (!poll) return null;
  let share = -1;
  for (const m of sentence.slice(poll.index + poll[0].length).matchAll(SHARE)) share = poll.index + poll[0].length + m.index;
  // The share must head the speaker's phrase ("just 8 percent of Democrats"), not an earlier clause.
  if (share < 0 || p.start - from - share > 60) return null;
  // "the results of a poll": the determiner nearest the head opens the poll's phrase.
  let phrase = poll[0];
  for (const d of poll[0].matchAll(DETERMINER)) if (d.index > 0) phrase = poll[0].slice(d.index);
  return phrase;
}
