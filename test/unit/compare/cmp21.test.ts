/**
 * Round 21 (ADR 0022, "Round 21 (cmp21, session 17)"): rules read from batch h15's misses, with
 * sentences of their own (Kenya, Uganda, Tanzania, a ferry, a ridge), each in its own describe;
 * each fails with its rule removed.
 */
import { describe, expect, it } from 'vitest';
import { departureOrPresence, journeyMomentOf } from '../../../src/core/compare/arrivals';
import { addToIndex, candidatesFor } from '../../../src/core/compare/candidates';
import { hoursAsMinutes } from '../../../src/core/compare/durations';
import { namesAlone } from '../../../src/core/compare/evidence';
import type { SideClaim } from '../../../src/core/compare/facts';
import { conflictsOf } from '../../../src/core/compare/facts-view';
import {
  cosine,
  featuresOf,
  properKeysOf,
  Rarity,
  type Vector,
  vectorOf,
} from '../../../src/core/compare/features';
import { pendingOrDone, statusOf } from '../../../src/core/compare/pending';
import { roleOrAct, tellsRole } from '../../../src/core/compare/roles';
import { settingOf, settingsOnly } from '../../../src/core/compare/settings';
import { STRONG, WEAK } from '../../../src/core/compare/thresholds';
import { tokenize } from '../../../src/core/compare/tokens';
import { boundMisses, lengthAgainstSpan } from '../../../src/core/compare/values';

/** Vectors of sentences over one rarity (A's first, then B's), each with its fact ids. */
const vectorsOf = (...sentences: (readonly [string, readonly string[]])[]): Vector[] => {
  const fs = sentences.map(([s, facts]) => featuresOf(s, facts));
  const rarity = new Rarity();
  for (const [k, f] of fs.entries()) rarity.add(f, k === 0 ? 'a' : 'b');
  return fs.map((f) => vectorOf(f, rarity));
};

/** The B sentences (indexes) `a` has as candidates, nothing common, nothing unique. */
const candidatesOf = (a: Vector, b: readonly Vector[]): number[] => {
  const index = new Map<string, number[]>();
  for (const [j, v] of b.entries()) addToIndex(index, v, j);
  return candidatesFor(0, a, b, index, { common: () => false, unique: () => false }).map((c) => c.b);
};

describe('round 21: a departure is not an arrival or a presence', () => {
  const departure =
    "The announcement came on the eve of President Ruto's departure for the EAC summit in Arusha.";
  const arrival = 'President Ruto arrived in Arusha on Tuesday to attend the EAC summit.';
  const attending = 'President Ruto and President Museveni are both attending the EAC summit in Arusha.';
  const left = 'President Ruto left for the EAC summit in Arusha on Monday evening.';

  it('reads the moment of a journey a main part tells', () => {
    expect(journeyMomentOf(departure)).toBe('departure');
    expect(journeyMomentOf(left)).toBe('departure');
    expect(journeyMomentOf(arrival)).toBe('presence');
    expect(journeyMomentOf(attending)).toBe('presence');
    // A journey told whole is neither.
    expect(journeyMomentOf('Ruto left for Arusha, where he will attend the summit.')).toBe('none');
    expect(journeyMomentOf('Ruto left for Arusha and will attend the summit there.')).toBe('none');
    expect(journeyMomentOf('The summit opened in Arusha on Tuesday.')).toBe('none');
  });

  it('makes no candidate of a departure and an arrival or attendance, and keeps two departures', () => {
    const [d, a, t, l] = vectorsOf([departure, []], [arrival, []], [attending, []], [left, []]) as Vector[];
    expect(cosine(d as Vector, a as Vector).score).toBeGreaterThan(WEAK);
    expect(departureOrPresence(d, a)).toBe(true);
    expect(departureOrPresence(d, t)).toBe(true);
    expect(departureOrPresence(d, l)).toBe(false);
    expect(candidatesOf(d as Vector, [a as Vector, t as Vector, l as Vector])).toEqual([2]);
  });
});

describe('round 21: a dotted abbreviation is a name', () => {
  const remark = 'Finance Secretary Njuguna Ndung’u said U.S. duties on tea would fall in March.';
  const other = 'In Nairobi, Finance Secretary Njuguna Ndung’u faced the U.S. team across the table.';

  it('reads "U.S." as a proper name', () => {
    const [r] = vectorsOf([other, []]) as [Vector];
    expect(properKeysOf(r).has('usa')).toBe(true);
    expect(properKeysOf(vectorsOf(['They told us of it in Kampala.', []])[0] as Vector).has('usa')).toBe(
      false,
    );
  });

  it('two sentences that share a person, a title and "U.S." share names alone', () => {
    const [x, y] = vectorsOf([remark, []], [other, []]) as [Vector, Vector];
    expect(cosine(x, y).score).toBeGreaterThanOrEqual(STRONG);
    expect(namesAlone(x, y)).toBe(true);
    expect(candidatesOf(x, [y])).toEqual([]);
  });
});

describe('round 21: what has yet to happen is not what was done', () => {
  const agreed = 'In March, the two sides agreed in principle to resume the Lake Victoria ferry.';
  const pending = 'The Lake Victoria ferry between the two countries, halted in 2019, has yet to resume.';
  const both =
    'The Lake Victoria ferry has not yet returned, although both sides agreed in March to restore it.';
  const negated = 'Both sides still keep patrol boats on the lake, and the ferry service has not begun.';

  it('reads a status from the main part, an act anywhere making it neither', () => {
    expect(statusOf(agreed)).toBe('done');
    expect(statusOf(pending)).toBe('pending');
    expect(statusOf(both)).toBe('none');
    expect(statusOf(negated)).toBe('none');
    expect(statusOf('The ferry crossing is still pending approval.')).toBe('pending');
  });

  it('makes no candidate of a pending thing and an act done', () => {
    const [a, p, b] = vectorsOf([agreed, []], [pending, []], [both, []]) as Vector[];
    expect(cosine(a as Vector, p as Vector).score).toBeGreaterThan(WEAK);
    expect(pendingOrDone(a, p)).toBe(true);
    expect(pendingOrDone(a, b)).toBe(false);
    expect(candidatesOf(a as Vector, [p as Vector, b as Vector])).toEqual([1]);
  });
});

describe('round 21: two sentences that share only their settings in time', () => {
  const steps =
    'Since the agreement on ferry schedules in March 2024, Kenya and Uganda have taken a string of steps to ease trade.';
  const sequence =
    'That meeting came shortly after the two countries agreed on ferry schedules across the lake.';
  const sequence2 = 'The summit comes weeks after the agreement on ferry schedules across the lake.';

  it('reads the settings: a leading "Since …", a sequence sentence\'s relation', () => {
    expect([...settingOf(steps).keys]).toEqual(expect.arrayContaining(['agree', 'ferry', 'schedul']));
    expect(settingOf(steps).keys.has('step')).toBe(false);
    expect(settingOf(steps).sequence).toBe(false);
    expect(settingOf(sequence).sequence).toBe(true);
    expect(settingOf(sequence).keys.has('ferry')).toBe(true);
    expect(settingOf('The ferry resumed on Sunday.').keys.size).toBe(0);
  });

  it('makes no candidate of two sentences whose shared words lie in both settings, unless both tell a timing', () => {
    const [s, q, q2] = vectorsOf([steps, []], [sequence, []], [sequence2, []]) as Vector[];
    expect(cosine(s as Vector, q as Vector).score).toBeGreaterThan(WEAK);
    expect(settingsOnly(s, q)).toBe(true);
    expect(settingsOnly(q, q2)).toBe(false);
    expect(candidatesOf(s as Vector, [q as Vector])).toEqual([]);
    expect(candidatesOf(q as Vector, [q2 as Vector])).toEqual([0]);
  });
});

describe('round 21: who led a side is not what was done', () => {
  const done =
    'Foreign Minister Musalia Mudavadi and Foreign Minister Jeje Odongo held the fourth meeting of the joint commission in Kampala on May 8.';
  const roles =
    'Kenya was represented by Foreign Minister Musalia Mudavadi and Uganda by Foreign Minister Jeje Odongo.';
  const setting =
    'The deal builds on talks in Kampala, where the Ugandan delegation was led by Foreign Minister Jeje Odongo.';

  it('reads a role from the main part, a clause of place aside', () => {
    expect(tellsRole(roles)).toBe(true);
    expect(tellsRole('Odongo led the Ugandan delegation at those talks.')).toBe(true);
    expect(tellsRole(setting)).toBe(false);
    expect(tellsRole(done)).toBe(false);
  });

  it('makes no candidate of a role and an act', () => {
    const [d, r] = vectorsOf(
      [done, ['person.mudavadi', 'person.odongo']],
      [roles, ['person.mudavadi', 'person.odongo']],
    ) as Vector[];
    expect(cosine(d as Vector, r as Vector).score).toBeGreaterThan(WEAK);
    expect(roleOrAct(d, r)).toBe(true);
    expect(candidatesOf(d as Vector, [r as Vector])).toEqual([]);
  });
});

const claim = (over: Partial<SideClaim>): SideClaim => ({
  sentence: 0,
  start: 0,
  end: 10,
  quote: 'five-year',
  factId: 'quantity.ferry-gap-years',
  verdict: 'consistent',
  resolved: '5 years',
  record: '5 years',
  ...over,
});
const lookup = () => undefined;

describe('round 21: a bound that misses the figure is a conflict', () => {
  it('compares a bound with an exact figure by two units and a quarter', () => {
    const five = { quote: 'five-year', resolved: '5 years' };
    expect(boundMisses({ quote: 'more than three years', resolved: '3 years' }, five)).toBe(true);
    expect(boundMisses({ quote: 'more than four years', resolved: '4 years' }, five)).toBe(false);
    expect(
      boundMisses(
        { quote: 'more than 5,000 applicants', resolved: '5000 people' },
        { quote: '5,561', resolved: '5561 people' },
      ),
    ).toBe(false);
    expect(
      boundMisses(
        { quote: 'fewer than 40 rangers', resolved: '40 people' },
        { quote: '20 rangers', resolved: '20 people' },
      ),
    ).toBe(true);
    expect(boundMisses({ quote: 'about three years', resolved: '3 years' }, five)).toBe(false);
  });

  it('reports the two values even when both fit the record', () => {
    const a = [claim({ quote: 'more than three years', resolved: '3 years' })];
    const b = [claim({ sentence: 2 })];
    const out = conflictsOf(a, b, lookup);
    expect(out).toHaveLength(1);
    expect(out[0]?.supports).toBe('b');
    expect(conflictsOf([claim({ quote: 'more than four years', resolved: '4 years' })], b, lookup)).toEqual(
      [],
    );
  });
});

describe('round 21: a length in days against a span of dates', () => {
  const span = claim({
    quote: 'Aug. 18 to 20',
    factId: 'event.odongo-visit',
    resolved: '18–20 Aug 2025',
    record: '18–19 Aug 2025',
    sentence: 3,
  });
  const twoDay = claim({
    quote: 'two-day',
    factId: 'event.odongo-visit',
    resolved: '2 days',
    record: '18–19 Aug 2025',
    verdict: 'differs',
  });

  it('counts a span inclusively', () => {
    expect(lengthAgainstSpan(twoDay, span)).toBe(true);
    expect(lengthAgainstSpan({ ...twoDay, resolved: '3 days' }, span)).toBe(false);
    expect(lengthAgainstSpan({ ...twoDay, quote: 'about two days' }, span)).toBe(false);
    expect(lengthAgainstSpan(twoDay, { ...span, resolved: 'Aug 2025' })).toBe(false);
  });

  it('is a conflict when the two claims are compared', () => {
    expect(conflictsOf([twoDay], [span], lookup)).toHaveLength(1);
    expect(conflictsOf([{ ...twoDay, resolved: '3 days' }], [span], lookup)).toEqual([]);
  });
});

describe('round 21: a length in hours and minutes is a length in minutes', () => {
  it('writes hours and minutes as minutes', () => {
    expect(hoursAsMinutes('the crossing lasted about an hour and 40 minutes.')).toBe(
      'the crossing lasted about 100 minutes.',
    );
    expect(hoursAsMinutes('it took two hours and forty-five minutes')).toBe('it took 165 minutes');
    expect(hoursAsMinutes('one hour 5 minutes')).toBe('65 minutes');
    expect(hoursAsMinutes('an hour and a half later')).toBe('an hour and a half later');
  });

  it('gives the two wordings one figure key', () => {
    const keys = (s: string) => tokenize(s).map((t) => t.key);
    expect(keys('The ferry crossing lasted about an hour and forty minutes.')).toEqual(
      expect.arrayContaining(['#100', 'minut']),
    );
    const [a, b] = vectorsOf(
      ['The ferry crossing from Kisumu lasted about an hour and 40 minutes.', []],
      ['The crossing took roughly 100 minutes.', []],
    ) as [Vector, Vector];
    expect(cosine(a, b).shared).toBe(3);
  });
});
