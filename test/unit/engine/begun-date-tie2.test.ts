/**
 * ADR 0079: the date of a relative clause of beginning ("… standoff … that began in 2020") is the
 * start of the event named just before the clause (begun-date.ts), and only confirms. Sentences
 * written for these tests (not from the eval corpus).
 */
import { describe, expect, it } from 'vitest';
import { begunDates } from '../../../src/core/claims/begun-date';
import type { Mention } from '../../../src/core/claims/mention-types';
import { findTemporal } from '../../../src/core/claims/temporal';
import { claimAt, factById } from './claims-of';

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

describe('a present perfect held since a date dates the event before it', () => {
  const t = 'The deal is meant to ease a military standoff that has soured ties since 2020.';
  const at = (word: string) => t.indexOf(word);
  const mention = (id: string, strength: Mention['strength'], positions: number[]): Mention =>
    ({ fact: factById(id), positions, strength, score: 8 }) as unknown as Mention;
  const dates = findTemporal(t, { start: 0, end: t.length } as never, Date.UTC(2024, 9, 24), {} as never);
  it('the event named by its name outweighs one only evidenced by a keyword of it', () => {
    const mentions = [
      mention(STANDOFF, 'alias', [at('military')]),
      mention('event.lac-patrolling-agreement-2024', 'evidence', [at('deal'), at('standoff')]),
    ];
    const got = begunDates(t, dates, [], mentions, Date.UTC(2024, 9, 24));
    expect(got.map((c) => [c.quote, c.factId])).toEqual([['since 2020', STANDOFF]]);
  });
  it('two events named alike: nothing', () => {
    const mentions = [
      mention(STANDOFF, 'evidence', [at('military')]),
      mention('event.lac-patrolling-agreement-2024', 'evidence', [at('deal'), at('standoff')]),
    ];
    expect(begunDates(t, dates, [], mentions, Date.UTC(2024, 9, 24))).toEqual([]);
  });
});
