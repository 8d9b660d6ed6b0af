/**
 * Session 29 (fix29, ADR 0126): a figure stated for another year than its record's is not that
 * record's claim — a share restating a dated figure takes the figure's year, "that year" takes the
 * year named before it in the paragraph — and the Special Representatives' rounds named as "SR
 * rounds". Sentences written for the rules (not from the eval corpus); each positive case fails
 * without its rule, and the right year with a wrong figure still differs.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

const MINE_SHARE = 'quantity.china-rare-earth-mine-share-2024';
const PUB = '2025-11-05';

describe('a share restating a dated figure takes the figure’s year (figure-period.ts)', () => {
  it('"in 2018, about 59% of the world total": another year’s share, context', () => {
    const T = 'China mined 140,000 tons of rare earths in 2018, about 59% of the world total.';
    expect(claimAt(T, PUB, 'about 59%')).toMatchObject({
      fact: MINE_SHARE,
      verdict: 'context',
      reasons: expect.arrayContaining(['other-period']),
    });
  });
  it('the year before the figure ("In 2018, China mined …, about 59%")', () => {
    const T = 'In 2018, China mined 140,000 tons of rare earths, about 59% of the world total.';
    expect(claimAt(T, PUB, 'about 59%')).toMatchObject({ fact: MINE_SHARE, verdict: 'context' });
  });
  it('another year, after "or" ("in 2021, or about 61% of global output")', () => {
    const T = 'China mined 168,000 tons of rare earths in 2021, or about 61% of global output.';
    expect(claimAt(T, PUB, 'about 61%')).toMatchObject({ fact: MINE_SHARE, verdict: 'context' });
  });
  it('the record’s year with a wrong share still differs', () => {
    const T = 'China mined 270,000 tons of rare earths in 2024, about 59% of the world total.';
    expect(claimAt(T, PUB, 'about 59%')).toMatchObject({ fact: MINE_SHARE, verdict: 'differs' });
    const U = 'In 2024, China mined 270,000 tons of rare earths, about 59% of the world total.';
    expect(claimAt(U, PUB, 'about 59%')).toMatchObject({ fact: MINE_SHARE, verdict: 'differs' });
  });
  it('"2018’s output": the year in the share’s own clause (unchanged)', () => {
    const T = "China's rare-earth mines supplied about 59% of 2018's output.";
    expect(claimAt(T, PUB, 'about 59%')).toMatchObject({ fact: MINE_SHARE, verdict: 'context' });
  });
});

describe('"that year" takes the year named before it in the paragraph (figure-period.ts)', () => {
  const T =
    'Beijing’s rare-earth mines turned out 140,000 tons in 2018. That year, China accounted for about 59% of rare-earth mine output.';
  it('"That year" after a sentence about 2018: context', () => {
    expect(claimAt(T, PUB, 'about 59%')).toMatchObject({
      fact: MINE_SHARE,
      verdict: 'context',
      reasons: expect.arrayContaining(['other-period']),
    });
  });
  it('"That year" after a sentence about 2024, with a wrong share: differs', () => {
    expect(
      claimAt(T.replace('140,000 tons in 2018', '270,000 tons in 2024'), PUB, 'about 59%'),
    ).toMatchObject({
      fact: MINE_SHARE,
      verdict: 'differs',
    });
  });
});

describe('the Special Representatives’ rounds named as "SR rounds" (fact base cues)', () => {
  const T = 'The 24th SR round in New Delhi on 29 August produced an expert group on delimitation.';
  it('"The 24th SR round … on 29 August": the round’s day stated wrong', () => {
    expect(claimAt(T, PUB, '29 August')).toMatchObject({ fact: 'event.sr-talks-24th', verdict: 'differs' });
  });
  it('the right day stays consistent', () => {
    expect(claimAt(T.replace('29', '19'), PUB, '19 August')).toMatchObject({
      fact: 'event.sr-talks-24th',
      verdict: 'consistent',
    });
  });
  it('"The 23rd SR round, held in Beijing on 18 November 2024": the 23rd round’s month wrong', () => {
    const U = 'The 23rd SR round, held in Beijing on 18 November 2024, drew little notice.';
    expect(claimAt(U, PUB, '18 November 2024')).toMatchObject({
      fact: 'event.sr-talks-23rd',
      verdict: 'differs',
    });
  });
  it('"the SR round in Beijing … the first in three years": the gap stated wrong', () => {
    const V = 'Beijing’s SR round last December was the first in three years.';
    expect(claimAt(V, PUB, 'three years')).toMatchObject({
      fact: 'quantity.sr-talks-gap-years',
      verdict: 'differs',
    });
  });
});
