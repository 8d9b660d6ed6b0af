/**
 * The facts view: facts mentioned by A only, B only and both; conflicts (both give a date or
 * figure for the same fact and they differ); claims `outdated` on either side.
 */
import type { Fact } from '../facts/schema';
import type { SideClaim, SideFacts } from './facts';
import { otherMeasure } from './measure-names';
import type { Conflict, FactMention, OutdatedClaim } from './types';
import {
  acrossMidnight,
  boundMisses,
  isBound,
  lengthAgainstSpan,
  misreadFigure,
  sameValue,
  tellsValue,
} from './values';

type Lookup = (id: string) => Fact | undefined;

/** Facts by side, each with the sentences that mention it. */
export function factMentions(
  a: SideFacts,
  b: SideFacts,
  factById: Lookup,
): { a: FactMention[]; b: FactMention[]; both: FactMention[] } {
  const where = new Map<string, { a: number[]; b: number[] }>();
  const add = (side: 'a' | 'b', facts: SideFacts) =>
    facts.bySentence.forEach((ids, s) => {
      for (const id of ids) {
        const w = where.get(id) ?? { a: [], b: [] };
        where.set(id, w);
        if (!w[side].includes(s)) w[side].push(s);
      }
    });
  add('a', a);
  add('b', b);
  const out = { a: [] as FactMention[], b: [] as FactMention[], both: [] as FactMention[] };
  const first = (m: FactMention) =>
    Math.min(m.a[0] ?? Number.POSITIVE_INFINITY, m.b[0] ?? Number.POSITIVE_INFINITY);
  for (const [id, w] of where) {
    const fact = factById(id);
    if (!fact) continue;
    const m: FactMention = { id, title: fact.title, kind: fact.kind, a: w.a, b: w.b };
    (w.a.length && w.b.length ? out.both : w.a.length ? out.a : out.b).push(m);
  }
  for (const list of Object.values(out)) list.sort((x, y) => first(x) - first(y) || x.id.localeCompare(y.id));
  return out;
}

/** Verdicts that tie a value to a fact firmly enough to compare it. */
const FIRM = new Set(['consistent', 'outdated', 'differs']);
const agrees = (c: SideClaim) => c.verdict === 'consistent' || c.verdict === 'outdated';

/** Pairs that vouch for a weakly tied value (conflictsOf): the aligned pairs, and the claims read from each article's own text. */
export interface Vouch {
  readonly paired: (a: number, b: number) => boolean;
  readonly own: ReadonlySet<SideClaim>;
}
const NO_VOUCH: Vouch = { paired: () => false, own: new Set() };

/** "4 people", "70 percent": a figure's unit; null for a date. */
function unitOf(value: string | null): string | null {
  const m = /^[~<>≤≥]?[\d.,]+\s+(\p{L}+)$/u.exec(value ?? '');
  return m ? (m[1] as string) : null;
}

/**
 * Conflicts: a fact for which A and B give values (firm claims: the engine tied the value
 * to the fact) that the other does not tell (values.ts tellsValue: the same value, or a span of
 * days covering the day; ADR 0132), of the same kind (both dates, or
 * figures in one unit), where the record supports one and not the other, or neither and
 * they differ. Two values that both fit the record ("Oct 2024" and "23 Oct 2024", "about
 * 70%" and "69%") are not a conflict; nor is anything in an article that says the same as
 * the other somewhere (an identical copy never conflicts with itself). A date on a speech
 * verb ("said on Monday", reporting.ts) is never a side of a conflict, nor a value its own
 * sentence denies ("58%, not 48%"), nor a figure misread from a date or a share
 * (values.ts misreadFigure), nor a value tied from context alone unless the two sentences
 * are alike (`witnessed`).
 */
export function conflictsOf(
  a: readonly SideClaim[],
  b: readonly SideClaim[],
  factById: Lookup,
  alike: (a: number, b: number) => boolean = () => false,
  vouch: Vouch = NO_VOUCH,
): Conflict[] {
  // A reporting date ("said on Monday") is when it was said, not the fact's own value.
  // A value its sentence denies ("58%, not 48%") is not the article's.
  // A figure read from words that do not give it ("June 15" as 15 people) is not the article's.
  // A figure worn as the name of another measure ("its 50 percent affiliates rule") is that measure's.
  const usable = (c: SideClaim) =>
    !c.reporting &&
    !c.negated &&
    !misreadFigure(c.quote, c.resolved) &&
    !(c.measure && otherMeasure(c.measure, factById(c.factId)));
  const firm = (c: SideClaim) => FIRM.has(c.verdict) && usable(c);
  // A value the claim engine tied without certainty (`context`: it differs from the record
  // but the tie is weak, a plan's day, a date read from the paragraph) counts when its sentence
  // is paired with one that ties the same fact firmly and as the record has it: the two
  // sentences tell one thing, so the one value is about that fact as surely as the other
  // ("will hold the 24th round … on Wednesday" / "On Tuesday, … held the 24th round"; round 10).
  // Only a claim of the article's own text: a reading across a pair is already one article's
  // words in the other's sentence, and its weak ties are that reading's, not the article's.
  const vouched = (
    c: SideClaim,
    others: readonly SideClaim[],
    pairedWith: (s: number, o: number) => boolean,
  ) =>
    c.verdict === 'context' &&
    c.resolved !== null &&
    vouch.own.has(c) &&
    usable(c) &&
    others.some((o) => o.factId === c.factId && agrees(o) && usable(o) && pairedWith(c.sentence, o.sentence));
  const firmA = a.filter((c) => firm(c) || vouched(c, b, vouch.paired));
  const firmB = b.filter((c) => firm(c) || vouched(c, a, (s, o) => vouch.paired(o, s)));
  const out: Conflict[] = [];
  const seen = new Set<string>();
  // A value the other article also tells, at the value's own precision, is no side of a conflict:
  // the other article's different value is about something else, or contradicts itself (ADR 0132).
  const told = (c: SideClaim, other: readonly SideClaim[]) =>
    other.some((o) => o.factId === c.factId && tellsValue(c, o));
  for (const ca of firmA) {
    if (told(ca, firmB)) continue;
    for (const cb of firmB) {
      if (cb.factId !== ca.factId || told(cb, firmA)) continue;
      // Same kind, or a length in days against a span of dates (values.ts, round 21).
      if (unitOf(ca.resolved) !== unitOf(cb.resolved) && !lengthAgainstSpan(ca, cb)) continue;
      // Both fit the record: no conflict, unless a bound misses the other figure (round 21).
      const missed = agrees(ca) && agrees(cb) && boundMisses(ca, cb);
      if (agrees(ca) && agrees(cb) && !missed) continue;
      if (sameValue(ca, cb)) continue;
      // "Sunday night" / "early Monday": one overnight moment (day-edge.ts, ADR 0132).
      if (acrossMidnight(ca, cb)) continue;
      if (!witnessed(ca, cb, alike)) continue;
      if (seen.has(ca.factId)) continue;
      seen.add(ca.factId);
      const side = (c: SideClaim) => ({
        quote: c.quote,
        value: c.resolved,
        sentence: c.sentence,
        verdict: c.verdict,
      });
      out.push({
        factId: ca.factId,
        title: factById(ca.factId)?.title ?? ca.factId,
        a: side(ca),
        b: side(cb),
        record: ca.record,
        // A bound that misses the figure: the record is the figure's (round 21).
        supports: missed ? (isBound(ca) ? 'b' : 'a') : agrees(ca) ? 'a' : agrees(cb) ? 'b' : 'neither',
      });
    }
  }
  return out;
}

/**
 * A value that differs from the record and was tied to its fact from context only (its
 * sentence names no term of the fact: "…retaliation for the tariffs announced on April 2"
 * read as the date of April's controls) makes a conflict only when the two claims'
 * sentences are alike (`alike`: a pair, or a candidate of the alignment): the other side's
 * sentence, saying much the same, vouches that the value is about that fact (ADR 0022,
 * seventh round). A value the record supports, or one its sentence ties by name, needs no witness.
 */
export function witnessed(ca: SideClaim, cb: SideClaim, alike: (a: number, b: number) => boolean): boolean {
  const doubtful = (c: SideClaim) => !!c.unnamed && !agrees(c);
  return !(doubtful(ca) || doubtful(cb)) || alike(ca.sentence, cb.sentence);
}

/** Claims that are `outdated`, on both sides. */
export function outdatedOf(a: SideFacts, b: SideFacts, factById: Lookup): OutdatedClaim[] {
  const pick = (side: 'a' | 'b', facts: SideFacts) =>
    facts.claims
      .filter((c) => c.verdict === 'outdated')
      .map(
        (c): OutdatedClaim => ({
          side,
          sentence: c.sentence,
          quote: c.quote,
          factId: c.factId,
          title: factById(c.factId)?.title ?? c.factId,
          resolved: c.resolved,
          record: c.record,
        }),
      );
  return [...pick('a', a), ...pick('b', b)];
}
