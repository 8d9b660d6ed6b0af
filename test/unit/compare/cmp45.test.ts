/**
 * Round cmp45 (ADR 0132): compare's conflicts and wrong pairs, with claims and sentences of our own
 * (a night ferry across a strait); each test fails with its rule removed.
 */
import { describe, expect, it } from 'vitest';
import { dayEdge } from '../../../src/core/compare/day-edge';
import type { SideClaim } from '../../../src/core/compare/facts';
import { conflictsOf } from '../../../src/core/compare/facts-view';
import { acrossMidnight, tellsValue } from '../../../src/core/compare/values';

const claim = (
  over: Partial<SideClaim> & Pick<SideClaim, 'factId' | 'quote' | 'resolved' | 'record'>,
): SideClaim => ({
  sentence: 0,
  start: 40,
  end: 50,
  verdict: over.resolved === over.record ? 'consistent' : 'differs',
  ...over,
});

const facts = new Map([
  ['event.ferry-first-crossing', { id: 'event.ferry-first-crossing', title: 'First night ferry crosses' }],
  ['event.strait-storm', { id: 'event.strait-storm', title: 'Storm closes the strait' }],
]);
const lookup = (id: string) => facts.get(id) as never;

describe('dates at the edge of a day (day-edge.ts)', () => {
  const at = (s: string, q: string) => dayEdge(s, s.indexOf(q), s.indexOf(q) + q.length);

  it('reads the edge written before or after the date', () => {
    expect(at('The ferry left the quay on Friday night after a long wait.', 'on Friday')).toBe('late');
    expect(at('The ferry left the quay late on Friday.', 'Friday')).toBe('late');
    expect(at('It docked at the far harbour early Saturday, officials said.', 'Saturday')).toBe('early');
    expect(at('It docked in the early hours of Saturday.', 'Saturday')).toBe('early');
    expect(at('The ferry left the quay on Friday with 40 cars.', 'on Friday')).toBeUndefined();
  });

  it('takes a late day and the next one, or a day and an early next one, for one moment', () => {
    expect(acrossMidnight({ resolved: '6 Jun 2031', edge: 'late' }, { resolved: '7 Jun 2031' })).toBe(true);
    expect(acrossMidnight({ resolved: '7 Jun 2031', edge: 'early' }, { resolved: '6 Jun 2031' })).toBe(true);
    // The wrong way round, two days apart, or no edge at all: two dates.
    expect(acrossMidnight({ resolved: '6 Jun 2031', edge: 'early' }, { resolved: '7 Jun 2031' })).toBe(false);
    expect(acrossMidnight({ resolved: '5 Jun 2031', edge: 'late' }, { resolved: '7 Jun 2031' })).toBe(false);
    expect(acrossMidnight({ resolved: '6 Jun 2031' }, { resolved: '7 Jun 2031' })).toBe(false);
  });

  it('makes no conflict of "left on Friday night" and "docked early Saturday"', () => {
    // A: "The first night ferry left the quay on Friday night …" (the record's day)
    // B: "The first night ferry docked at the far harbour early Saturday, …"
    const a = claim({
      factId: 'event.ferry-first-crossing',
      quote: 'on Friday',
      resolved: '6 Jun 2031',
      record: '6 Jun 2031',
      edge: 'late',
    });
    const b = claim({
      factId: 'event.ferry-first-crossing',
      quote: 'Saturday',
      resolved: '7 Jun 2031',
      record: '6 Jun 2031',
      edge: 'early',
    });
    expect(conflictsOf([a], [b], lookup)).toEqual([]);
    // Written as whole days, the two are a conflict.
    const plain = (c: SideClaim): SideClaim => ({ ...c, edge: undefined });
    expect(conflictsOf([plain(a)], [plain(b)], lookup).map((c) => c.factId)).toEqual([
      'event.ferry-first-crossing',
    ]);
  });
});

describe('a value the other article also tells (values.ts tellsValue)', () => {
  it('takes a span of days for each day in it, never a month, a year or a shorter span', () => {
    const v = (resolved: string) => ({ resolved, quote: resolved });
    expect(tellsValue(v('15 Jun 2031'), v('15–16 Jun 2031'))).toBe(true);
    expect(tellsValue(v('15 Jun 2031'), v('Jun 2031'))).toBe(false);
    expect(tellsValue(v('15 Jun 2031'), v('2031'))).toBe(false);
    expect(tellsValue(v('15–17 Jun 2031'), v('15 Jun 2031'))).toBe(false);
  });

  it('makes no conflict of a day the other article gives too, beside its other date', () => {
    // A: "The storm closed the strait on the night of June 15, 2031."
    // B: "A year has passed since the storm of June 15-16, 2031, closed the strait."
    //    "Trouble began weeks before the storm, with a squall on May 5, 2031." (read as the storm's)
    const a = claim({
      factId: 'event.strait-storm',
      quote: 'June 15, 2031',
      resolved: '15 Jun 2031',
      record: '15–16 Jun 2031',
      verdict: 'consistent',
      unnamed: true,
    });
    const b1 = claim({
      factId: 'event.strait-storm',
      quote: 'June 15-16, 2031',
      resolved: '15–16 Jun 2031',
      record: '15–16 Jun 2031',
    });
    const b7 = claim({
      sentence: 6,
      factId: 'event.strait-storm',
      quote: 'May 5, 2031',
      resolved: '5 May 2031',
      record: '15–16 Jun 2031',
      unnamed: true,
    });
    const alike = () => true;
    expect(conflictsOf([a], [b1, b7], lookup, alike)).toEqual([]);
    // Without B's own "June 15-16", B's other date is a conflict.
    expect(conflictsOf([a], [b7], lookup, alike).map((c) => c.factId)).toEqual(['event.strait-storm']);
  });
});
