/**
 * An instrument brought in by stages (instrument-stages.ts): a start date tied to one stage that
 * is another stage's day is `context` or that stage's, never `differs`; a day that is no stage's,
 * the instrument's own (announcement) day, and siblings under an event or a topic stay claims.
 * Sentences written for the rule; the two "not differs" cases are `differs` without it.
 */
import { describe, expect, it } from 'vitest';
import { type DateInterval, parsePartialDate } from '../../../src/core/claims/dates';
import { otherStageAgrees } from '../../../src/core/claims/instrument-stages';
import type { Fact } from '../../../src/core/facts/schema';
import { claimAt, factById } from './claims-of';

const PUBLISHED = '2025-10-20';
const START = 'event.mofcom-october-2025-controls-effective';

describe('a start date that is another stage of the same instrument', () => {
  it('"the rest of … was due to kick in on Dec. 1" (No. 61\'s own start) is not called wrong', () => {
    const c = claimAt(
      "The rest of China's October rare-earth controls was due to kick in on Dec. 1.",
      PUBLISHED,
      'Dec. 1',
    );
    expect(c).not.toBeNull();
    expect(c?.verdict).not.toBe('differs');
  });
  it('nor is the package said to kick in on Dec. 1 (some of it was due then)', () => {
    const c = claimAt(
      "China's October rare-earth controls were due to kick in on Dec. 1.",
      PUBLISHED,
      'Dec. 1',
    );
    expect(c?.verdict).not.toBe('differs');
  });
  it('a day that is no stage\'s ("Dec. 15") is still wrong', () => {
    expect(
      claimAt("China's October rare-earth controls were due to kick in on Dec. 15.", PUBLISHED, 'Dec. 15'),
    ).toMatchObject({ fact: START, verdict: 'differs' });
  });
  it("the instrument's own announcement day is no stage: a start on Oct. 9 is still wrong", () => {
    expect(
      claimAt(
        "Beijing's October export controls on rare earths were due to kick in on Oct. 9.",
        PUBLISHED,
        'Oct. 9',
      ),
    ).toMatchObject({ fact: START, verdict: 'differs' });
  });
});

describe('otherStageAgrees', () => {
  const fact = (id: string) => factById(id) as Fact;
  const partsOf = new Map<string, Fact[]>([
    [
      'instrument.mofcom-october-2025-controls',
      [fact(START), fact('event.mofcom-announcement-61-effective')],
    ],
    [
      'event.lac-patrolling-agreement-2024',
      [fact('event.depsang-demchok-disengagement'), fact('event.depsang-demchok-patrols-resumed')],
    ],
  ]);
  const day = (s: string) => parsePartialDate(s) as DateInterval;
  it('names the other stage whose day agrees', () => {
    expect(otherStageAgrees(fact(START), day('2025-12-01'), factById, partsOf)).toMatch(/No\. 61/);
  });
  it('says nothing when the day agrees with no other stage', () => {
    expect(otherStageAgrees(fact(START), day('2025-12-15'), factById, partsOf)).toBeNull();
  });
  it('parts of an event (the disengagement, then the patrols) are not stages', () => {
    expect(
      otherStageAgrees(fact('event.depsang-demchok-disengagement'), day('2024-11-01'), factById, partsOf),
    ).toBeNull();
  });
});
