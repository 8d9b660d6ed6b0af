/**
 * Cross-references between facts: each fact's relations, both ways ("led to" seen from
 * the other end is "followed from"), and a timeline of the dated facts around it.
 */
import { factInterval, formatInterval } from '../claims/dates';
import type { Fact, RelationType } from './schema';

export interface RelatedFact {
  readonly id: string;
  readonly title: string;
  /** The relation as read from the fact being shown ("led-to", "followed-from", …). */
  readonly relation: RelationType | 'followed-from' | 'part' | 'supersedes' | 'responded-by';
}

export interface TimelinePoint {
  readonly id: string;
  readonly title: string;
  /** First day (day number) and last day of the fact's date. */
  readonly start: number;
  readonly end: number;
  readonly label: string;
  readonly current: boolean;
}

const INVERSE: Record<RelationType, RelatedFact['relation']> = {
  before: 'after',
  after: 'before',
  'part-of': 'part',
  'led-to': 'followed-from',
  'response-to': 'responded-by',
  'superseded-by': 'supersedes',
  related: 'related',
};

/** At most this many related facts and timeline points: a card is a glance, not a page. */
/** True when either fact's relations name the other. */
export const relatedEither = (a: Fact, b: Fact) =>
  (a.relations ?? []).some((r) => r.target === b.id) || (b.relations ?? []).some((r) => r.target === a.id);

export const MAX_RELATED = 6;
export const MAX_TIMELINE = 7;

export class FactGraph {
  private readonly incoming = new Map<string, { from: string; type: RelationType }[]>();

  constructor(
    private readonly lookup: (id: string) => Fact | undefined,
    facts: Iterable<Fact>,
  ) {
    for (const fact of facts) {
      for (const rel of fact.relations ?? []) {
        const list = this.incoming.get(rel.target) ?? [];
        list.push({ from: fact.id, type: rel.type });
        this.incoming.set(rel.target, list);
      }
    }
  }

  /** Related facts: outgoing relations first, then incoming ones, no duplicates. */
  related(fact: Fact): RelatedFact[] {
    const out = new Map<string, RelatedFact>();
    for (const rel of fact.relations ?? []) {
      const other = this.lookup(rel.target);
      if (other && !out.has(other.id))
        out.set(other.id, { id: other.id, title: other.title, relation: rel.type });
    }
    for (const rel of this.incoming.get(fact.id) ?? []) {
      const other = this.lookup(rel.from);
      if (other && !out.has(other.id))
        out.set(other.id, { id: other.id, title: other.title, relation: INVERSE[rel.type] });
    }
    return [...out.values()].slice(0, MAX_RELATED);
  }

  /** The fact and its dated neighbours in date order (empty if fewer than two are dated). */
  timeline(fact: Fact): TimelinePoint[] {
    const ids = [fact.id, ...this.related(fact).map((r) => r.id)];
    const points: TimelinePoint[] = [];
    for (const id of ids) {
      const f = this.lookup(id);
      const iv = f?.date ? factInterval(f.date) : null;
      if (!f || !iv) continue;
      points.push({
        id,
        title: f.title,
        start: iv.start,
        end: iv.end,
        label: formatInterval(iv),
        current: id === fact.id,
      });
    }
    if (points.length < 2) return [];
    return points.sort((a, b) => a.start - b.start).slice(0, MAX_TIMELINE);
  }
}
