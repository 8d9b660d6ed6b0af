/**
 * The event a date dates (ADR 0022, round 18). The claim engine ties each date it reads to a
 * fact ("finalised on October 21" to the disengagement, "announced by Misri on October 21" to
 * the patrolling agreement). Two sentences that write the same day share its words, but when
 * each dates a different event with it they do not tell one dated event: "The pullback followed
 * an agreement announced on October 21" and "The disengagement was finalised on October 21"
 * (a misdated disengagement, whose partner is the other article's "completed on October 30").
 * Such a shared date is no evidence that the two say the same thing, and is not counted.
 */
import { MONTH_KEYS } from './evidence';
import { isDate, type SideClaim } from './facts';
import { cosine, type Vector } from './features';
import { tokenize } from './tokens';

/** Date keys of a sentence (a month or a number) → the facts its claims date with them. */
export type DatedKeys = ReadonlyMap<string, ReadonlySet<string>>;

/** Fact kinds a date can date: a happening, a document, a count's moment. */
const DATED_KINDS = /^(?:event|instrument)\./;

const isDateKey = (k: string) => MONTH_KEYS.has(k) || /^#\d+$/.test(k);

/** A day, a month or a year as the claim engine resolves a date: "23 Oct 2024", "Oct 2024", "2024". */
const RESOLVED_DATE = /^(?:(\d{1,2}) )?(?:([A-Z][a-z]{2}) )?(\d{4})$/;

/**
 * The date keys of a date as the claim engine resolved it (ADR 0075): "on Wednesday" resolved to
 * "23 Oct 2024" gives what "October 23, 2024" is written with (`oct`, `#23`, `#2024`), so two
 * sentences that date one event with other words ("on Monday" / "on October 21"; "last month" /
 * "in June"; "two days after …" / "on October 21") share its day. A span of days ("15–16 Jun
 * 2020", "27 Oct – 2 Nov 2025": "this week") gives nothing: it is no one day to share.
 */
export function resolvedDateKeys(resolved: string | null): string[] {
  const m = resolved ? RESOLVED_DATE.exec(resolved) : null;
  if (!m) return [];
  const out: string[] = [];
  if (m[2]) {
    const month = tokenize(m[2])[0]?.key;
    if (!month || !MONTH_KEYS.has(month)) return [];
    out.push(month);
  }
  if (m[1] && m[2]) out.push(`#${Number(m[1])}`);
  return out;
}

/**
 * The date keys of `claims` (the claim engine's date claims in one sentence: its quote and the
 * fact it dates), each with the events it dates: the keys its quote is written with and those of
 * the date it resolved to (resolvedDateKeys). Reporting dates ("said on Monday") date no event.
 */
export function datedKeys(
  claims: readonly {
    readonly quote: string;
    readonly factId: string;
    readonly resolved?: string | null;
    readonly unnamed?: boolean;
  }[],
): DatedKeys {
  const out = new Map<string, Set<string>>();
  const add = (key: string, factId: string) => {
    const set = out.get(key);
    if (set) set.add(factId);
    else out.set(key, new Set([factId]));
  };
  for (const c of claims) {
    if (!DATED_KINDS.test(c.factId)) continue;
    for (const t of tokenize(c.quote)) if (isDateKey(t.key)) add(t.key, c.factId);
    if (!c.unnamed) for (const k of resolvedDateKeys(c.resolved ?? null)) add(k, c.factId);
  }
  return out;
}

/**
 * datedKeys for each of `n` sentences, from one article's claims: the dates it reads as when an
 * event happened (not when something was said, nor a value its sentence denies).
 */
export function datedBySentence(claims: readonly SideClaim[], n: number): DatedKeys[] {
  const per: SideClaim[][] = Array.from({ length: n }, () => []);
  for (const c of claims) if (isDate(c.resolved) && !c.reporting && !c.negated) per[c.sentence]?.push(c);
  return per.map((cs) => datedKeys(cs));
}

/** The date keys both sentences write but with which each dates only events the other does not. */
export function otherDatedKeys(a: Vector, b: Vector): string[] {
  const da = a.dated;
  const db = b.dated;
  if (!da?.size || !db?.size) return [];
  const out: string[] = [];
  for (const [k, fa] of da) {
    const fb = db.get(k);
    if (!fb || !b.w.has(k) || !a.w.has(k)) continue;
    let common = false;
    for (const f of fa) if (fb.has(f)) common = true;
    if (!common) out.push(k);
  }
  return out;
}

/** `v` without the keys `drop` (its weights and norm recomputed; the rest kept). */
function without(v: Vector, drop: readonly string[]): Vector {
  const w = new Map(v.w);
  for (const k of drop) w.delete(k);
  let sq = 0;
  for (const [k, x] of w) if (!v.resolved?.has(k)) sq += x * x;
  return { ...v, w, norm: Math.sqrt(sq) };
}

/**
 * The cosine of `a` and `b` (features.ts `cosine`) with the dates they share but date different
 * events with (otherDatedKeys) left out of both; null when there are none.
 */
export function cosineOverDatedEvents(
  a: Vector,
  b: Vector,
  unique: (key: string) => boolean,
): { score: number; shared: number; unique: number } | null {
  const drop = otherDatedKeys(a, b);
  if (!drop.length) return null;
  return cosine(without(a, drop), without(b, drop), unique);
}
