/**
 * Round 14 (ADR 0022, gatherings.ts): a summit and a meeting held at it. Stories of one summit
 * tell the gathering itself (it opens, it runs, it is held) and a bilateral meeting on its
 * sidelines in the same names, place and dates; an editor aligns neither with the other.
 */
import { describe, expect, it } from 'vitest';
import { gatheringRoleOf, summitOrMeetingAt } from '../../../src/core/compare/gatherings';
import { compareArticles } from '../../../src/core/compare/index';

const v = (text: string) => ({ w: new Map<string, number>(), norm: 1, text });
const pairsOf = (a: readonly string[], b: readonly string[]) =>
  compareArticles(a.join(' '), b.join(' ')).pairs.map((p) => [p.a, p.b]);

describe('round 14: a summit and a meeting at it', () => {
  it('reads whether the main part tells the gathering or a meeting held at it', () => {
    expect(gatheringRoleOf('The African Union summit is being held in Nairobi on May 4 and 5.')).toBe(
      'itself',
    );
    expect(gatheringRoleOf('African leaders opened their annual summit in Nairobi on Sunday.')).toBe(
      'itself',
    );
    expect(gatheringRoleOf('The summit runs from May 4 to May 5.')).toBe('itself');
    expect(gatheringRoleOf('Kenya is hosting the two-day African Union summit.')).toBe('itself');
    expect(gatheringRoleOf('Ruto met Museveni on the sidelines of the African Union summit on Sunday.')).toBe(
      'meeting-at',
    );
    expect(gatheringRoleOf('Ruto and Museveni held talks at the summit in Nairobi.')).toBe('meeting-at');
    // Both told: the meeting, and where the summit is.
    expect(
      gatheringRoleOf('Ruto and Museveni met in Nairobi, where Kenya is hosting the summit.'),
    ).toBeUndefined();
    // No meeting: a visit for a summit is someone's presence at it (round 17), a summit attended
    // in other words is not read.
    expect(gatheringRoleOf('Museveni is in Nairobi for the African Union summit.')).toBe('presence-at');
    expect(gatheringRoleOf('Museveni will attend the African Union summit in Nairobi.')).toBeUndefined();
    // A summit in a subordinate clause is background.
    expect(
      gatheringRoleOf('Ruto met Museveni on Sunday, after the summit opened in Nairobi.'),
    ).toBeUndefined();
  });

  it('tells the two apart, and keeps two tellings of one summit or of one meeting together', () => {
    const summit = v('The African Union summit is being held in Nairobi on May 4 and 5.');
    const meeting = v(
      'Ruto and Museveni held talks in Nairobi on May 4 on the margins of the African Union summit.',
    );
    expect(summitOrMeetingAt(summit, meeting)).toBe(true);
    expect(summitOrMeetingAt(meeting, summit)).toBe(true);
    expect(summitOrMeetingAt(summit, v('Kenya is hosting the African Union summit on May 4 and 5.'))).toBe(
      false,
    );
    expect(summitOrMeetingAt(meeting, v('Ruto met Museveni at the African Union summit on May 4.'))).toBe(
      false,
    );
  });

  it('does not pair the summit with the meeting on its sidelines', () => {
    const a = [
      'Leaders of the African Union opened their annual summit in Nairobi on Sunday.',
      'The two presidents also met.',
      'They discussed the railway from Mombasa to Kampala.',
    ];
    const b = [
      'Ugandan President Yoweri Museveni met Kenyan President William Ruto on the margins of the African Union summit in Nairobi on Sunday.',
      'The two discussed the railway from Mombasa to Kampala.',
      'Nairobi is hosting the gathering on Sunday and Monday.',
    ];
    // Without the rule the summit's lead takes the meeting sentence (0.31 against 0.22).
    expect(pairsOf(a, b)).toEqual([
      [1, 0],
      [2, 1],
    ]);
  });
});
