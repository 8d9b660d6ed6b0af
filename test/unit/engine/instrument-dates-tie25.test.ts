/**
 * ADR 0084: a date an instrument's own verb or noun frames ("the six notices it issued on Oct. 9",
 * "due to bite on Nov. 8", "the April 4 rules") is one of an instrument's recorded days, claimed
 * only where it agrees with exactly one of them (instrument-dates.ts). Sentences written for these
 * tests (not from the eval corpus).
 */
import { describe, expect, it } from 'vitest';
import { claimAt, claims } from './claims-of';

const OCTOBER = 'instrument.mofcom-october-2025-controls'; // 9 Oct 2025
const START = 'event.mofcom-october-2025-controls-effective'; // 8 Nov 2025
const APRIL = 'instrument.mofcom-announcement-18-2025'; // 4 Apr 2025

describe("an instrument's verb dates one of its recorded days", () => {
  it('"… Announcement No. 70 … puts on hold the six notices it issued on Oct. 9": the October controls', () => {
    const t =
      'Announcement No. 70, published jointly with the customs administration, puts on hold the six notices it issued on Oct. 9.';
    expect(claimAt(t, '2025-11-08', 'Oct. 9')).toMatchObject({ fact: OCTOBER, verdict: 'consistent' });
  });
  it('"Beijing\'s October controls …, due to bite on Nov. 8": their scheduled start, not a differs on their issue', () => {
    const t =
      "China's commerce ministry Beijing's October controls on rare earths, due to bite on Nov. 8, widen licensing.";
    expect(claimAt(t, '2025-11-10', 'Nov. 8')).toMatchObject({ fact: START, verdict: 'consistent' });
  });
  it('"the regime Beijing put in place in April", beside the commerce ministry: the April controls', () => {
    const t =
      "The licences fall under the regime China's commerce ministry put in place in April, which covers seven rare earths.";
    expect(claimAt(t, '2025-11-01', 'in April')).toMatchObject({ fact: APRIL, verdict: 'consistent' });
  });
  it('"The April 4 rules" (a day before the rules\' noun), beside the commerce ministry', () => {
    const t = "The April 4 rules of China's commerce ministry require licences for seven rare earths.";
    expect(claimAt(t, '2025-11-01', 'April 4')).toMatchObject({ fact: APRIL, verdict: 'consistent' });
  });
});

describe('only confirms, and only near the instrument', () => {
  it('a day no instrument has ("issued on Oct. 12"): since ADR 0170, differs on the instrument the words name', () => {
    // (ADR 0084 made no claim here; the notices No. 70 puts on hold are the October controls it
    // supersedes, named by the words, not by the day.)
    const t =
      'Announcement No. 70, published jointly with the customs administration, puts on hold the six notices it issued on Oct. 12.';
    expect(claims(t, '2025-11-08').filter((c) => c.quote.includes('Oct. 12'))).toMatchObject([
      { fact: OCTOBER, verdict: 'differs' },
    ]);
  });
  it('"announced its resumption in April" with no instrument near: no claim', () => {
    const t =
      'The Ministry of External Affairs, which organises the yatra, announced its resumption in April.';
    expect(claimAt(t, '2025-06-20', 'in April')).toBeNull();
  });
  it('"the April rules" (a month as the rules\' name): no claim', () => {
    const t = "The April rules of China's commerce ministry require licences for seven rare earths.";
    expect(claimAt(t, '2025-11-01', 'April')).toBeNull();
  });
});
