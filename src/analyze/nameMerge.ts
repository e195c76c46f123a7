/**
 * Which entity a surname refers to when an article names several people who share it ("Donald
 * Trump" and "Melania Trump", "President Obama" and "Michelle Obama"): a lone "Trump" is the one
 * the article already calls by the surname alone (most mentions), not merely the latest named, and
 * an honorific's gender ("Mrs. Trump") narrows the choice; a full name joins the entity with its
 * first name ("Bill Clinton" never merges into "Hillary Clinton").
 */
import type { Entity } from './names';
import { isFirstName } from './nameFirstNames';
import { descriptive, givenName } from './nameGiven';
import { lc, surname } from './nameRoles';

export class SurnameIndex {
  private readonly bySurname = new Map<string, Entity[]>();
  // First name → the latest entity with a full name that opens with it (one lookup per mention).
  private readonly byFirst = new Map<string, Entity>();

  /** Records that `e` was just mentioned (the most recent entity of its surname goes last). */
  add(sur: string, e: Entity): void {
    const space = e.name.indexOf(' ');
    if (space > 0) this.byFirst.set(e.name.slice(0, space).toLowerCase(), e);
    const list = this.bySurname.get(sur);
    if (!list) {
      this.bySurname.set(sur, [e]);
      return;
    }
    const i = list.indexOf(e);
    if (i >= 0) list.splice(i, 1);
    // Bounded: hostile text may repeat one surname with endless first names.
    if (list.length >= 16) list.shift();
    list.push(e);
  }

  /** The most recently mentioned entity with this surname. */
  latest(sur: string): Entity | null {
    const list = this.bySurname.get(sur);
    return list ? list[list.length - 1]! : null;
  }

  /** The entity whose full name starts with `first` ("Bill" of "Bill Clinton"), latest first. */
  withFirstName(sur: string, first: string): Entity | null {
    const list = this.bySurname.get(sur) ?? [];
    for (let i = list.length - 1; i >= 0; i--) if (list[i]!.name.toLowerCase().startsWith(first)) return list[i]!;
    return null;
  }

  /**
   * The entity a lone surname refers to: gender-compatible, most mentioned, then the first
   * introduced (the article's own subject comes before the relative it names).
   */
  lone(sur: string, gender: 'm' | 'f' | null): Entity | null {
    const list = this.bySurname.get(sur);
    if (!list) return null;
    let best: Entity | null = null;
    for (const e of list) {
      if (gender && e.gender && e.gender !== gender) continue;
      if (!best || e.mentions.length > best.mentions.length || (e.mentions.length === best.mentions.length && e.id < best.id)) best = e;
    }
    return best;
  }

  /** The latest person whose full name opens with the first name `first` ("bill" → Bill Clinton). */
  byFirstName(first: string): Entity | null {
    const e = this.byFirst.get(first);
    return e && e.kind === 'person' && e.name.toLowerCase().startsWith(`${first} `) ? e : null;
  }

  /** Number of entities sharing this surname. */
  count(sur: string): number {
    return this.bySurname.get(sur)?.length ?? 0;
  }
}

/**
 * The entity a new form of a person's name joins, found by its surname or first name (renamed
 * when the new form is the fuller name); null when it names someone new.
 */
export function joinByName(name: string, gender: 'm' | 'f' | null, titleGender: 'm' | 'f' | null, surnames: SurnameIndex, byName: Map<string, Entity>): Entity | null {
  const toks = name.split(/\s+/);
  const key = lc(name);
  const sur = surname(name);
  // A shorter form ("Putin") or the same surname with a compatible first name merges.
  let ent = toks.length === 1 ? surnames.lone(sur, titleGender) : surnames.withFirstName(sur, lc(toks[0]!));
  // A known first name alone ("Hillary", "Bernie") after the full name is that person.
  if (!ent && toks.length === 1 && isFirstName(key)) ent = surnames.byFirstName(key);
  const cand = surnames.latest(sur);
  // ("Mr. Obama and the first lady, Michelle Obama": not when the genders disagree.)
  // ("Liberal Oscar-winner Sarandon" of a headline, then "Susan Sarandon": a description
  // without a first name is upgraded too.)
  if (!ent && cand && toks.length > 1 && (!cand.name.includes(' ') || (givenName(name) && descriptive(cand.name))) && !(cand.gender && gender && cand.gender !== gender)) {
    // "Putin" seen first, then "Vladimir Putin": upgrade the name.
    ent = cand;
    cand.name = name;
  }
  // "Bill is back … Bill Clinton's hair": a first name seen alone first, then the full name.
  const lone = !ent && toks.length > 1 && isFirstName(toks[0]!) ? byName.get(lc(toks[0]!)) : undefined;
  if (lone && !lone.name.includes(' ') && lone.kind !== 'organisation' && lone.kind !== 'place' && !(lone.gender && gender && lone.gender !== gender)) {
    ent = lone;
    lone.name = name;
  }
  return ent;
}
