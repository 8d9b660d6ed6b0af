/**
 * Session 4's engine rules (issue #7), each with sentences written for the rule (not from the
 * eval corpus): a wrong date or figure the engine used to drop silently is now caught, and the
 * near-miss sentence beside it still is not called wrong.
 */
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../../src/core/annotate';
import { BUNDLED_PACKS } from '../../../src/core/facts/bundled';
import { buildFactBase } from '../../../src/core/facts/factbase';

const { matcher, factById } = buildFactBase(BUNDLED_PACKS);
const claims = (text: string, published: string | null) =>
  annotateText(text, { matcher, factById, published })
    .filter((a) => a.kind === 'claim')
    .map((a) => ({ quote: a.quote, verdict: a.verdict, fact: a.factIds[0] }));
const claimAt = (text: string, published: string | null, quote: string) =>
  claims(text, published).find((c) => c.quote === quote) ?? null;

describe('a bound word before the value belongs to the clause it ends', () => {
  const say = (date: string) =>
    `Beijing has suspended its sweeping October export controls on rare earths until ${date}, the commerce ministry said.`;
  it('the right end date agrees and a wrong one differs', () => {
    expect(claimAt(say('Nov. 10, 2026'), '2025-11-08', 'Nov. 10, 2026')?.verdict).toBe('consistent');
    expect(claimAt(say('Nov. 10, 2027'), '2025-11-08', 'Nov. 10, 2027')).toMatchObject({
      verdict: 'differs',
      fact: 'event.mofcom-october-2025-controls-suspension-ends',
    });
  });
  it('"until" that opens a clause still starts a new one', () => {
    const text =
      'Patrols stayed suspended in Depsang until the two armies disengaged, which officials said happened in March 2023.';
    expect(claims(text, '2024-11-10').filter((c) => c.verdict === 'differs')).toEqual([]);
  });
});

describe('a place name with a meeting’s words is the meeting held there', () => {
  it('"held talks in Kazan … in November 2024" is a wrong date for the Kazan meeting', () => {
    const text =
      'Narendra Modi will see Xi Jinping again this week. Ties have improved since the two leaders held talks in Kazan, Russia, in November 2024.';
    expect(claimAt(text, '2025-08-31', 'November 2024')).toMatchObject({
      fact: 'event.kazan-modi-xi-meeting',
      verdict: 'differs',
    });
  });
  it('arriving in the city is not the meeting', () => {
    const text =
      'Narendra Modi will see Xi Jinping again this week. Modi arrived in Kazan in November 2024 for a cultural festival.';
    expect(claims(text, '2025-08-31').filter((c) => c.verdict === 'differs')).toEqual([]);
  });
});

describe('a rule’s threshold is not a statistic whose period the date is', () => {
  const say = (date: string) =>
    `Rules reaching foreign-made goods with as little as 0.1 percent Chinese-origin rare earths by value were set to take effect on ${date}.`;
  it('the start date is still checked against the rule’s effective date', () => {
    expect(claimAt(say('Dec. 1'), '2025-10-20', 'Dec. 1')?.verdict).toBe('consistent');
    expect(claimAt(say('Jan. 1'), '2025-10-20', 'Jan. 1')?.verdict).toBe('differs');
  });
  it('a real statistic still dates only itself', () => {
    const text =
      'Exports of rare-earth magnets to India in June 2024 were 58 percent lower, customs data showed.';
    expect(claims(text, '2025-08-01').filter((c) => c.verdict === 'differs')).toEqual([]);
  });
});

describe('a disagreeing date is about the candidate whose record it is clearly nearest', () => {
  it('a second candidate 1.5 times farther is no rival', () => {
    // Beijing talks of 26–27 Jan 2025 vs the Delhi talks of 12 Jun 2025: March is ~5 weeks from one, ~10 from the other.
    const text =
      'Vikram Misri first met Sun Weidong in Beijing in March, and the two held a second round in New Delhi later.';
    const found = claims(text, '2025-07-01').find((c) => c.quote === 'in March');
    expect(found).toMatchObject({ fact: 'event.misri-sun-weidong-beijing-jan-2025', verdict: 'differs' });
  });
  it('two candidates about as far stay context', () => {
    const text = 'China unveiled new export controls and suspended older ones on Oct. 30.';
    expect(claims(text, '2025-11-15').filter((c) => c.verdict === 'differs')).toEqual([]);
  });
});
