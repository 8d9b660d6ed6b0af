/**
 * Session 13's card-precision rules (ADR 0047), each with sentences written for the rule (not
 * from the eval corpus), each checked to fail without its rule.
 */
import { describe, expect, it } from 'vitest';
import { claimAt, claims } from './claims-of';

describe('a gap’s own words do not pick between two gaps: what was interrupted does', () => {
  // "first" sits in the length's own phrase and cues the visas' gap (tourist + first) as much as
  // any other; the clause's service is neither the visas nor the pilgrims.
  const text =
    'Since then India has resumed tourist visas for Chinese travellers, pilgrims have returned to Kailash, and on Monday Air India flew the first direct Delhi-Shanghai service in about five years.';
  it('the length is not the tourist visas’ gap', () => {
    expect(claimAt(text, '2025-11-05', 'about five years')?.fact ?? null).not.toBe(
      'quantity.tourist-visa-gap-years',
    );
  });
});

describe('a gap phrase after its clause is that clause’s', () => {
  // ", after a five-year pause" follows the visas' clause; "after" also cues the pilgrimage's gap.
  const text =
    'New Delhi resumed tourist visas for Chinese nationals on July 24, after a five-year pause, and the Kailash Mansarovar Yatra came back in June.';
  it('the length is the visas’ gap, not the pilgrimage’s', () => {
    expect(claimAt(text, '2025-07-30', 'five-year')).toMatchObject({
      fact: 'quantity.tourist-visa-gap-years',
      verdict: 'consistent',
    });
  });
  it('a gap phrase is a gap: not the length of a standoff the clause also names', () => {
    const c = claimAt(
      'The yatra, called off over the stand-off with China, is being held this year after a three-year break, officials said.',
      '2025-07-11',
      'three-year',
    );
    expect(c?.fact ?? null).not.toBe('quantity.ladakh-standoff-duration');
  });
});

describe('a date after a passive verb of stopping is not the date of an event named after it', () => {
  it('"was called off in 2020 … over the standoff" makes no claim for the standoff', () => {
    const text =
      'The bus service was called off in 2020 because of the pandemic and was never restored as relations soured over the standoff in eastern Ladakh.';
    expect(claims(text, '2025-06-01').filter((c) => c.quote.includes('2020'))).toEqual([]);
  });
  it('"were first interrupted by the pandemic in 2020 … the Galwan clash" makes no claim for the clash', () => {
    const text =
      'Cultural exchanges were first interrupted by the pandemic in 2020 and stayed frozen through the crisis that followed the Galwan Valley clash.';
    expect(claims(text, '2025-06-01').filter((c) => c.quote.includes('2020'))).toEqual([]);
  });
  it('a verb that is no stopping still dates the event after it', () => {
    expect(
      claimAt(
        'Ties collapsed in June 2020 after the deadly clash in the Galwan Valley.',
        '2025-06-01',
        'June 2020',
      ),
    ).toMatchObject({ fact: 'event.galwan-clash', verdict: 'consistent' });
  });
});

describe('a passive verb of stopping dates the stopping: it is no wrong date of the resumption', () => {
  // The records are of the resumptions (2025); "called off", "interrupted", "cut" date the stopping.
  it.each([
    ['The Kailash Mansarovar Yatra was called off in 2020 during the pandemic.', '2025-07-11'],
    ['Direct flights between India and China were interrupted in 2020 by the pandemic.', '2025-10-27'],
    [
      'Tourist visas for Chinese nationals were cut off in 2020 over the standoff in eastern Ladakh.',
      '2025-07-30',
    ],
  ])('%s', (text, published) => {
    expect(claimAt(text, published, '2020')?.verdict ?? null).not.toBe('differs');
  });
});

describe('days and month in an undated article, read in the year of a record they agree with', () => {
  it('agreeing days are consistent', () => {
    expect(
      claimAt(
        'Foreign Minister Wang Yi visited New Delhi on Aug. 18-19 for talks on the boundary.',
        null,
        'Aug.',
      ),
    ).toMatchObject({ fact: 'event.wang-yi-india-visit-aug-2025', verdict: 'consistent' });
  });
  it('other days are checked in the year of the one event named in their clause (ADR 0042, round 17), not left open', () => {
    // prec17 alone left this `context`; altd17's reading, tried first, names the event's year.
    expect(
      claimAt(
        'Foreign Minister Wang Yi visited New Delhi on Aug. 25 for talks on the boundary.',
        null,
        'Aug.',
      ),
    ).toMatchObject({ fact: 'event.wang-yi-india-visit-aug-2025', verdict: 'differs' });
  });
});

describe('a date in "last week’s summit between A and B" is the meeting’s', () => {
  const text =
    'Beijing said the pause on its rare-earth export controls honoured a pledge from last week’s summit between President Donald Trump and Xi Jinping.';
  it('no statement or measure the topic stands for owns it', () => {
    const c = claimAt(text, '2025-11-05', 'last week');
    expect(c === null || c.fact === 'event.trump-xi-busan-meeting').toBe(true);
    expect(c?.verdict ?? null).not.toBe('differs');
  });
  it('"a meeting between A and B last week" is that meeting’s, when the date fits it', () => {
    expect(
      claimAt(
        'China suspended the export controls on rare earths on Friday, after a meeting between Presidents Xi Jinping and Donald Trump last week.',
        '2025-11-07',
        'last week',
      ),
    ).toMatchObject({ fact: 'event.trump-xi-busan-meeting', verdict: 'consistent' });
  });
});

describe('a year in a clause about an anniversary is the anniversary’s', () => {
  it('"which mark the 75th anniversary of diplomatic ties this year" dates no flight', () => {
    const text =
      'IndiGo’s Kolkata–Guangzhou direct flights resumed on Sunday, adding to exchanges between the two countries, which mark the 75th anniversary of diplomatic ties this year.';
    expect(claimAt(text, '2025-10-27', 'this year')).toBeNull();
  });
  it('"Noting that this year marks the 75th anniversary" dates no meeting', () => {
    const text =
      'Noting that this year marks the 75th anniversary of diplomatic ties, Xi told Modi in Tianjin that the two countries should be partners.';
    expect(claimAt(text, '2025-08-31', 'this year')).toBeNull();
  });
});
