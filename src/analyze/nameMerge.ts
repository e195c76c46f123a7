/**
 * Which entity a surname refers to when an article names several people who share it ("Donald
 * Trump" and "Melania Trump", "President Obama" and "Michelle Obama"): a lone "Trump" is the one
 * the article already calls by the surname alone (most mentions), not merely the latest named, and
 * an honorific's gender ("Mrs. Trump") narrows the choice; a full name joins the entity with its
 * first name ("Bill Clinton" never merges into "Hillary Clinton").
 */
import type { Entity } from './names';

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
