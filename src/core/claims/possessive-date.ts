/**
 * A date in the possessive that dates the noun after it (ADR 0077): "Thursday's summit in South
 * Korea", "last week's summit", "last October's border pact", "Friday's notice". The possessive
 * makes the noun phrase definite: the writer means the one event of that kind on that day (week,
 * month), and the reader is to know which. So when exactly one event or instrument whose own words
 * hold the noun is recorded within the date, the date is a claim on it, and agrees. It only ever
 * confirms: a day on which no such event is recorded ("Tuesday's summit") may be a summit the fact
 * base does not hold, so it says nothing (no card, no `differs`); nor does a date with two such
 * events in it, or one wider than a month ("last year's talks").
 */
import type { Fact } from '../facts/schema';
import type { MatcherIndex } from '../match/terms';
import type { Claim } from './claim';
import { cueDateClaim } from './confirming-date';
import { factInterval } from './dates';
import { ownWords } from './phases';
import type { TemporalExpression } from './temporal';
import { compareDates } from './verdict';

/** Nouns that name an event or an instrument, which a possessive date may date. */
const NOUNS =
  'meeting|talks|visit|trip|agreement|understanding|deal|pact|summit|suspension|announcement|notice|pullback|disengagement|halt|ban|controls|curbs|measures|rules|clash';
/** "'s (up to two words) noun" right after the date. */
const AFTER = new RegExp(`^['’]s\\s+(?:[a-z-]+\\s+){0,2}?(${NOUNS})\\b`, 'i');
/** The sentence has a possessive date-like word before a noun of the list (cheap screen). */
export const POSSESSIVE_DATE = new RegExp(
  `(?:day|week|month|year|January|February|March|April|May|June|July|August|September|October|November|December|\\d{1,2})['’]s\\s+(?:[a-z-]+\\s+){0,2}?(?:${NOUNS})\\b`,
  'i',
);
/** Widest date read as naming one event: a month. */
const MAX_DAYS = 31;

const eventFacts = new WeakMap<MatcherIndex, readonly Fact[]>();

function factsOf(index: MatcherIndex, factById: (id: string) => Fact | undefined): readonly Fact[] {
  let got = eventFacts.get(index);
  if (!got) {
    const ids = new Set(index.terms.map((t) => t.factId));
    got = [...ids]
      .map((id) => factById(id))
      .filter((f): f is Fact => f !== undefined && (f.kind === 'event' || f.kind === 'instrument'));
    eventFacts.set(index, got);
  }
  return got;
}

/** Confirming claims for the possessive dates among `expressions` that no claim in `here` covers. */
export function possessiveDates(
  text: string,
  expressions: readonly TemporalExpression[],
  here: readonly Claim[],
  index: MatcherIndex,
  factById: (id: string) => Fact | undefined,
  published: number | null,
): Claim[] {
  const out: Claim[] = [];
  for (const e of expressions) {
    // (A bound before it governs the noun phrase, not the date: "since last October's border pact".)
    if ((e.kind !== 'absolute' && e.kind !== 'relative') || e.ambiguous) continue;
    const claimed = e.interval;
    if (!claimed || claimed.end - claimed.start > MAX_DAYS) continue;
    if (here.some((c) => c.start < e.end && e.start < c.end)) continue;
    const m = AFTER.exec(text.slice(e.end, e.end + 60));
    const noun = m?.[1]?.toLowerCase();
    if (!m || !noun) continue;
    const word = new RegExp(`\\b${noun}\\b`);
    const fits = factsOf(index, factById).filter((f) => {
      const record = f.date ? factInterval(f.date) : null;
      return record !== null && word.test(ownWords(f)) && compareDates(claimed, record).agrees;
    });
    const fact = fits.length === 1 ? fits[0] : undefined;
    const record = fact?.date ? factInterval(fact.date) : null;
    if (!fact || !record) continue;
    out.push(
      cueDateClaim(text, e, fact, claimed, record, text.slice(e.end, e.end + m[0].length), published, false),
    );
  }
  return out;
}
