/**
 * Caused speech (issue 3, Speakers): "That record prompted the Atlas, which …, to state, “…”",
 * "leading advisers like Gene Sperling to counter that “…”". An infinitive is usually speech that
 * might happen ("wants to say"), but after a causative verb ("prompted X to", "leading X to") it
 * reports speech that did: X spoke. After such a verb, a base form whose past tense is a cue
 * ("state", "counter", "announce") is a cue too; elsewhere it stays a noun or a wish.
 */
import { CUE_WORDS } from './cueVerbs';
import type { Tok } from './speakerFrames';

/** Verbs that make their object do what the infinitive says. */
const CAUSATIVE = /^(prompted|prompting|prompts|led|leading|leads|caused|causing|forced|forcing|spurred|spurring|compelled|compelling|moved|drove|driving)$/;

/** Whether a causative verb comes shortly before the "to" at `to`, in the same clause run. */
export function causedSpeech(toks: Tok[], to: number): boolean {
  for (let k = to - 2; k >= 0 && to - k <= 20; k--) {
    const t = toks[k]!;
    if (t.kind === 'quote' || (t.kind === 'punct' && '.;:!?'.includes(t.t))) return false;
    if (t.t === t.lc && CAUSATIVE.test(t.lc)) return true;
  }
  return false;
}

/** Whether the word `lc`, next after the tokens `before`, is a caused infinitive cue ("… prompted X to state"). */
export function causedInfinitiveCue(before: Tok[], lc: string): boolean {
  if (before[before.length - 1]?.t !== 'to' || CUE_WORDS.has(lc) || lc.length < 3) return false;
  if (!CUE_WORDS.has(lc.endsWith('e') ? lc + 'd' : lc + 'ed')) return false;
  return causedSpeech(before, before.length - 1);
}
