/**
 * A date beside a place where one recorded event happened then (ADR 0174): "the border incident in
 * the Galwan Valley in June 2020", "the Galwan Valley incident of June 2020", "Tensions flared in May
 * 2020 with a brawl at Pangong Tso". The sentence names the place, not the event, in words the fact
 * base does not hold ("incident", "brawl", "came to blows"); but a place and a month or a day pick
 * out what happened there then, and a reader takes the date for that event's. So a date that
 * writes its year, a month or narrower, that no other claim covers, with a place named in the
 * sentence and no other date between them, is a claim on the one event held at that place (the
 * event's `places`) whose record lies within the date. It only confirms, like possessive-date.ts:
 * a date with no event of the place in it ("at Pangong Tso in August 2021") may be of something
 * the base does not hold, so it says nothing; nor does a date with two such events in it ("along
 * the LAC in October 2024": the patrolling agreement and the disengagement), a bound ("from June
 * 2024", "since May 2020": the start of a state, not the event), a date wider than a month ("in
 * Galwan in 2020") or one without its year ("that June", "on Monday").
 */
import type { Fact } from '../facts/schema';
import type { MatcherIndex } from '../match/terms';
import type { Claim } from './claim';
import { cueDateClaim } from './confirming-date';
import { factInterval } from './dates';
import type { Mention } from './mention-types';
import type { TemporalExpression } from './temporal';
import { compareDates } from './verdict';

/**
 * The date writes its year ("June 2020", "May 5-6, 2020"): a year-less one ("that June", "on
 * Monday") takes its year or week from the text around it, one inference more than the place can
 * carry; and compare pairs sentences by their claims, where such a date would tie a sentence that
 * only recalls the event (ADR 0174: the h18 Kazan pair).
 */
const YEAR = /\b(?:19|20)\d\d\b/;
/** Widest date read as the day of one event at a place: a month. */
const MAX_DAYS = 31;

/** The dated events held at each place (their `places`), built once per index. */
const heldAt = new WeakMap<MatcherIndex, Map<string, Fact[]>>();

/** The dated events of every fact the index can find (by a term, a cue or keywords), by their places. */
function eventsAt(index: MatcherIndex, factById: (id: string) => Fact | undefined): Map<string, Fact[]> {
  let got = heldAt.get(index);
  if (!got) {
    got = new Map();
    const ids = new Set([...index.terms, ...index.cues, ...index.keywords].map((t) => t.factId));
    for (const id of ids) {
      const f = factById(id);
      if (f?.kind !== 'event' || !f.date) continue;
      for (const p of f.places ?? []) got.set(p, [...(got.get(p) ?? []), f]);
    }
    heldAt.set(index, got);
  }
  return got;
}

/**
 * Confirming claims for the dates among `expressions` that no claim in `here` covers and that a
 * place named in the sentence (`mentions`) dates the one event of.
 */
export function placeDates(
  text: string,
  expressions: readonly TemporalExpression[],
  here: readonly Claim[],
  mentions: readonly Mention[],
  index: MatcherIndex,
  factById: (id: string) => Fact | undefined,
  published: number | null,
): Claim[] {
  const places = mentions.filter((m) => m.fact.kind === 'place' && m.strength === 'alias');
  if (!places.length) return [];
  const table = eventsAt(index, factById);
  const out: Claim[] = [];
  for (const e of expressions) {
    if (e.kind !== 'absolute' || e.ambiguous || e.bound !== null || !YEAR.test(e.text)) continue;
    const claimed = e.interval;
    if (!claimed || claimed.end - claimed.start > MAX_DAYS) continue;
    if (here.some((c) => c.start < e.end && e.start < c.end)) continue;
    // The places this date dates: no other date stands between the two.
    const dated = places.filter((p) =>
      p.positions.some((at) => {
        const [from, to] = at < e.start ? [at, e.start] : [e.end, at];
        return !expressions.some((x) => x !== e && x.start >= from && x.end <= to);
      }),
    );
    const fits = new Set<Fact>();
    for (const p of dated)
      for (const f of table.get(p.fact.id) ?? []) {
        const record = f.date ? factInterval(f.date) : null;
        if (record && compareDates(claimed, record).agrees) fits.add(f);
      }
    const [fact] = fits.size === 1 ? [...fits] : [];
    const record = fact?.date ? factInterval(fact.date) : null;
    if (!fact || !record) continue;
    const place = dated.find((p) => fact.places?.includes(p.fact.id));
    out.push(cueDateClaim(text, e, fact, claimed, record, place?.fact.title ?? '', published, false));
  }
  return out;
}
