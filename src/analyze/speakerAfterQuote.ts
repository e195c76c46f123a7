/**
 * Cue frames right after a quote (issue 3, Speakers): "…,” said X", "…,” X said", "…,” X, who…,
 * said", "“…” ― Ariana Huichapa" (an epigraph), "« … », a-t-il déclaré", "«…», afirmó" (a dropped
 * subject), "…,” exhorted actress Jamie Lee Curtis", "“…,” the Saudis wrote in the paper".
 */
import { CUE_WORDS, PARTICIPLE_CUES, PREPOSITION_CUES, AFTER_QUOTE_ONLY } from './cueVerbs';
import { tokenFrom, type Tok } from './speakerFrames';
import type { QuoteSite } from './speakers';
import { agentlessPassive, closesSoon, cueEndsClause, affiliated, hasCueVerb } from './speakerClauseEnds';
import { plausible, np, endsCapitalised, PREPS, type NP } from './speakerPhrases';
import { npRight } from './speakerNpRight';
import { subjectLeft } from './speakerSubjects';
import { isCue, isCap, isPronounText, isVerbLike, verbUse, DETERMINERS, SUBORDINATORS } from './speakerWordClasses';
import { ROLE_WORDS } from './nameLists';

/** Stands for a subject the language leaves out ("dijo", "сказал"); resolved like a pronoun. */
export const IMPLICIT_SUBJECT = '∅';

/**
 * A comma right before token `c`, or a comma and a stray closing mark ("… “has to do with …” makes
 * clear …,” wrote Morton Klein": a nested double quote left the outer closer unpaired).
 */
function commaBefore(toks: Tok[], c: number): boolean {
  const prev = toks[c - 1];
  return prev?.t === ',' || (prev !== undefined && prev.kind === 'punct' && /^[”"]$/.test(prev.t) && toks[c - 2]?.t === ',');
}

/** ", said Geert Wilders, founder of …": the name after an inverted cue `c`, when its clause closes soon. */
function invertedCueSpeaker(text: string, toks: Tok[], c: number, hi: number): NP | null {
  // ("…, said the bureau’s director, James B. Comey, on Monday.": a description too, after a verb
  // of saying; "…, described a day at home" takes an object.)
  const next = toks[c + 1];
  const described = next !== undefined && /^(the|a|an)$/.test(next.t) && /^(said|says|added|adds|wrote|writes|noted|notes)$/.test(toks[c]!.t);
  if (!commaBefore(toks, c) || !(isCap(next) || described) || /^(told|tells|asked|asks|called|calls)$/.test(toks[c]!.lc)) return null;
  const r = plausible(npRight(text, toks, c + 1, hi));
  return r && closesSoon(toks, r.end, hi, c) ? r : null;
}

/** "organizing director", "managing editor", "ranking member": an -ing word in a title. */
function titleParticiple(toks: Tok[], j: number): boolean {
  const next = toks[j + 1];
  return /\p{L}{3,}ing$/u.test(toks[j]!.lc) && next !== undefined && ROLE_WORDS.has(next.lc);
}

/** Words that open a new clause after a quote ("…” and Donald Trump says …", "…,” after X said …"). */
// (The subordinators but "that", and the coordinators.)
const CLAUSE_OPENER = new Set([...[...SUBORDINATORS].filter((w) => w !== 'that'), 'and', 'but', 'or', 'so', 'yet']);

const RIGHT_STOP_AFTER = /^(and|or|but|of|for|to|in|on|at|with|by|from|that|which|who|is|are|was|were|as)$/;

/** No lower-case word between the previous quote (or `lo`) and the quote at `q`: it stands on its own. */
function standsAlone(toks: Tok[], q: number, lo: number): boolean {
  let from = q;
  while (from > lo && toks[from - 1]!.kind !== 'quote') from--;
  return toks.slice(from, q).every((t) => t.kind !== 'word' || isCap(t));
}

/** The first token after the quote at `q`, past commas, dashes and colons. */
function firstAfter(toks: Tok[], q: number, hi: number): number {
  let k = q + 1;
  while (k < hi && toks[k]!.kind === 'punct' && ',—–-―:'.includes(toks[k]!.t)) k++;
  return k;
}

/** “…caused death.” Bernie Sanders called …: a capital right after a quote that ends its own sentence. */
export function opensNewSentence(toks: Tok[], site: QuoteSite, q: number, hi: number): boolean {
  const k = firstAfter(toks, q, hi);
  return site.endsSentence && k === q + 1 && isCap(toks[k]);
}

/** Lower-case words that open a title before a capitalised one ("state Senate leader …"). */
const ROLE_PREFIX = /^(state|city|county|former|then|federal|national|deputy|assistant|acting|senior|top|longtime)$/;

/** The speaker named right after the quote token `q` in the sentence [lo, hi), or null. */
export function speakerAfterQuote(text: string, toks: Tok[], site: QuoteSite, q: number, lo: number, hi: number): NP | null {
  const k = firstAfter(toks, q, hi);
  // "“…” ― Ariana Huichapa." (epigraph style): a dash, then a name that ends the sentence or runs
  // into the next quote ("“…” ― Ana Ruiz “…” ― Luis Gil", a collage of voices in one paragraph).
  // A name closing the paragraph after a dash speaks only a quote standing on its own: "… was
  // “the No. 1 force.”--Kim Hjelmgaard." ends a narrated sentence with the reporter's byline.
  if (k > q + 1 && '—–―-'.includes(toks[k - 1]!.t) && isCap(toks[k]) && !isCue(toks[k])) {
    const r = plausible(npRight(text, toks, k, Math.min(toks.length, k + 8)));
    if (r && /^\p{Lu}/u.test(r.text)) {
      const x = tokenFrom(toks, k, r.end);
      if (toks[x]?.kind === 'quote' || (standsAlone(toks, q, lo) && (x >= toks.length || (toks[x]!.kind === 'punct' && closesSoon(toks, r.end, hi, k))))) return r;
    }
  }
  // “…caused death.” Bernie Sanders called …: a capital after a quote that ends its own sentence
  // starts a new sentence, unless a short "X said." / "said X." follows.
  const newSentence = opensNewSentence(toks, site, q, hi);
  // "Trump’s “isolationist” foreign policy pronouncements, which …": words that continue the phrase.
  // ("a “burn bag,” the Times reported": a quote closing on a comma hands over to its speaker.)
  const commaClosed = /,\s*$/.test(text.slice(site.start, site.end));
  const handsOver = commaClosed && k === q + 1;
  const inPhrase = insideNounPhrase(toks, q, lo) && !commaClosed;
  if (k < hi) {
    // French inversion: "« … », a-t-il déclaré" / "« … », dit-elle".
    const fr = /(?:^a-t-|-t-|-)(il|elle)$/u.exec(toks[k]!.lc);
    if (fr && (isCue(toks[k + 1]) || CUE_WORDS.has(toks[k]!.lc.split('-')[0]!))) {
      return { start: toks[k]!.end - fr[1]!.length, end: toks[k]!.end, text: fr[1]! };
    }
    let c = k;
    if (toks[c]!.lc === 'a' || toks[c]!.lc === 'has' || toks[c]!.lc === 'had') c++;
    if (isCue(toks[c]) && !PREPOSITION_CUES.has(toks[c]!.lc) && !PARTICIPLE_CUES.has(toks[c]!.lc) && !AFTER_QUOTE_ONLY.has(toks[c]!.lc)) {
      // "the ad “…” suggests that Phoenix …": a clause opener after the verb is its object, not
      // an inverted subject.
      const rp = plausible(npRight(text, toks, c + 1, hi));
      // "Trump summed up Clinton as “terrible,” denounced her record …": after a quote that is
      // already a verb's complement, a cue with a lower-case phrase is the next verb and its object.
      const object = rp && !/^\p{Lu}/u.test(rp.text) && !isPronounText(rp.text) && hasCueVerb(toks, lo, q);
      const p = !rp || object || /^(that|this|these|those|what|how|why|whether|if)\s/i.test(rp.text) ? null : rp;
      if (p && (!newSentence || closesSoon(toks, p.end, hi, c))) return p;
      // A dropped subject ("«…», afirmó." in Spanish, Italian, Russian): an implicit pronoun.
      if (!p && !newSentence && (c + 1 >= hi || toks[c + 1]!.kind === 'punct')) {
        return { start: toks[c]!.start, end: toks[c]!.start, text: IMPLICIT_SUBJECT };
      }
    }
    // "…,” exhorted actress Jamie Lee Curtis." — any past-tense verb right after the quote, then a name.
    if (toks[k]!.t === toks[k]!.lc && /^\p{L}{3,}ed$/u.test(toks[k]!.t) && !newSentence && isCap(toks[k + 1])) {
      const p = plausible(npRight(text, toks, k + 1, hi));
      if (p && /^\p{Lu}/u.test(p.text) && closesSoon(toks, p.end, hi, k)) return p;
    }
    // („…“, so Merkel / so die Kanzlerin — not "…,” so the state should help: English "so" goes
    // on with a clause.)
    const german = /^(der|die|das|den|dem|des|ein|eine)$/.test(toks[k + 1]?.lc ?? '') && isCap(toks[k + 2]);
    if (AFTER_QUOTE_ONLY.has(toks[k]!.lc) && ((isCap(toks[k + 1]) && !DETERMINERS.has(toks[k + 1]!.lc) && !isPronounText(toks[k + 1]!.lc)) || german)) {
      const p = plausible(npRight(text, toks, k + 1, hi));
      if (p) return p;
    }
    // "“…,” Hannity started." — a name and any past-tense verb closing the clause.
    if (isCap(toks[k]) && !newSentence) {
      const r = npRight(text, toks, k, hi);
      let v = -1;
      if (r) for (let x = k + 1; x < hi; x++) if (toks[x]!.start >= r.end) { v = x; break; }
      if (r && v > 0 && toks[v]!.t === toks[v]!.lc && /^\p{L}{3,}ed$/u.test(toks[v]!.t) && (v + 1 >= hi || toks[v + 1]!.kind === 'punct')) {
        const p = plausible(r);
        if (p && /^\p{Lu}/u.test(p.text)) return p;
      }
    }
    // Subject then cue: "…,” X said", "…” before the vote, she said", "…,” X, who…, told".
    // ("…,” Trump, the 2016 GOP presidential front-runner and …, said": a long appositive after a name.)
    let nameEnd = k;
    while (nameEnd < k + 4 && isCap(toks[nameEnd + 1])) nameEnd++;
    const reach = isCap(toks[k]) && toks[nameEnd + 1]?.t === ',' ? 40 : 20;
    // "did not find “ties of any consequence,” aside from … “casually” …, said the bureau’s
    // director, James B. Comey.": past a later quote, only an inverted cue closing the sentence
    // frames it all.
    let pastQuote = false;
    for (let c2 = k; c2 < hi; c2++) {
      if (toks[c2]!.kind === 'quote') {
        pastQuote = true;
        continue;
      }
      // ("…,” according to City Hall pool reports.": the words after "according to" are its
      // object; a cue-like word among them takes no subject.)
      if (PREPOSITION_CUES.has(toks[c2]!.lc)) break;
      // ("…” — setting expectations … so that you can do …": "so" speaks only right after a quote.)
      if (isCue(toks[c2]) && !AFTER_QUOTE_ONLY.has(toks[c2]!.lc) && verbUse(toks, c2)) {
        if (PARTICIPLE_CUES.has(toks[c2]!.lc)) break;
        // "The promise to “take our country back” appeals to …, said Alan Abramowitz, a
        // demographer.": past the reach, only an inverted cue closing the sentence frames it all.
        if (c2 >= k + reach || pastQuote) {
          const r = newSentence ? null : invertedCueSpeaker(text, toks, c2, hi);
          if (r) return r;
          break;
        }
        // "…” star X opened up about being described as …": a passive without "by" names no one.
        if (agentlessPassive(toks, c2)) break;
        // "…nomination.” O’Malley’s move was first reported by MSNBC.": a passive in the next
        // sentence reports its subject, not the quote.
        if (newSentence && /ed$/.test(toks[c2]!.lc) && toks.slice(Math.max(k, c2 - 3), c2).some((t) => /^(was|were|is|are|been|being)$/.test(t.lc))) break;
        // "… “the beginning of the end” for the EU, said Geert Wilders, founder of …"
        const inverted = invertedCueSpeaker(text, toks, c2, hi);
        if (inverted) return inverted;
        const p = plausible(subjectLeft(text, toks, c2, k));
        // The subject must open the after-part or follow a comma ("…” before the vote, she said").
        let at = -1;
        if (p) for (let x = k; x <= c2; x++) if (toks[x]!.start === p.start) at = x;
        // Also "…,” panel Chairman Rep. Jason Chaffetz said": a few lower-case descriptors first.
        // ("…” and Donald Trump says …" is a new clause: a conjunction is no descriptor.)
        const descriptorsFirst = at > k && at - k <= 3 && !CLAUSE_OPENER.has(toks[k]!.lc) && toks.slice(k, at).every((t) => t.kind === 'word' && !isCue(t) && t.t === t.lc);
        // "…,” CBS This Morning co-anchor DeMarco Morgan said": a quote closing on a comma hands
        // over to a name with a title of any case before it (no verb, no clause word in it).
        const titledName = !descriptorsFirst && at > k && at - k <= 6 && handsOver && p !== null && endsCapitalised(p) && toks.slice(k, at).every((t, j) => (t.kind === 'word' && !isCue(t) && (!isVerbLike(t) || titleParticiple(toks, k + j)) && !CLAUSE_OPENER.has(t.lc) && !/^(that|which|who|the|a|an)$/.test(t.lc)) || t.t === '$');
        // ("… a “dramatic impact” on minorities, the lawsuit says." still ends on its speaker.)
        if (p && inPhrase && (at === k || !cueEndsClause(toks, c2, hi))) break;
        // "…,” the Florida senator and Republican presidential candidate said": two descriptions.
        if (p && at > k + 1 && toks[at - 1]!.t === 'and' && (DETERMINERS.has(toks[k]!.lc) || isCap(toks[k]) || (ROLE_PREFIX.test(toks[k]!.t) && isCap(toks[k + 1]))) && toks.slice(k, at - 1).every((t) => t.kind === 'word' && !isCue(t) && !isVerbLike(t)) && (!newSentence || cueEndsClause(toks, c2, hi))) {
          return { start: toks[k]!.start, end: p.end, text: text.slice(toks[k]!.start, p.end) };
        }
        // "…,” as Cruz said on the radio." / "…,” as The New Yorker put it.": an as-clause.
        const asClause = at === k + 1 && toks[k]!.t === 'as';
        if (p && (at === k || toks[at - 1]?.t === ',' || descriptorsFirst || asClause || titledName) && (!newSentence || (cueEndsClause(toks, c2, hi) && !reportsOwnClause(toks, c2, hi)))) return p;
        // "…,” Jeffrey Lewis of the Middlebury Institute wrote.": a name with its affiliation.
        if (p && at > k && !newSentence && affiliated(toks, k, at)) {
          let e = k;
          while (e + 1 < at && isCap(toks[e + 1])) e++;
          return np(text, toks, k, e);
        }
        // "…,” Nate Silver, the polling guru who founded the site tweeted on Wednesday.": an
        // appositive whose relative clause runs into the verb; the name opening it speaks.
        if (!newSentence && reach === 40 && nameEnd > k && cueEndsClause(toks, c2, hi)) return np(text, toks, k, nameEnd);
        break;
      }
    }
  }
  // "“…,” the Saudis wrote in the paper": a sentence-opening quote closing on a comma hands over
  // to its speaker, so a subject and any lower-case verb right after it attribute the quote.
  if (q === lo && handsOver && k < hi && (isCap(toks[k]) || DETERMINERS.has(toks[k]!.lc))) {
    const r = plausible(npRight(text, toks, k, hi));
    const v = r ? tokenFrom(toks, k, r.end, hi) : k;
    const verb = toks[v];
    if (r && verb && verb.kind === 'word' && verb.t === verb.lc && !RIGHT_STOP_AFTER.test(verb.lc) && !isPronounText(r.text)) return r;
  }
  return null;
}

/**
 * "…!” She replied to him that it was an “honor …”": after a quote that ends its own sentence, a
 * cue whose clause goes on to a reported "that" clause or a quote of its own starts new content.
 */
function reportsOwnClause(toks: Tok[], c: number, hi: number): boolean {
  for (let k = c + 1; k < hi; k++) if (toks[k]!.kind === 'quote' || toks[k]!.t === 'that') return true;
  return false;
}

/**
 * "Trump’s “isolationist” foreign policy pronouncements, which …" / "because of “poison pill”
 * measures added by …": a quote after a determiner, possessive or preposition, then a lower-case
 * word, modifies the noun after it: the words after the quote continue that phrase.
 */
function insideNounPhrase(toks: Tok[], q: number, lo: number): boolean {
  const before = toks[q - 1];
  const after = toks[q + 1];
  if (q - 1 < lo || !before || before.kind !== 'word' || !after || after.kind !== 'word' || after.t !== after.lc) return false;
  return (before.t === before.lc && (DETERMINERS.has(before.lc) || PREPS.has(before.lc))) || /\p{L}(?:[’']s|s[’'])$/u.test(before.t);
}
