/**
 * Round 22's rules for anchored gaps (issue #7, ADR 0044 round 22), each with sentences written
 * for the rule (not from the eval corpus or the stress sets), each checked to fail without it.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

describe('a gap counted from an announcement the article reported before', () => {
  const told =
    'The deal on border patrols was announced in New Delhi by Foreign Secretary Vikram Misri on Oct. 21. ' +
    'He said grazing would also resume.\n\n' +
    'Three days after that announcement, Narendra Modi and Xi Jinping sat down in Kazan.';
  it('"that announcement" is the last one told of, and its day is what the gap counts from', () => {
    const c = claimAt(told, '2024-11-02', 'Three days after');
    // 21 + 3 = 24 October: not the meeting's day. The announcement told of is the patrolling
    // agreement the fact base records on 21 October, so the gap is wrong (ADR 0045 round 21).
    expect(c).toMatchObject({ fact: 'event.kazan-modi-xi-meeting', verdict: 'differs' });
    const right = told.replace('Three days', 'Two days');
    expect(claimAt(right, '2024-11-02', 'Two days after')).toMatchObject({
      fact: 'event.kazan-modi-xi-meeting',
      verdict: 'consistent',
    });
  });
  it('"<Name>’s announcement" is the last dated sentence in which that person told or said something', () => {
    const text =
      'On October 21, Vikram Misri told journalists that a deal on border patrols had been reached. ' +
      'Analysts were cautious.\n\n' +
      'Two days after Misri’s announcement, Narendra Modi and Xi Jinping held talks in Kazan.';
    expect(claimAt(text, '2024-11-02', 'Two days after')).toMatchObject({
      fact: 'event.kazan-modi-xi-meeting',
      verdict: 'consistent',
    });
  });
  it('an undated last announcement gives no day to count from', () => {
    const text =
      'On October 21 the two sides settled the dispute. Officials later announced that grazing would resume.\n\n' +
      'Two days after that announcement, Narendra Modi and Xi Jinping held talks in Kazan.';
    expect(claimAt(text, '2024-11-02', 'Two days after')).toBeNull();
  });
});

describe('"the same day as <event>" counts from that event', () => {
  it('dates what the main clause tells, counted from the named event', () => {
    const text =
      'Beijing and Washington struck a deal in South Korea. The same day as the Busan meeting, the MEA ' +
      'confirmed that some Indian companies had received licences to import rare-earth magnets.';
    expect(claimAt(text, '2025-11-03', 'same day')).toMatchObject({
      fact: 'event.rare-earth-magnet-licences-indian-firms',
      verdict: 'consistent',
    });
  });
  it('"the same day as well" is no anchor', () => {
    const text =
      'Trump and Xi met in Busan on Oct. 30. The same day as well, the MEA confirmed that some Indian ' +
      'companies had received licences to import rare-earth magnets.';
    expect(claimAt(text, '2025-11-03', 'same day')?.reasons ?? []).not.toContain('read-between');
  });
});
