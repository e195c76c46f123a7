/**
 * A clause quoted later in a sentence, after a cue sentence of the same paragraph (issue 3,
 * Speakers): "Brill has argued that the law was crippled … As a result, there's still “a very
 * powerful industry that has the freedom to charge whatever.”", "…, he said. Good information can
 * still drive out bad, but usually only when “the truth is sexier than the lie.”" The writer goes
 * on in the speaker's words: the quote continues the subject of the last cue before it.
 */
import type { Attribution, NP, SpeakerContext } from './speakers';
import { cueSubjects } from './speakerCues';
import { wordCount } from './quoteKind';
import type { Tok } from './speakerFrames';

/**
 * The tokens of site `i`'s paragraph between the previous quote (which has its own speaker) or the
 * paragraph start and the quote, and the subject of the last cue among them; null before tokens.
 */
export function lastCueBefore(ctx: SpeakerContext, i: number): { part: Tok[]; last: NP | null } | null {
  const s = ctx.sites[i]!;
  const toks = ctx.tokens?.get(s.paraStart);
  if (!toks) return null;
  const from = i > 0 && ctx.sites[i - 1]!.paragraph === s.paragraph ? ctx.sites[i - 1]!.close : s.paraStart;
  const part = toks.filter((t) => t.start >= from && t.end <= s.open);
  let last: NP | null = null;
  for (const np of cueSubjects(ctx.text, part)) last = np;
  return { part, last };
}

/** Strong speech verbs after a bare "he"/"she" closing its clause ("…, he said."). */
const PRONOUN_CUE = /^(said|says|added|argued|wrote|explained|noted)$/;

/**
 * The speaker site `i` continues, resolved by `resolve`, when it is a clause (four words or more:
 * a word or two in marks, "His comments on “fairness”", is more likely the writer's term) after a
 * cue in its paragraph, and that cue's subject is a person or a body; else null.
 */
export function laterClauseSpeaker(ctx: SpeakerContext, i: number, resolve: (p: NP) => Attribution): Attribution | null {
  const s = ctx.sites[i]!;
  if (wordCount(ctx.text.slice(s.start, s.end)) < 4) return null;
  const before = lastCueBefore(ctx, i);
  if (!before) return null;
  const { part } = before;
  let { last } = before;
  // A pronoun cue after it ("…, he said."): cueSubjects only lists names.
  for (let k = part.length - 1; k > 0 && !(last && part[k]!.start < last.end); k--) {
    const t = part[k]!;
    const p = part[k - 1]!;
    if (t.kind === 'word' && PRONOUN_CUE.test(t.t) && /^(he|she)$/i.test(p.t) && (k + 1 >= part.length || part[k + 1]!.kind === 'punct')) {
      last = { start: p.start, end: p.end, text: p.t.toLowerCase() };
      break;
    }
  }
  const a = last ? resolve(last) : null;
  return a?.entity && (a.entity.kind === 'person' || a.entity.kind === 'organisation') ? { ...a, how: 'inherited' } : null;
}

/**
 * "“I held and hugged” grieving family members before laying flowers …, he said.": a sentence that
 * opens on a quote (at token `q`, the sentence spanning [lo, hi)) and closes on a bare "he said"
 * is all the speaker's account, the quoted words included; the pronoun, or null.
 */
export function closingPronounTag(toks: Tok[], q: number, lo: number, hi: number): NP | null {
  if (q !== lo || hi - q < 5 || toks[hi]?.kind !== 'punct') return null;
  const [comma, p, v] = [toks[hi - 3]!, toks[hi - 2]!, toks[hi - 1]!];
  if (comma.t !== ',' || !/^(he|she)$/.test(p.t) || !PRONOUN_CUE.test(v.t)) return null;
  for (let k = q + 1; k < hi - 3; k++) if (toks[k]!.kind === 'quote') return null;
  return { start: p.start, end: p.end, text: p.t };
}
