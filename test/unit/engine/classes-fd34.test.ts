/**
 * Session 30's fd34 rules (ADR 0136), with sentences written for the rules from the dossier (not
 * from the eval corpus or the stress sets), each checked to fail without its rule.
 */
import { describe, expect, it } from 'vitest';
import { claimAt, claims } from './claims-of';

const START = 'event.mofcom-october-2025-controls-effective'; // 8 Nov 2025
const NO61 = 'event.mofcom-announcement-61-effective'; // 1 Dec 2025
const APRIL = 'instrument.mofcom-announcement-18-2025'; // 4 Apr 2025

const noDiffers = (text: string, published: string) =>
  expect(
    claims(text, published).filter((c) => c.verdict === 'differs'),
    text,
  ).toEqual([]);

describe("a start verb's day that fits one part of an instrument outweighs a sibling part's keywords (instrument-dates.ts)", () => {
  const text =
    "Beijing's paused package would have widened its rare-earth licensing and, from Dec. 1, covered foreign-made magnets with Chinese-origin material. Most of the provisions were slated to take effect Nov. 8.";
  it('the second sentence\'s "Nov. 8" is the package\'s scheduled start, not a wrong day of the Dec. 1 part', () => {
    expect(claimAt(text, '2025-11-02', 'Nov. 8')).toMatchObject({ fact: START, verdict: 'consistent' });
    noDiffers(text, '2025-11-02');
  });
  it('the part the first sentence dates keeps its own day', () => {
    expect(claimAt(text, '2025-11-02', 'Dec. 1')).toMatchObject({ fact: NO61, verdict: 'consistent' });
  });
});

describe("a topic's stand-in event takes no date from a cue split into another part (segment-date.ts)", () => {
  it('"The April 4 curbs …, which brought magnet shortages to carmakers this spring": no differs on the licences', () => {
    const t =
      'The April 4 curbs on heavy rare earths, which brought magnet shortages to carmakers this spring, are still in force.';
    noDiffers(t, '2025-11-02');
    expect(claimAt(t, '2025-11-02', 'this spring')).toMatchObject({ fact: APRIL, verdict: 'consistent' });
  });
  it('"… restrictions on seven rare earths, which triggered magnet shortages at Indian car plants this spring"', () => {
    const t =
      "Beijing's April 4 restrictions on seven rare earths, which triggered magnet shortages at Indian car plants this spring, still apply.";
    noDiffers(t, '2025-11-02');
  });
  it('(guard) a wrong day of the curbs themselves is still called wrong', () => {
    const t =
      'The April 14 curbs on heavy rare earths, which brought magnet shortages to carmakers this spring, are still in force.';
    expect(claimAt(t, '2025-11-02', 'April 14')).toMatchObject({ fact: APRIL, verdict: 'differs' });
  });
});
