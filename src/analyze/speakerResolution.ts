/**
 * From "who is written next to the cue" to "who said it": pronouns and role descriptions resolve to
 * the person the article introduced ("he", "the president" → "Vladimir Putin"), mentions of one
 * person merge into one name (names.ts), and quotes without a cue of their own continue the speaker
 * of the quote before them (same paragraph, or a quote-only paragraph after a quote or a colon).
 */
import { hasRoleWord, type Entity } from './names';
import { ROLE_WORDS } from './nameLists';
import { PRONOUNS } from './cueVerbs';
import {
  lastMentionAt, recentWithRole, protagonist, addSource, paragraphPerson, lastSourceBefore, namedSources,
  lastSpeechSourceIn, mentionIndex, insideQuote, lastNamedOutsideQuotes, type Source,
} from './speakerAntecedents';
import { possessiveOwner } from './speakerPossessive';
import { personCarriedOn, speakerAddedTo } from './speakerPronounChain';
import { personAfterPhrase } from './namePersonAfter';
import { isFirstName } from './nameFirstNames';
import { isPronounText } from './speakerWordClasses';
import { transcriptLabel, labelSpeaker } from './speakerLabels';
import { signatureAfter } from './speakerSignature';
import { sentenceSubject } from './speakerSentenceSubject';
import { isSentenceEnd, previousParagraphStart } from './speakerFrames';
import { laterClauseSpeaker, lastCueBefore } from './speakerLaterClause';
import { findSpeakerNP, findIntroSpeaker, IMPLICIT_SUBJECT, type Attribution, type NP, type QuoteSite, type SpeakerContext } from './speakers';
import { endsCapitalised } from './speakerPhrases';
import { POLL_PHRASE } from './speakerNpRight';
import { shownAs } from './speakerDescriptionTail';
const EMPTY: Attribution = { speaker: null, role: null, asWritten: null, how: null, entity: null };

function genderOk(e: Entity, g: 'm' | 'f' | 'p' | null): boolean {
  if (g === 'p') return e.kind === 'organisation';
  if (e.kind !== 'person' && e.kind !== 'unknown') return false;
  return g === null || e.gender === null || e.gender === g;
}

function fromEntity(e: Entity, asWritten: string): Attribution {
  // Bodies keep their article ("the Kremlin", "the White House"); people get their full name.
  const speaker = e.kind === 'organisation' && /^the\s/i.test(asWritten) && asWritten.endsWith(e.name) ? `the ${e.name}` : e.name;
  return { speaker, role: e.role, asWritten, how: 'cue', entity: e };
}

/** Turns a speaker phrase into an attribution, resolving pronouns and roles. */
function resolve(ctx: SpeakerContext, p: NP, sources: Source[]): Attribution {
  const idx = ctx.entities;
  const words = p.text.split(/\s+/);
  const head = words[words.length - 1]!;
  const headLc = head.toLowerCase();
  // Pronoun: the latest speaker of a matching gender, else the latest such person named.
  const implicit = p.text === IMPLICIT_SUBJECT;
  if (implicit || (words.length === 1 && isPronounText(head))) {
    // "it said" points to a body (a newspaper, a company, a report), never to a person.
    const g = implicit ? null : PRONOUNS[headLc]!;
    if (headLc === 'i' || headLc === 'we') return { ...EMPTY, speaker: p.text, asWritten: p.text, how: 'cue' };
    // The nearest earlier named source (a cue's subject, quoted or not) of a compatible gender.
    let found = possessiveOwner(ctx, p, g) ?? lastSourceBefore(sources, p.start, g);
    if ((g === 'm' || g === 'f') && found) found = speakerAddedTo(ctx, p, sources, found);
    // "The Times wrote. ¶ “…,” it further wrote.": "it" is a body named close before; further
    // back it is as often a person's letter or statement, which speaks for its author.
    if (headLc === 'it') {
      const body = lastSourceBefore(sources, p.start, 'p');
      if (body && body.entity.kind === 'organisation' && body.pos >= previousParagraphStart(ctx.text, p.start)) found = body;
    }
    // No source of the pronoun's own paragraph, but a person of its gender named in it ("Others,
    // like Bernard Dufour, wait. « … », dit-il."): the paragraph's own person is nearer.
    const paraStart = ctx.text.lastIndexOf('\n', p.start) + 1;
    if ((g === 'm' || g === 'f') && (!found || found.pos < paraStart)) {
      const m = paragraphPerson(ctx, paraStart, p.start, g);
      if (m) return { ...fromEntity(m, m.name), asWritten: p.text };
      // A paragraph that opens with the quote, after one that introduces a person with a role
      // ("… concerns Henry Crespo, president of the caucus. ¶ “…,” he said."): the newcomer speaks.
      const prevStart = previousParagraphStart(ctx.text, paraStart);
      if (/^\s*[“"«„]/u.test(ctx.text.slice(paraStart, paraStart + 3))) {
        const n = introducedIn(ctx, prevStart, paraStart, g);
        if (n && (!found || found.pos < n.mentions[0]!.start)) return { ...fromEntity(n, n.name), asWritten: p.text };
      }
      // ("Kazakhstan's foreign minister, Erlan Idrissov, plays down concerns. … he says. ¶ “…,” he
      // said.": a source of that paragraph, even of unknown gender, is who it goes on about.)
      const carried = !found || found.pos < prevStart ? personCarriedOn(ctx, prevStart, paraStart, g) : null;
      if (carried) return { ...fromEntity(carried, carried.name), asWritten: p.text };
    }
    const src = found?.entity;
    if (src) return { ...fromEntity(src, src.name), asWritten: p.text };
    const e = lastNamedOutsideQuotes(ctx, p.start, (x) => (g === 'p' ? x.kind === 'organisation' : x.kind === 'person' && genderOk(x, g)));
    if (e) return { ...fromEntity(e, e.name), asWritten: p.text };
    if (implicit) return EMPTY;
    return { ...EMPTY, speaker: p.text, asWritten: p.text, how: 'cue' };
  }
  // A capitalised head: the entity it names ("a poll released Thursday" is a poll all the same).
  if (/^\p{Lu}/u.test(head) && !POLL_PHRASE.test(p.text)) {
    // A mention running past the phrase ("Angry Parents Rally Nationwide" for the headline subject
    // "Angry Parents") is a longer capitalised run, not this speaker.
    // "Cameron Easley for Morning Consult", "Jane Roe at the Brookings Institution": the person
    // comes first and the affiliation after the preposition.
    const aff = /\s(?:for|at|from|with|of)\s+(?:the\s+)?\p{Lu}/u.exec(p.text);
    let headEnd = aff && /^\p{Lu}/u.test(p.text) ? p.start + aff.index : p.end;
    let m = lastMentionAt(idx, p.start, headEnd);
    // "Secretary of State John Kerry": no name before the preposition, so it was part of a role.
    // "Speaker of the House Rep. Paul Ryan": no person before it either; the person after it speaks.
    if (headEnd < p.end && (!m || idx.entities[m.entity]!.kind !== 'person')) {
      const whole = lastMentionAt(idx, p.start, p.end);
      if (!m || (whole && idx.entities[whole.entity]!.kind === 'person')) {
        headEnd = p.end;
        m = whole;
      }
    }
    // A mention cut short inside the phrase ("Judicial" of "Judicial Watch": names.ts splits runs
    // at capitalised common words) is not the speaker either; the phrase as written is.
    // ("Board Of Election": a mention after a capitalised "Of" inside the phrase is its object;
    // "The Mythology Of Trump’s" still points to its owner.)
    const cut = m !== null && (/^\s+\p{Lu}/u.test(ctx.text.slice(m.end, headEnd)) || (/\p{Lu}\S*\s+(?:Of|For)\s+$/u.test(ctx.text.slice(p.start, m.start)) && !/^[’']/u.test(ctx.text.slice(m.end, m.end + 1))));
    // "Bernie Sanders: ‘…’" read as the headline subject "Bernie" (Title Case hides the verb): a
    // known first name that opens a person's mention is that person.
    if (m && m.end > headEnd + 1 && m.start === p.start && isFirstName(p.text) && idx.entities[m.entity]!.kind === 'person') return fromEntity(idx.entities[m.entity]!, p.text);
    const e = m && m.end <= headEnd + 1 && !cut ? idx.entities[m.entity] : undefined;
    // "said Del. Stacey Plaskett", "said Oversight ranking Democrat Elijah Cummings": a phrase that
    // names no person, cut short before one, stands for the person right after it.
    if (!e || e.kind !== 'person') {
      const after = personAfterPhrase(ctx.text, idx, p.text, p.end);
      if (after) return fromEntity(idx.entities[after.entity]!, p.text);
    }
    if (e && e.kind !== 'place') {
      const a = fromEntity(e, p.text);
      // "Sen. Tom Carper of Delaware": the affiliation written after a person's name stays with it.
      return e.kind === 'person' && headEnd < p.end && aff![0].startsWith(' of') ? { ...a, speaker: a.speaker + p.text.slice(headEnd - p.start) } : a;
    }
    return { ...EMPTY, speaker: p.text, asWritten: p.text, how: 'cue' };
  }
  // "the president" → the person introduced with that role.
  if (/^(the|der|die|le|la|el)\s/i.test(p.text) && words.length <= 3 && OFFICE_WORDS.has(headLc)) {
    // The nearest recent subject with that role first ("Rubio … the senator said"), else anyone
    // introduced with it.
    const e = recentWithRole(sources, p.start, headLc) ?? idx.byRole(headLc, p.start);
    if (e) return { ...fromEntity(e, e.name), asWritten: p.text };
  }
  // "the Republican presidential candidate said": shown as written, but the article's main person
  // stands behind it for a later "he said".
  if (/^(the|der|die|le|la|el)\s/i.test(p.text) && words.length <= 5 && ROLE_WORDS.has(headLc)) {
    const e = protagonist(idx, p.start);
    return { ...EMPTY, speaker: p.text, asWritten: p.text, how: 'cue', entity: e };
  }
  return { ...EMPTY, speaker: p.text, asWritten: p.text, how: 'cue' };
}

/**
 * Offices one person holds at a time ("the president", "the chancellor"): these resolve to the
 * person introduced with them; "the aide" or "the spokesman" could be anyone and stay as written.
 */
const OFFICE_WORDS = new Set([
  'president', 'chancellor', 'senator', 'governor', 'mayor', 'minister', 'premier', 'king', 'queen', 'pope',
  'general', 'judge', 'secretary', 'speaker', 'prince', 'princess', 'ambassador', 'commissioner', 'nominee',
  'candidate', 'congressman', 'congresswoman', 'sheriff', 'director', 'chairman', 'chairwoman', 'ceo',
  'präsident', 'kanzler', 'kanzlerin', 'président', 'présidente', 'presidente', 'президент', 'министр',
]);

/** Speakers for every quote site, in order. */
export function attributeSpeakers(ctx: SpeakerContext): Attribution[] {
  const { sites } = ctx;
  const out: Attribution[] = [];
  const sources = namedSources(ctx);
  for (let i = 0; i < sites.length; i++) {
    // "“WALLACE: Let's start …”": a transcript turn names its own speaker.
    const label = transcriptLabel(ctx.text.slice(sites[i]!.start, sites[i]!.start + 60));
    if (label) {
      out.push({ speaker: labelSpeaker(label, ctx.entities, sites[i]!.start), role: null, asWritten: label, how: 'cue', entity: null });
      continue;
    }
    const p = findSpeakerNP(ctx, i);
    let a = p ? shownAs(ctx.text, p, resolve(ctx, p, sources)) : EMPTY;
    // "KELLER: I told them, “…”": the first person of a transcript turn is its label.
    // "WALLACE: … because as “The Journal” wrote, …": a cue with no subject of its own inside a
    // transcript turn speaks for the turn's label, not for the last person named.
    if ((a.asWritten && /^(i|we)$/i.test(a.asWritten)) || (p?.text === IMPLICIT_SUBJECT && sites[i]!.open > sites[i]!.paraStart)) {
      const s = sites[i]!;
      const turn = transcriptLabel(ctx.text.slice(s.paraStart, s.paraStart + 60));
      if (turn) a = { speaker: labelSpeaker(turn, ctx.entities, s.start), role: null, asWritten: turn, how: 'cue', entity: null };
    }
    if (p?.weak && a.speaker) a.how = 'subject';
    // A person just quoted is an antecedent for a later "he said", however named ("Filling in for
    // Sanders, West landed a dig at “…”. ¶ “…,” he said." is West); so is a role's body. Bounded.
    if (p && a.entity && (a.entity.kind === 'person' || (a.asWritten !== a.entity.name && !/^\p{Lu}/u.test(p.text))) && sources.length < 5000) addSource(sources, p.start, a.entity);
    out.push(a);
  }
  // Quotes without a cue of their own continue a neighbour's speaker.
  for (let i = 0; i < sites.length; i++) {
    if (out[i]!.speaker || ctx.named?.has(i)) continue;
    const s = sites[i]!;
    // "PENCE: Well, as I said, “…”": the turn's label speaks the quotes of its paragraph.
    const turn = s.open > s.paraStart ? transcriptLabel(ctx.text.slice(s.paraStart, s.paraStart + 60)) : null;
    if (turn) {
      out[i] = { speaker: labelSpeaker(turn, ctx.entities, s.start), role: null, asWritten: turn, how: 'inherited', entity: null };
      continue;
    }
    // "“… tax cuts.¶Dean Baker, Center for Economic and Policy Research.”": a signed quote.
    // Only a person signs: a Title Case line ("The Party Will Decide") is a headline or a slogan.
    const sig = signatureAfter(ctx.text, s);
    const signer = sig ? resolve(ctx, sig, sources) : null;
    if (signer?.entity?.kind === 'person') {
      out[i] = { ...signer, how: 'cue' };
      continue;
    }
    const prev = i > 0 ? sites[i - 1]! : null;
    const next = i + 1 < sites.length ? sites[i + 1]! : null;
    // "… words like “maybe” and “perhaps”, he told reporters": quotes of one sentence share its cue
    // (the next quote's, not the previous sentence's).
    const oneSentence = next && next.paragraph === s.paragraph && !s.endsSentence && !/[.!?\n]/.test(ctx.text.slice(s.close, next.open));
    if (prev && prev.paragraph === s.paragraph && out[i - 1]!.speaker && !(oneSentence && out[i + 1]!.speaker && out[i + 1]!.how === 'cue')) {
      out[i] = { ...out[i - 1]!, how: 'inherited' };
      continue;
    }
    if (next && next.paragraph === s.paragraph && out[i + 1]!.speaker && out[i + 1]!.how === 'cue') {
      out[i] = { ...out[i + 1]!, how: 'inherited' };
      continue;
    }
    // A paragraph that opens with a quote continues the previous paragraph's speaker when that
    // paragraph ended inside a quote or with a colon.
    if (s.open === s.paraStart && prev && prev.paragraph === s.paragraph - 1) {
      if ((prev.unclosed || prev.close >= prev.paraEnd - 2) && out[i - 1]!.speaker) {
        out[i] = { ...out[i - 1]!, how: 'inherited' };
        continue;
      }
    }
    // A quote-only paragraph continues the speaker of the quote just before it.
    if (s.open === s.paraStart && prev && prev.paragraph === s.paragraph - 1 && out[i - 1]!.speaker && quoteOnly(sites, i)) {
      out[i] = { ...out[i - 1]!, how: 'inherited' };
      continue;
    }
    if (s.open === s.paraStart) {
      const intro = introFor(ctx, s);
      if (intro) {
        out[i] = { ...resolve(ctx, intro, sources), how: 'inherited' };
        continue;
      }
      // A quote-only paragraph after reported speech ("Trump said the plan would work.") continues
      // that speaker.
      if (quoteOnly(sites, i)) {
        const e = lastSpeechSourceIn(sources, s.paraStart - 1200, s.paraStart);
        if (e) out[i] = { speaker: e.name, role: e.role, asWritten: e.name, how: 'inherited', entity: e };
      }
    } else if (/[.!?:][”"’»]?\s*$/u.test(ctx.text.slice(Math.max(s.paraStart, s.open - 3), s.open))) {
      // "… , Schiff said. “…”" / "X called him a master. “…”": a quote that opens its own sentence
      // continues the speaker of the sentence before it in the paragraph.
      const prior = priorCueSubject(ctx, i);
      if (prior) out[i] = { ...resolve(ctx, prior, sources), how: 'inherited' };
    } else out[i] = laterClauseSpeaker(ctx, i, (p) => resolve(ctx, p, sources)) ?? out[i]!;
  }
  return out;
}

/**
 * The last person of gender `g` whose first mention lies in [from, to), outside quotes, followed by
 * an appositive role ("Henry Crespo, president of …"), or null.
 */
function introducedIn(ctx: SpeakerContext, from: number, to: number, g: 'm' | 'f'): Entity | null {
  const idx = ctx.entities;
  for (let i = mentionIndex(idx, { start: to }) - 1; i >= 0 && idx.mentions[i]!.start >= from; i--) {
    const m = idx.mentions[i]!;
    const e = idx.entities[m.entity]!;
    if (e.kind !== 'person' || e.gender !== g || e.mentions[0] !== m || insideQuote(ctx.sites, m.start)) continue;
    // A description, not the next item of a list (", and Senator Ted Cruz").
    const appos = /^,\s+((?:(?:the|a|an)\s+)?\p{Ll}[^,.;:!?“”"]{2,60})/u.exec(ctx.text.slice(m.end, m.end + 64));
    if (appos && !/^(?:and|or|who|which|that|but)\s/.test(appos[1]!) && hasRoleWord(appos[1]!)) return e;
  }
  return null;
}

/** The subject of the last cue word before site `i` in its paragraph (not past another quote). */
function priorCueSubject(ctx: SpeakerContext, i: number): NP | null {
  const before = lastCueBefore(ctx, i);
  if (!before) return null;
  const { part, last } = before;
  // No cue in it ("Sen. X, who lost …, identified exhaustion with bigotry as a reason to vote. “…”"):
  // the named subject of the sentence right before the quote speaks on.
  if (!last && part.length > 2) {
    let b = part.length - 2;
    while (b > 0 && !isSentenceEnd(part, b - 1)) b--;
    const subj = sentenceSubject(ctx.text, part, b, part.length - 1);
    // ("…, she said she and Obama had made progress. “…”": a pronoun subject speaks on too.)
    if (subj && (endsCapitalised(subj) || /^(he|she|they)$/i.test(subj.text))) return subj;
  }
  return last;
}

/** The paragraph of site `i` holds nothing but quotes (and punctuation) from start to end. */
function quoteOnly(sites: QuoteSite[], i: number): boolean {
  let j = i;
  while (j + 1 < sites.length && sites[j + 1]!.paragraph === sites[i]!.paragraph && j - i < 50) j++;
  return sites[j]!.close >= sites[j]!.paraEnd - 2;
}

function introFor(ctx: SpeakerContext, s: QuoteSite): NP | null {
  // The previous paragraph ends right before this one starts (skip the blank line).
  let e = s.paraStart;
  while (e > 0 && /\s/.test(ctx.text[e - 1]!)) e--;
  let b = ctx.text.lastIndexOf('\n', e - 1);
  b = b < 0 ? 0 : b + 1;
  if (ctx.text[e - 1] !== ':') return null;
  return findIntroSpeaker(ctx, b, e);
}
