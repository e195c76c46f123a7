/**
 * Cue frames read leftwards from a quote or across a paragraph (issue 3, Speakers): the nearest
 * cue before a quote and its subject ("X said:", "X, who…, told", "according to X", "he laughed
 * and said"), the outer speaker of a nested report, the speaker a colon-ended paragraph introduces,
 * the subjects of every cue word in a paragraph (the antecedents of a later "he said"), and the
 * frames around them: an inverted verb before a quote ("In other words, explained X: “…”"), a
 * main clause after an opening speech participle ("Citing …, X asked"). Where a cue's clause ends
 * is read in speakerClauseEnds.ts, nested reports in speakerNested.ts.
 */
import type { SpeakerContext } from './speakers';
import { PARTICIPLE_CUES, PREPOSITION_CUES, AFTER_QUOTE_ONLY, NAMING_CUES } from './cueVerbs';
import { ROLE_WORDS } from './nameLists';
import { tokenize, isSentenceEnd, tokenAt, tokenFrom, WINDOW, type Tok } from './speakerFrames';
import { endsCapitalised, baseNP, plausible, np, PREPS, type NP } from './speakerPhrases';
import { npRight } from './speakerNpRight';
import { subjectLeft } from './speakerSubjects';
import { isCue, isAux, isCap, isPronounText, isVerbLike, verbUse, DETERMINERS } from './speakerWordClasses';
import { sentenceSubject, finiteVerbSubject } from './speakerSentenceSubject';
import { outerSpeaker } from './speakerNested';
import { remarkOwner } from './speakerRemarks';
import { agentlessPassive, closesSoon, hasCueVerb, inOpeningClause } from './speakerClauseEnds';
import { agentAfterQuote, aspectVerbSubject, inRelativeAside, joinedVerbSubject } from './speakerVerbFrames';
import { causedSpeech } from './speakerCausative';

const BACK_VERBS = /^(shot|fired|hit|hits|shoots|fires|pushed|pushes|struck|strikes|wrote|writes|snapped|snaps|lashed|lashes|punched|bit|bites)$/;

/** Words before a cue that make its speech act hypothetical ("Americans will say “no”"). */
const HYPOTHETICAL = /^(will|would|could|might|should|may|can|to|must)$/;

/**
 * A modal before the cue at `c` makes it hypothetical; a capitalised one before a past tense is a
 * name ("Instead, Will described Trump as …", George Will).
 */
function hypothetical(toks: Tok[], c: number): boolean {
  const m = toks[c - 1]!;
  return HYPOTHETICAL.test(m.lc) && !(m.t !== m.lc && /ed$|[^s]s$|^(said|wrote|told)$/.test(toks[c]!.lc)) && !(m.t === 'to' && causedSpeech(toks, c - 1));
}

/** Token where the speaker of the preposition cue at `c` starts ("according to X", "selon X"). */
function prepositionObject(toks: Tok[], c: number): number {
  const o = toks[c]!.lc === 'according' && toks[c + 1]?.lc === 'to' ? c + 2 : c + 1;
  // "according to calculations by Amy Glasmeier": a bare noun's author after "by".
  const t = toks[o];
  const by = toks[o + 2];
  return t && t.kind === 'word' && t.t === t.lc && !DETERMINERS.has(t.lc) && toks[o + 1]?.t === 'by' && by && (isCap(by) || DETERMINERS.has(by.lc)) ? o + 2 : o;
}

/** A person or organisation mention spans text[start, end) (as the entity index reads it). */
export function personOrBodyAt(ctx: SpeakerContext, start: number, end: number): boolean {
  const m = ctx.entities.mentionAt(start, end);
  const e = m ? ctx.entities.entities[m.entity] : undefined;
  return e !== undefined && (e.kind === 'person' || e.kind === 'organisation');
}

export function searchAccording(text: string, toks: Tok[], q: number, hi: number): NP | null {
  for (let c = q + 1; c < hi; c++) {
    const tk = toks[c]!;
    if (tk.kind === 'quote') break;
    if (PREPOSITION_CUES.has(tk.lc)) {
      const p = plausible(npRight(text, toks, prepositionObject(toks, c), hi));
      if (p) return p;
    }
  }
  return null;
}

/** Nearest cue before token `q` (exclusive) in the sentence starting at `lo`, and its subject (`nested`: past an earlier quote, read once so "… and said “…”" chains stay linear). */
export function searchBefore(text: string, toks: Tok[], q: number, lo: number, nested = false): NP | null {
  for (let c = q - 1; c >= lo; c--) {
    const tk = toks[c]!;
    if (tk.kind !== 'word') continue;
    // "Politifact checked Trump’s claim that there have been “…”": the remark's owner said it.
    // ("X said that Rubio's claim that … is “not true”": inside a reported clause, X's words.)
    // "X said in his statement that “…”": a possessive pronoun gives way to the verb's subject.
    const owner = remarkOwner(text, toks, c, q, lo);
    if (owner && (!isPronounText(owner.text) || !hasCueVerb(toks, lo, c))) return outerSpeaker(text, toks, owner, lo) ?? owner;
    if (PREPOSITION_CUES.has(tk.lc)) {
      const p = plausible(npRight(text, toks, prepositionObject(toks, c), q));
      if (p && !(/^(its|his|her|their|our|my)\s/i.test(p.text) && toks[c - 1]?.t === 'that')) return p; // not "X said that according to its analysis"
      continue;
    }
    // "Hillary shot back, “…”" / "he fired back:": a verb with "back" is a reply.
    if (tk.lc === 'back' && tk.t === 'back' && c - 1 > lo && BACK_VERBS.test(toks[c - 1]!.t)) {
      const p = plausible(subjectLeft(text, toks, c - 1, lo));
      if (p) return p;
    }
    if (!isCue(tk) || AFTER_QUOTE_ONLY.has(tk.lc) || !verbUse(toks, c)) continue;
    // "The paradox of Nancy, says Carl Anthony, historian at …, is that she was “…”": a
    // parenthetical inverted cue between commas gives the whole sentence to the name after it.
    if (c > lo && toks[c - 1]!.t === ',' && /^(says|said)$/.test(tk.t) && isCap(toks[c + 1])) {
      const r = plausible(npRight(text, toks, c + 1, q));
      const after = r ? tokenFrom(toks, c + 1, r.end, q) : q;
      if (r && endsCapitalised(r) && toks[after]?.t === ',') return r;
    }
    // "With Democratic leaders increasingly worried about …, President Obama is rolling out …:
    // “…”": a cue in an opening clause closed before the quote belongs to that clause (as one in
    // an aside does: "his plan, which X estimates would cost …, would risk “…”").
    if (inOpeningClause(text, toks, c, q, lo) || inRelativeAside(toks, c, q, lo)) continue;
    // "in a box labeled “medical problem”", "a website called “…”": a naming participle after a
    // thing names it; nobody is reported to say anything.
    if (namingParticiple(toks, c, q)) continue;
    // ("The email goes on to say: “…”" reports what it says.)
    if (c - 3 >= lo && toks[c - 1]!.t === 'to' && toks[c - 2]!.t === 'on' && /^(go|goes|went|going)$/.test(toks[c - 3]!.t)) {
      const p = plausible(subjectLeft(text, toks, c - 3, lo));
      if (p) return p;
    }
    // "Americans will say “no”": a hypothetical speech act is not an attribution.
    if (c > lo && hypothetical(toks, c)) continue;
    // Passive: "was asked by host Bill Maher".
    if (toks[c + 1]?.lc === 'by' && c > lo && /^(was|were|is|are|been|be)$/.test(toks[c - 1]!.lc)) {
      const r = plausible(npRight(text, toks, c + 2, q));
      if (r) return r;
    }
    const agent = c + 1 === q && c > lo ? agentAfterQuote(text, toks, c, q) : null; // "was called “…” by X"
    if (agent) return agent;
    // "When terrorists are revealed as …": a passive with no agent names no speaker.
    if (c > lo && agentlessPassive(toks, c)) continue;
    // "…, saying" / "X issued a statement saying" / "… and said": the subject of the sentence,
    // not the noun just before the participle.
    let a = c - 1;
    while (a >= lo && isAux(toks[a]!)) a--;
    if (a >= lo && (PARTICIPLE_CUES.has(tk.lc) || /^(and|but|und|et|y|и)$/.test(toks[a]!.lc))) {
      const aspect = a === c - 1 ? aspectVerbSubject(text, toks, a, lo) : null; // "X kept asking"
      if (aspect) return aspect;
      // "he laughed and said", "he looked …, furrowed his brow and said": the joined verbs' subject.
      const joined = joinedVerbSubject(text, toks, a, lo);
      if (joined) return joined;
      // "… with Trump reportedly yelling: “…”": an absolute clause names its own subject.
      if (PARTICIPLE_CUES.has(tk.lc)) {
        const own = plausible(subjectLeft(text, toks, c, lo));
        const at = own ? tokenAt(toks, own.start) : -1;
        // ("… no meeting planned with Trump, adding: “…”": after a comma the participle is the main
        // clause's, and Trump is the object of "with".)
        if (own && at > lo && toks[at - 1]!.lc === 'with' && isCap(toks[at]) && toks[c - 1]!.t !== ',') return own;
        // "… – Ryan saying he was “…” and Trump calling it a “…”": a name right after a dash, or
        // after "and" that follows a quote, is the participle's own subject.
        const joiner = at > lo ? toks[at - 1]! : null;
        if (own && joiner && isCap(toks[at]) && toks[c - 1]!.end === own.end && ('–—'.includes(joiner.t) || (joiner.t === 'and' && toks[at - 2]?.kind === 'quote'))) return own;
        // "… with many marchers and spectators chanting “…”", "… with the campaign of the former
        // senator saying …": a plural group or a determiner phrase after "with" is its own subject.
        for (let w = c - 2; w >= Math.max(lo, c - 12); w--) {
          const t = toks[w]!;
          // (A cue word after a determiner is a noun: "a voice over"; "a" is no French verb here.)
          if (t.kind !== 'word' || (isCue(t) && !DETERMINERS.has(toks[w - 1]?.lc ?? '')) || (isVerbLike(t) && !DETERMINERS.has(t.lc))) break;
          if (t.t === 'with') {
            const group = np(text, toks, w + 1, c - 1);
            const plural = /s$/.test(toks[c - 1]!.lc) && toks[c - 1]!.t === toks[c - 1]!.lc && c - w <= 7;
            // (Not after a comma: "emailed reporters with the text of the Act, arguing".)
            const described = DETERMINERS.has(toks[w + 1]!.lc) && toks[c - 1]!.kind === 'word' && !isAux(toks[c - 1]!);
            if (group && (plural || described)) return group;
            break;
          }
        }
        // "The ad uses footage of Hillary Clinton asking, “…”": a name right before the participle
        // (no comma between) after "of" is the participle's own subject.
        if (own && at > lo && toks[at - 1]!.lc === 'of' && isCap(toks[at]) && endsCapitalised(own) && toks[c - 1]!.kind === 'word') return own;
      }
      // A cue that already has its own quote ("a class called “Perception” …, writing “…”") is
      // not this participle's subject: look only after the last earlier quote.
      let from = lo;
      // (A title after a preposition or a possessive, "with “The View,” remarking", "MSNBC’s “Morning Joe,” calling", has no cue.)
      for (let x = a; x > lo; x--) if (toks[x]!.kind === 'quote' && !/^(with|in|on|at|from)$/.test(toks[x - 1]!.t) && !(isCap(toks[x - 1]) && /[’']s$/.test(toks[x - 1]!.t))) { from = x + 1; break; }
      const prior = searchBefore(text, toks, a, from);
      // "X said Reid quieted the chatter, telling his colleagues, “…”", "who highlighted comments
      // Trump made in 2006 saying he “…”": a participle belongs to the nearest clause, so a finite
      // verb's subject after the earlier cue's speaker takes it.
      const near = prior && PARTICIPLE_CUES.has(tk.lc) ? finiteVerbSubject(text, toks, a, from) : null;
      if (prior && !(near && near.start > prior.end)) return prior;
      // "when Sanders protesters interrupted her speech, shouting “…”": the nearest verb's subject;
      // "Ryan lamented the “disheartened” state … and criticized the “…”": the first verb's.
      const doer = near ?? finiteVerbSubject(text, toks, a, from) ?? (!nested && from > lo && /^(and|but)$/.test(toks[a]!.lc) ? searchBefore(text, toks, from - 1, lo, true) : null);
      if (doer) return doer;
      const s = sentenceSubject(text, toks, lo, c);
      if (s) return s;
      continue;
    }
    // "In other words, explained moderator Nancy Cordes: “…”", "Said Comey, “…”": a verb after a
    // comma (or opening the sentence) whose name runs up to the quote is inverted.
    // ("Dever, who …, told POLITICO, “…”": "told" and "asked" take the listener as object.)
    if ((c === lo || toks[c - 1]!.t === ',') && toks[c + 1]?.kind === 'word' && !/^(told|tells|asked|asks)$/.test(tk.lc)) {
      const inv = invertedBeforeQuote(text, toks, c, q);
      if (inv) return inv;
      // "Said Dorothy Poynter, who grew up with Ali, “…”": a sentence opening on "Said".
      const named = c === lo && tk.t === 'Said' ? plausible(npRight(text, toks, c + 1, q)) : null;
      if (named && /^\p{Lu}/u.test(named.text)) return named;
    }
    const p = plausible(subjectLeft(text, toks, c, lo));
    if (p) return outerSpeaker(text, toks, p, lo) ?? p;
    // Inverted before the quote: "…,” said X, “…"
    if (c - 1 >= lo && (toks[c - 1]!.kind === 'quote' || (toks[c - 1]!.t === ',' && toks[c - 2]?.kind === 'quote'))) {
      const r = plausible(npRight(text, toks, c + 1, q));
      if (r) return r;
    }
    // Participles take the sentence's subject: "He continued, warning them not to trust “fakes”".
    if (PARTICIPLE_CUES.has(tk.lc) || toks[c - 1]?.t === ',') {
      const s = sentenceSubject(text, toks, lo, c);
      if (s) return s;
    }
  }
  return null;
}

/** The name after the cue at `c` when only a comma or colon separates it from the quote at `q`. */
function invertedBeforeQuote(text: string, toks: Tok[], c: number, q: number): NP | null {
  const sep = toks[q - 1];
  if (q - 2 <= c || !sep || (sep.t !== ',' && sep.t !== ':')) return null;
  // Only a name and its role words ("said of Sanders:" or "said in an op-ed, …" are no inversion).
  if (q - 1 - c > 6) return null;
  for (let k = c + 1; k < q - 1; k++) {
    const t = toks[k]!;
    if (t.kind !== 'word' || isCue(t) || (t.t === t.lc && (PREPS.has(t.lc) || DETERMINERS.has(t.lc) || isVerbLike(t)))) return null;
  }
  // "explained CBS moderator Nancy Cordes:": the name closing the run.
  const r = plausible(baseNP(text, toks, q - 1, c + 1));
  return r && endsCapitalised(r) ? r : null;
}

/** The cue at `c` is "called/labeled/dubbed …" right after a thing ("a box labeled “…”"). */
function namingParticiple(toks: Tok[], c: number, q: number): boolean {
  if (!NAMING_CUES.has(toks[c]!.lc) || (c + 1 !== q && !(c + 2 === q && toks[c + 1]!.lc === 'the'))) return false;
  const noun = toks[c - 1];
  const det = toks[c - 2];
  if (!noun || noun.kind !== 'word' || noun.t !== noun.lc || /s$/.test(noun.lc) || ROLE_WORDS.has(noun.lc) || isAux(noun) || isVerbLike(noun)) return false;
  return det !== undefined && /^(a|an|the)$/.test(det.lc);
}

/**
 * The speaker a paragraph ending in a colon introduces ("Trump told the crowd:"), for the quote
 * paragraph that follows it.
 */
export function findIntroSpeaker(ctx: SpeakerContext, paraStart: number, paraEnd: number): NP | null {
  const from = Math.max(paraStart, paraEnd - 600);
  const toks = tokenize(ctx.text, from, paraEnd, [], 0);
  const q = toks.length - 1;
  if (q < 0 || toks[q]!.t !== ':') return null;
  let lo = q - 1;
  while (lo >= 0 && q - lo < WINDOW && !isSentenceEnd(toks, lo)) lo--;
  const cue = searchBefore(ctx.text, toks, q, lo + 1);
  if (cue) return cue;
  // "On July 6, Sanders made the following comment:": no speech verb, but a named subject.
  const s = sentenceSubject(ctx.text, toks, lo + 1, q);
  if (!s || isPronounText(s.text)) return s;
  return personOrBodyAt(ctx, s.start, s.end) ? s : null;
}

/**
 * Subjects of every cue word in text[from, to) (one paragraph), quoted or not ("Trump said that …"):
 * the named sources a later "he said" most likely points back to.
 */
export function cueSubjects(text: string, toks: Tok[]): NP[] {
  const out: NP[] = [];
  let lo = 0;
  for (let c = 0; c < toks.length; c++) {
    const tk = toks[c]!;
    if (isSentenceEnd(toks, c)) {
      lo = c + 1;
      continue;
    }
    if (!isCue(tk) || PARTICIPLE_CUES.has(tk.lc) || AFTER_QUOTE_ONLY.has(tk.lc) || !verbUse(toks, c)) continue;
    if (c > lo && hypothetical(toks, c)) continue;
    let p: NP | null;
    const afterQuote = toks[c - 1]?.kind === 'quote' || (toks[c - 1]?.t === ',' && toks[c - 2]?.kind === 'quote');
    // "suggested Trump went too far": "went" speaks only as "went on" / "went further" or after a quote.
    if (tk.lc === 'went' && !afterQuote && !/^(on|further)$/.test(toks[c + 1]?.lc ?? '')) continue;
    if (PREPOSITION_CUES.has(tk.lc)) p = npRight(text, toks, prepositionObject(toks, c), toks.length);
    else if (afterQuote) p = npRight(text, toks, c + 1, toks.length);
    else if (toks[c - 1]?.t === ',' && !/^(told|tells|tell|telling|asked|asks|called|calls|urged|urges|accused|accuses|blamed|praised|criticized|criticised)$/.test(tk.lc) && (isCap(toks[c + 1]) || DETERMINERS.has(toks[c + 1]?.lc ?? ''))) {
      // "…, said Alan Abramowitz, a demographer." — inverted after unquoted content.
      const r = npRight(text, toks, c + 1, toks.length);
      p = r && closesSoon(toks, r.end, toks.length, c) ? r : subjectLeft(text, toks, c, Math.max(lo, c - 30));
    }
    else p = subjectLeft(text, toks, c, Math.max(lo, c - 30));
    if (!p || !endsCapitalised(p) || /[’']s$/.test(p.text)) continue;
    // "…, pointing out that the paper's Robert Costa had reported": a subject inside a
    // complement clause is not who the paragraph is about.
    const at = tokenAt(toks, p.start);
    const before = at > 0 ? toks[at - 1]! : null;
    if (before && before.t === before.lc && /^(that|whether|because|if|dass|que|что)$/.test(before.lc)) continue;
    // "Brian Murphy … said Trump continued to hurt his cause": a subject right after another
    // speech verb opens that verb's reported clause (the "that" left out).
    if (before && p.end <= tk.start && before.t === before.lc && isCue(before) && !PARTICIPLE_CUES.has(before.lc)) continue;
    out.push(p);
  }
  return out;
}
