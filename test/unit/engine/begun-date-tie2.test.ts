/**
 * ADR 0079: the date of a relative clause of beginning ("… standoff … that began in 2020") is the
 * start of the event named just before the clause (begun-date.ts), and only confirms. Sentences
 * written for these tests (not from the eval corpus).
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

const STANDOFF = 'event.lac-standoff-2020'; // May 2020
const LEAD =
  'The two sides agreed on patrolling arrangements along the Line of Actual Control, easing a military standoff';

describe('a clause of beginning dates the event before it', () => {
  it('"… a military standoff in the western Himalayas that began in 2020": the standoff, consistent', () => {
    const t = `${LEAD} in the western Himalayas that began in 2020.`;
    expect(claimAt(t, '2024-11-02', 'in 2020')).toMatchObject({ fact: STANDOFF, verdict: 'consistent' });
  });
  it('"… that began in the spring of 2020": the standoff, consistent', () => {
    const t = `${LEAD} in the western Himalayas that began in the spring of 2020.`;
    expect(claimAt(t, '2024-11-02', 'spring of 2020')).toMatchObject({
      fact: STANDOFF,
      verdict: 'consistent',
    });
  });
});
