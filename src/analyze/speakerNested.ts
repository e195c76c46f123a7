/**
 * Nested reports (issue 3, Speakers): a quote reported second-hand belongs to whoever reports it.
 * "She noted that Sanders has called the president “weak”" quotes what she noted; "Rep. Meeks said
 * Clinton called on members to be “closely coordinated”" is Meeks's account; "“…,” Sanders said,
 * according to CNN." and "According to Yahoo News, Clinton's spokesman said …" are the outlet's.
 */
import type { SpeakerContext } from './speakers';
import { NAMING_CUES, PARTICIPLE_CUES, PREPOSITION_CUES } from './cueVerbs';
import { isSentenceEnd, tokenAt, tokenFrom, WINDOW, type Tok } from './speakerFrames';
import { plausible, type NP } from './speakerPhrases';
import { npRight } from './speakerNpRight';
import { subjectLeft } from './speakerSubjects';
import { isCue, isCap, isPronounText, IRREGULAR_PAST } from './speakerWordClasses';

/**
 * Cue verbs whose object is a person or a thing, not a clause: in "Trump told Clinton …" or
 * "Obama praised Biden …", the name after the verb is no subject of a reported clause.
 */
const OBJECT_VERBS = /^(told|tells|tell|asked|asks|ask|urged|urges|accused|accuses|blamed|blames|praised|praises|criticized|criticised|criticizes|slammed|slams|blasted|blasts|mocked|mocks|thanked|quoted|quotes|cited|cites|informed|assured|assures|reassured|advised|pressed|challenged|challenges|questioned|lectured|scolded|chided|reminded|defended|defends|rejected|rejects|dismissed|dismisses|denounced|condemned|welcomed|hailed|lauded|touted|released|issued|published|posted|offered|read|reads|answered|quoted|referred|compared|likened|portrayed|characterized|branded|framed|rated|ruled|penned|recited)$/;

/** Words a short adverbial between a speech verb and its "that" may hold ("said on Friday that"). */
function adverbialWord(t: Tok): boolean {
  // ("a" is also a French auxiliary, so isVerbLike would stop at "during a rally".)
  return t.kind === 'word' && !(t.t === t.lc && (/ed$/.test(t.lc) || IRREGULAR_PAST.has(t.lc))) && !/^(and|but|or|which|who|whom|whose|that)$/.test(t.lc);
}

/**
 * The outer speaker of a nested report: the subject of a speech verb whose reported clause holds
 * `inner` ("X said (on Friday) that Y …", "X said Y …"), repeated outwards at most twice; or null.
 */
export function outerSpeaker(text: string, toks: Tok[], inner: NP, lo: number, depth = 0): NP | null {
  const i = tokenAt(toks, inner.start);
  if (i <= lo || depth > 1) return null;
  let c = i - 1;
  const opener = toks[c]!;
  if (opener.t === opener.lc && /^(that|que|qu’|qu'|dass|что)$/.test(opener.lc)) {
    // "Trump said during a rally in Michigan that Clinton …": a short adverbial before "that".
    c--;
    // "The hour was so late that a spokesman … could only quip": "so … that" gives a result, not speech.
    if (toks[c - 1]?.lc === 'so' || toks[c - 1]?.lc === 'such') return null;
    // "sagte am Freitag, dass …" / "сказал, что …": the comma before the conjunction.
    if (toks[c]?.t === ',') c--;
    // ("she pointed to reports that Trump …": "reports" after a preposition is a noun, read on.)
    for (let n = 0; c > lo && n < 8 && (!isCue(toks[c]) || /^(to|of|about|on|in)$/.test(toks[c - 1]!.t)) && adverbialWord(toks[c]!); n++) c--;
    if (c < lo || !isCue(toks[c]) || PARTICIPLE_CUES.has(toks[c]!.lc)) return null;
  } else {
    // "Rep. Meeks said Clinton reassured them …", "critics say he had proposed to …": a clause
    // right after a verb of saying or thinking ("told Clinton" takes a person instead).
    const v = toks[c]!;
    if (!isCue(v) || v.t !== v.lc || OBJECT_VERBS.test(v.lc) || NAMING_CUES.has(v.lc) || PARTICIPLE_CUES.has(v.lc)) return null;
  }
  const outer = plausible(subjectLeft(text, toks, c, lo));
  if (!outer) return null;
  return outerSpeaker(text, toks, outer, lo, depth + 1) ?? outer;
}

/**
 * "“…,” Sanders said, according to CNN." / "“…,” said Kristen Day, reports USA Today.": the
 * reporting outlet is the quote's source (the article only has the quote second-hand).
 */
export function outerSource(ctx: SpeakerContext, i: number, inner: NP): NP | null {
  const site = ctx.sites[i]!;
  const toks = ctx.tokens?.get(site.paraStart);
  if (!toks) return null;
  // Start at the quote itself when the speaker comes before it (a quote may end the sentence).
  const from = inner.end <= site.open ? site.open : Math.max(inner.end, site.close);
  let k = 0;
  while (k < toks.length && toks[k]!.start < from) k++;
  // The inner speaker's own clause ("said Kristen Day, executive director of …,") comes first;
  // "Richards noted that … is “central” to the platform, reported the Examiner." crosses quotes.
  for (let n = 0; k < toks.length && n < 30; k++, n++) {
    const t = toks[k]!;
    if (isSentenceEnd(toks, k)) return null;
    // ("…, “No comment,” The Miami Herald reported.": a quote's own closing comma counts too.)
    const site = t.kind === 'quote' ? ctx.sites[t.site]! : null;
    const commaQuote = site !== null && /,\s*$/.test(ctx.text.slice(site.start, site.end));
    if (site && !commaQuote) {
      if (site.endsSentence && isCap(toks[k + 1])) return null;
      continue;
    }
    // ("… Jamal Ware said in a statement according to The Blaze.": the comma may be missing.)
    const bare = t.lc === 'according' && toks[k + 1]?.lc === 'to' && toks[k - 1]?.kind === 'word';
    if (!bare && ((t.t !== ',' && !commaQuote) || toks[k + 1]?.kind !== 'word')) continue;
    const w = bare ? t : toks[k + 1]!;
    let at = -1;
    if (bare) at = k + 2;
    else if (w.lc === 'according' && toks[k + 2]?.lc === 'to') at = k + 3;
    else if (/^(reports|reported|reporting)$/.test(w.lc) && w.t === w.lc) at = k + 2;
    else if (isCap(w) || (w.t === 'the' && isCap(toks[k + 2]))) {
      // "…, suggesting he might run, CNN reported.": the outlet named before "reported" ("…, the
      // Chicago Tribune reports.", "…, Right Wing Watch first reported.").
      const r = plausible(npRight(ctx.text, toks, k + 1, Math.min(toks.length, k + 8)));
      let v = r ? tokenFrom(toks, k + 1, r.end) : k + 1;
      if (/^(first|also|later|earlier|originally|previously)$/.test(toks[v]?.t ?? '')) v++;
      const verb = toks[v];
      if (r && verb && /^(reported|reports)$/.test(verb.t) && (v + 1 >= toks.length || isSentenceEnd(toks, v + 1) || toks[v + 1]!.t === '.') && !isPronounText(r.text)) return r;
      continue;
    }
    if (at < 0) continue;
    const r = plausible(npRight(ctx.text, toks, at, Math.min(toks.length, at + 20)));
    if (r && !isPronounText(r.text)) return r;
    return null;
  }
  return null;
}

/**
 * "According to Yahoo News, Clinton's spokesman said …": an opening according-to phrase names who
 * reports the rest of the sentence, so its source outranks the speaker inside (also "Selon X,",
 * "Según X,", "Laut X,", "По словам X,"). Returns that source when `inner` comes after its comma.
 */
export function openingSource(ctx: SpeakerContext, i: number, inner: NP): NP | null {
  const site = ctx.sites[i]!;
  const toks = ctx.tokens?.get(site.paraStart);
  if (!toks) return null;
  const q = tokenAt(toks, site.open);
  if (q < 0) return null;
  let lo = q - 1;
  while (lo >= 0 && q - lo < WINDOW && !isSentenceEnd(toks, lo) && toks[lo]!.kind !== 'quote') lo--;
  lo++;
  const first = toks[lo];
  if (!first || first.kind !== 'word') return null;
  let at = -1;
  if (first.lc === 'according' && toks[lo + 1]?.lc === 'to') at = lo + 2;
  else if (first.lc === 'по' && toks[lo + 1]?.lc === 'словам') at = lo + 2;
  else if (PREPOSITION_CUES.has(first.lc) && first.lc !== 'according' && first.lc !== 'словам') at = lo + 1;
  if (at < 0) return null;
  let comma = at;
  while (comma < Math.min(q, at + 12) && toks[comma]!.t !== ',') comma++;
  if (comma >= q || toks[comma]!.t !== ',' || inner.start < toks[comma]!.end) return null;
  const r = plausible(npRight(ctx.text, toks, at, comma));
  return r && !isPronounText(r.text) ? r : null;
}
