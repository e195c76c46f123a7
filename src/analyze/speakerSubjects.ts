/**
 * Subjects read leftwards from a cue verb (issue 3, Speakers): "X said", "X, who…, said", "X, the
 * senator, said", "Rep. Jim Clyburn (D-S.C.), the …, said", "X in the past described", a clause
 * before the comma ("He suggested …, called her …") and a parenthetical ("CNN, Cruz said, called").
 */
import { isSentenceEnd, tokenAt, type Tok } from './speakerFrames';
import { endsCapitalised, baseNP, np, PREPS, WEEKDAY, FINITE_AUX, WHEN_OR_HOW, INDEFINITE_PERSON, type NP } from './speakerPhrases';
import { DETERMINERS, IRREGULAR_PAST, SUBORDINATORS, isAux, isCap, isCue, isPronoun, isVerbLike, modifierParticiple, inTitle } from './speakerWordClasses';
import { NOT_NAMES } from './nameLists';
import { groupOf } from './speakerSentenceSubject';
import { restrictiveSubject } from './speakerRestrictive';

/** Subject ending just before token `c` (exclusive), read leftwards; `lo` bounds the sentence. */
export function subjectLeft(text: string, toks: Tok[], c: number, lo: number, depth = 0): NP | null {
  const restricted = restrictiveSubject(text, toks, c, lo);
  if (restricted) return restricted;
  let k = c - 1;
  // Skip auxiliaries and short adverbials between subject and verb ("has", "also", "on Tuesday").
  let skipped = 0;
  while (k >= lo && skipped < 4 && (isAux(toks[k]!) || WEEKDAY.test(toks[k]!.t) || /^(?:19|20)\d\d$/.test(toks[k]!.t))) {
    k--;
    skipped++;
  }
  // "Sanders during a Sunday thanked", "Trump on Monday said": the preposition of a skipped time.
  // ("Judge Carlton W. Reeves late Thursday night issued": 'late' or 'early' before the day too.)
  if (skipped > 0 && k > lo && toks[k]!.t === toks[k]!.lc && /^(during|on|in|at|by|since|until|late|early)$/.test(toks[k]!.lc) && toks[k + 1] && (WEEKDAY.test(toks[k + 1]!.t) || toks[k + 1]!.lc === 'a' || toks[k + 1]!.lc === 'the')) k--;
  // "The State Department less than two weeks ago said": a time phrase ending in "ago".
  if (k > lo && toks[k]!.t === 'ago') {
    let j = k - 1;
    while (j > lo && k - j < 6 && toks[j]!.kind === 'word' && toks[j]!.t === toks[j]!.lc && /^(\d+|a|an|few|several|two|three|four|five|six|seven|eight|nine|ten|days?|weeks?|months?|years?|hours?|minutes?|less|more|than|about|nearly|just|only|some)$/.test(toks[j]!.t)) j--;
    if (j < k - 1) k = j;
  }
  if (k < lo) return null;
  // "Rep. Jim McDermott (D-Wash.) said" / "Gov. John Kasich (R-OH), said": step over a parenthesis.
  if (toks[k]!.t === ',' && toks[k - 1]?.t === ')' && k - 1 > lo) k--;
  if (toks[k]!.t === ')') {
    let j = k - 1;
    while (j >= lo && toks[j]!.t !== '(' && k - j < 12) j--;
    if (j > lo && toks[j]!.t === '(') k = j - 1;
  }
  // "Beck, who has … described": the relative pronoun points back past its comma.
  if (toks[k]!.t === toks[k]!.lc && /^(who|which)$/.test(toks[k]!.lc) && toks[k - 1]?.t === ',' && k - 1 > lo) {
    // "McConnell, now the Senate majority leader, who in 2010 said": the name heads the chain.
    return appositiveChain(text, toks, k - 1, lo, true);
  }
  // "this tweet from Rikkie Wells who tweeted, “…”": "who" right after a name (no comma) is that name.
  if (toks[k]!.t === 'who' && k === c - 1 && k - 1 > lo && isCap(toks[k - 1]) && !NOT_NAMES.has(toks[k - 1]!.lc)) {
    const named = baseNP(text, toks, k, lo);
    if (named && endsCapitalised(named)) return named;
  }
  // "X, who …, said", "X, the senator, said", "Mark Holden, chairman of …, the …, said".
  if (toks[k]!.t === ',') return appositiveChain(text, toks, k, lo);
  // "Joyce — who is listed as an attorney — told": step over a dash aside.
  // ("McCain -- who lost in 2008 -- said": typewriter dashes are two hyphens.)
  const dash = dashAt(toks, k);
  if (dash > 0) {
    let j = k - dash;
    while (j > lo && dashAt(toks, j) === 0 && k - j < 30) j--;
    if (j > lo && dashAt(toks, j) > 0) return nameInAside(text, toks, j + 1, k - dash + 1) ?? baseNP(text, toks, j - dashAt(toks, j) + 1, lo);
    return null;
  }
  const base = baseNP(text, toks, k + 1, lo);
  if (base && inTitle(toks, tokenAt(toks, base.start), lo)) return null;
  // "X in the past described …" / "X on Tuesday said": the noun phrase was a prepositional object.
  if (base && depth < 2 && !isPronoun(toks[k])) {
    let a = k;
    while (a > lo && toks[a - 1]!.start >= base.start) a--;
    const prep = toks[a - 1];
    const described = !endsCapitalised(base) || /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|twitter|facebook|fox|cnn|msnbc|nbc|abc|cbs)$/i.test(base.text);
    // "Hundreds of supporters chanted", "Leaders of the group said": the group speaks.
    const group = groupOf(text, toks, a, lo, k);
    if (group) return group;
    // "A letter from the Legion obtained by The Associated Press warns", "Another source speaking
    // to Fox News said": a name after a participle's preposition is its object, not the subject;
    // the noun the participle describes is. (A description there is read through below.)
    if (!described && prep && prep.t === prep.lc && PREPS.has(prep.lc) && a - 2 > lo && modifierParticiple(toks[a - 2]!)) {
      const head = subjectLeft(text, toks, a - 2, lo, depth + 1);
      if (head) return head;
    }
    // "Sen. Ben Cardin of Maryland said", "the former secretary of state said": an "of" phrase
    // belongs to the noun before it, which heads the subject.
    // ("footage of Hillary Clinton asking": a participle's subject is the name after "of".)
    const participle = /ing$/.test(toks[c]?.lc ?? '');
    let owner = prep?.t === 'of' && a - 1 > lo && !participle ? ofOwner(text, toks, a - 1, lo) : null;
    // "a narrator in the Clinton ad asks", "a spokesman for the group said", "A letter to platform
    // committee members calls for": a description runs on through a place, affiliation or
    // addressee phrase (not "in a statement", "on Tuesday").
    if (!owner && prep && /^(in|on|for|at|with|from|to)$/.test(prep.t) && a - 1 > lo && !participle && !WHEN_OR_HOW.test(toks[k]!.lc)) {
      const d = ofOwner(text, toks, a - 1, lo);
      if (d && !endsCapitalised(d)) owner = d;
    }
    if (owner) return { start: owner.start, end: base.end, text: text.slice(owner.start, base.end) };
    if (prep && described && prep.t === prep.lc && PREPS.has(prep.lc)) {
      const further = subjectLeft(text, toks, a - 1, lo, depth + 1);
      if (further) return further;
      if (!isCap(toks[a])) return null;
    }
  }
  return base;
}

/**
 * "A former candidate -- John McCain, who lost in 2008 -- said": an aside between dashes that opens
 * on a name (up to its comma) names the subject before it.
 */
function nameInAside(text: string, toks: Tok[], a: number, e: number): NP | null {
  let b = a;
  while (b < e && isCap(toks[b]) && !NOT_NAMES.has(toks[b]!.lc)) b++;
  if (b - a < 2 || (b < e && toks[b]!.t !== ',')) return null;
  return np(text, toks, a, b - 1);
}

/** Tokens in the dash ending at token `k`: 1 for "—" or "–", 2 for "--", 0 for none. */
function dashAt(toks: Tok[], k: number): number {
  const t = toks[k];
  if (!t || t.kind !== 'punct') return 0;
  if (t.t === '—' || t.t === '–') return 1;
  return t.t === '-' && toks[k - 1]?.t === '-' && toks[k - 1]!.end === t.start ? 2 : 0;
}

/** "Rep. Tom Cole of Oklahoma": a name's "of" place is read with the name that owns it. */
function withOfOwner(text: string, toks: Tok[], p: NP, lo: number): NP {
  const at = tokenAt(toks, p.start);
  const owner = toks[at - 1]?.t === 'of' && at - 1 > lo ? ofOwner(text, toks, at - 1, lo) : null;
  return owner && endsCapitalised(owner) && endsCapitalised(p) ? { start: owner.start, end: p.end, text: text.slice(owner.start, p.end) } : p;
}

/**
 * "… such as Sen. Marco Rubio of Florida, who mused": "who" is a person, so a place after "of"
 * belongs to the name before it (of two words or more: "Bank of America" is one name), which is
 * meant however the phrase is placed in its clause.
 */
function personOfPlace(text: string, toks: Tok[], p: NP, lo: number): NP | null {
  const at = tokenAt(toks, p.start);
  if (at - 2 < lo || toks[at - 1]!.t !== 'of' || !isCap(toks[at - 2]) || /\s/.test(p.text)) return null;
  const owner = baseNP(text, toks, at - 1, lo);
  return owner && endsCapitalised(owner) && /\p{Lu}\S*\s+\p{Lu}/u.test(owner.text) ? owner : null;
}

/**
 * The noun phrase right before the "of" at token `of` when it can own it: a name or a determiner
 * phrase that opens its clause (sentence start, after punctuation, a quote or a conjunction), so
 * "The ad uses footage of Hillary Clinton asking" keeps its speaker.
 */
function ofOwner(text: string, toks: Tok[], of: number, lo: number): NP | null {
  const p = baseNP(text, toks, of, lo);
  if (!p || isPronoun(toks[of - 1])) return null;
  const at = tokenAt(toks, p.start);
  const prev = at > lo ? toks[at - 1]! : null;
  // ("… as the head of the RNC’s rules committee has accused", "when a member of the family
  // suggested": a subordinate clause opens on its conjunction, then its subject.)
  if (prev && prev.kind === 'word' && !/^(and|but|or|so|then|also|meanwhile|yet)$/.test(prev.lc) && !SUBORDINATORS.has(prev.lc)) return null;
  // A verb inside ("The ad uses footage") means the phrase ran past its subject.
  for (let j = at; j < of - 1; j++) {
    const t = toks[j]!;
    if (DETERMINERS.has(t.lc)) continue;
    if (isVerbLike(t) || (t.t === t.lc && /[^s’']s$/.test(t.lc) && j > at)) return null;
  }
  const first = p.text.split(/\s+/)[0]!.toLowerCase();
  // ("Source familiar with the ad says": a capitalised noun opening the clause with no determiner.)
  return endsCapitalised(p) || DETERMINERS.has(first) || INDEFINITE_PERSON.test(first) || isCap(toks[at]) ? p : null;
}

/** Comma-separated noun phrases ending at the comma `k`: prefer a name at the head of the chain. */
function appositiveChain(text: string, toks: Tok[], k: number, lo: number, relative = false): NP | null {
  const segs: NP[] = [];
  let end = k; // exclusive end of the current segment (the comma)
  // Up to five commas back: "Harry Bond, 30, of Raleigh, N.C., who was polled, said".
  for (let round = 0; round < 5; round++) {
    let j = end - 1;
    let n = 0;
    while (j >= lo && toks[j]!.t !== ',' && toks[j]!.kind !== 'quote' && !isSentenceEnd(toks, j) && n < 25) {
      j--;
      n++;
    }
    const lead = toks[j + 1];
    const atComma = j >= lo && toks[j]!.t === ',';
    // "“…,” said Scott Reed, the Chamber's strategist, who added …": the name after an inverted
    // cue heads the chain the relative clause hangs on.
    if (relative && lead && segs.length > 0 && !atComma && isCue(lead) && lead.t === lead.lc) {
      const named = baseNP(text, toks, closeParen(toks, end, j + 2), j + 2);
      if (named && named.start === toks[j + 2]?.start && endsCapitalised(named)) return named;
    }
    // "In a statement to the Observer, her adviser, Jake Sullivan, said": an opening adverbial ends the chain.
    const opens = lead !== undefined && (PREPS.has(lead.lc) || (NOT_NAMES.has(lead.lc) && !DETERMINERS.has(lead.lc)));
    // "in what Bay Buchanan, a treasurer, called", "He said that Bay Buchanan, a treasurer,
    // called": a name right after a clause opener heads the chain its clause hangs on.
    const opened = opens && end < k ? nameAfterOpener(text, toks, closeParen(toks, end, j + 1), j + 1) : null;
    if (opened) return opened;
    if (lead && segs.length > 0 && opens) {
      // "Clinton, during a town hall in Columbus, Ohio, said": an aside between commas carries
      // the place after it; the subject is before the aside.
      if (atComma && PREPS.has(lead.lc) && lead.t === lead.lc && segs.every((x) => !/\s/.test(x.text))) {
        segs.length = 0;
        end = j;
        continue;
      }
      break;
    }
    // "He later suggested her … was behind her aggressive tone, called her …": a clause before
    // the comma, not an appositive; its subject does both.
    // (After "who" the noun right before the comma is meant: "praised Franklin Graham, who vowed".)
    if (round === 0 && k === end && !relative) {
      const subject = clauseSubject(text, toks, j + 1, end);
      if (subject) return subject;
    }
    // "Rep. Jim Clyburn (D-S.C.), the …, said": the bracket closes the name's segment.
    const segEnd = closeParen(toks, end, j + 1);
    if (!atComma) {
      // "Speaking later on the same show, Sen. X, who …, said": an opening participle is no subject.
      const head = lead && /\p{L}{3,}ing$/u.test(lead.lc) && segs.length === 0 ? null : baseNP(text, toks, segEnd, j + 1);
      // "His former business partner at Lenox, Lawrence B. Cummings, called": a name after a
      // preposition is that phrase's object; the name in apposition heads the chain.
      const before = head ? toks[tokenAt(toks, head.start) - 1] : undefined;
      const object = before !== undefined && before.start >= toks[j + 1]!.start && before.t === before.lc && PREPS.has(before.lc);
      if (head && !(object && segs.some(endsCapitalised))) segs.push((relative && toks[k + 1]?.lc === 'who' && personOfPlace(text, toks, head, j + 1)) || withOfOwner(text, toks, head, j + 1));
      break;
    }
    // A relative clause or appositive between two commas; the subject is before it.
    if (lead && /^(who|which|whose|whom|where)$/.test(lead.lc)) {
      end = j;
      continue;
    }
    const seg = baseNP(text, toks, segEnd, j + 1);
    if (seg && seg.start === toks[j + 1]!.start) segs.push(seg);
    else {
      // "…, in the mouth of Donald Trump, who proclaimed": before "who" the name closing the
      // segment is meant, even after a preposition.
      // ("…, the ranking Democrat on the Senate Intelligence Committee, who said": a description
      // opening on its determiner is an appositive; its prepositional object is not meant.)
      if (relative && end === k && seg && endsCapitalised(seg) && !/[’']s$/.test(seg.text) && !(lead && DETERMINERS.has(lead.lc))) {
        segs.push(seg);
        break;
      }
      // Not a whole noun phrase ("…, meanwhile,"): the subject comes before.
      if (!lead || lead.t === lead.lc) {
        end = j;
        continue;
      }
      if (seg) segs.push(seg);
    }
    end = j;
  }
  if (segs.length === 0) return null;
  // segs[0] is nearest the verb, the last one opens the chain.
  const named = [...segs].reverse().find((p) => endsCapitalised(p) && !/[’']s$/.test(p.text));
  return named ?? segs[segs.length - 1]!;
}

/** A name ending right before `e` (exclusive) after a lower-case clause opener ("in what X", "that X"), within [lo, e); else null. */
function nameAfterOpener(text: string, toks: Tok[], e: number, lo: number): NP | null {
  const name = baseNP(text, toks, e, lo);
  if (!name || !endsCapitalised(name) || /[’']s$/.test(name.text)) return null;
  const at = tokenAt(toks, name.start);
  const opener = toks[at - 1];
  return at > lo && opener !== undefined && opener.t === opener.lc && /^(what|as|that|which|whom|when|while|after|before|because|since|though|although|if)$/.test(opener.t) && isCap(toks[at]) ? name : null;
}

/** A pronoun or name opening tokens [a, e) and followed there by a finite verb, or null. */
function clauseSubject(text: string, toks: Tok[], a: number, e: number): NP | null {
  const first = toks[a];
  // "The candidate has mocked a reporter, referred to …": a description opening the clause.
  const described = /^(The|A|An)$/.test(first?.t ?? '') && (a === 0 || isSentenceEnd(toks, a - 1));
  if (!first || first.kind !== 'word' || !(isPronoun(first) || isCap(first)) || (NOT_NAMES.has(first.lc) && !isPronoun(first) && !described) || /[’']s?$/.test(first.t)) return null;
  let v = a + 1;
  if (described) while (v < e && v - a < 4 && toks[v]!.kind === 'word' && toks[v]!.t === toks[v]!.lc && !isVerbLike(toks[v]!) && !isAux(toks[v]!) && !isCue(toks[v])) v++;
  while (v < e && isCap(toks[v]) && !isPronoun(first)) v++;
  const last = v - 1;
  // "He later suggested …": adverbs before the verb.
  while (v < e && isAux(toks[v]!) && !FINITE_AUX.test(toks[v]!.lc)) v++;
  const verb = toks[v];
  // "CNN, Cruz said, called the announcement “…”": a parenthetical "X said" speaks the sentence.
  if (v === e - 1 && verb && last - a < 4 && isCue(verb) && /^(said|says|added|noted|wrote|argued|insisted)$/.test(verb.lc) && isCap(first)) return np(text, toks, a, last);
  // A finite verb with more words after it (an object): "X, elected in 2010, said" has none.
  if (v >= e - 1 || !verb || verb.t !== verb.lc || !(/\p{L}{3,}ed$/u.test(verb.lc) || FINITE_AUX.test(verb.lc) || IRREGULAR_PAST.has(verb.lc))) return null;
  return /[’']s?$/.test(toks[last]!.t) ? null : np(text, toks, a, last);
}

/** End (exclusive) of a segment ending at `e` without its closing bracket: "X (D-S.C.)" → "X". */
function closeParen(toks: Tok[], e: number, lo: number): number {
  if (toks[e - 1]?.t !== ')') return e;
  let j = e - 2;
  while (j > lo && toks[j]!.t !== '(' && e - j < 12) j--;
  return j > lo && toks[j]!.t === '(' ? j : e;
}
