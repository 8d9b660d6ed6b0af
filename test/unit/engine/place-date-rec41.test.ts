/**
 * ADR 0174: a date beside a place dates the one event held there then (place-date.ts), and only
 * confirms. Sentences written for these tests (not from the eval corpus).
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

const GALWAN = 'event.galwan-clash'; // 15–16 June 2020, Galwan Valley
const STANDOFF = 'event.lac-standoff-2020'; // 5–6 May 2020, Pangong Tso

describe('a date beside a place dates the one event held there then', () => {
  it('"what happened in the Galwan Valley in June 2020": the Galwan clash, consistent', () => {
    const t =
      'Trade between the neighbours cooled sharply after what happened in the Galwan Valley in June 2020.';
    expect(claimAt(t, '2025-03-02', 'June 2020')).toMatchObject({ fact: GALWAN, verdict: 'consistent' });
  });
  it('"the Galwan Valley incident of June 2020": the Galwan clash', () => {
    const t = 'Ties between the neighbours soured after the Galwan Valley incident of June 2020.';
    expect(claimAt(t, '2025-03-02', 'June 2020')).toMatchObject({ fact: GALWAN, verdict: 'consistent' });
  });
  it('"a scuffle at Pangong Tso in early May 2020": the start of the standoff', () => {
    const t =
      'Soldiers traded punches during a scuffle at Pangong Tso in early May 2020, officials recalled.';
    expect(claimAt(t, '2025-03-02', 'May 2020')).toMatchObject({ fact: STANDOFF, verdict: 'consistent' });
  });
  it('a month with no event of the place in it says nothing (never differs)', () => {
    const t = 'Road building near the Galwan Valley picked up in August 2021.';
    expect(claimAt(t, '2025-03-02', 'August 2021')).toBeNull();
  });
  it('a year is too wide to name one event', () => {
    const t = 'Road building near the Galwan Valley picked up in 2020.';
    expect(claimAt(t, '2025-03-02', '2020')).toBeNull();
  });
  it('a date without its year says nothing ("on Monday" beside Galwan, said two days after the clash)', () => {
    const t = 'Villagers saw army trucks heading into the Galwan Valley on Monday.';
    expect(claimAt(t, '2020-06-17', 'Monday')).toBeNull();
  });
  it('a bound dates the start of a state, not the event', () => {
    const t = 'Patrols near Pangong Tso have been tense since May 2020.';
    expect(claimAt(t, '2025-03-02', 'May 2020')?.fact ?? null).not.toBe(STANDOFF);
  });
});
