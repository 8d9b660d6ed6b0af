/**
 * Round 13 (ADR 0022, predicates.ts): what a sentence's main part says is done to a flow or a
 * rule (stopped or restarted), and whether a meeting it tells was planned ("would meet") or held. Two sentences
 * in the same names that tell opposite directions, or a planned and a held meeting, tell two
 * happenings; a paraphrase of one act ("suspended the tariffs" / "lifted the tariffs") stays one.
 */
import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../../src/core/compare/index';
import {
  directionsOf,
  meetingPhaseOf,
  otherDirection,
  otherMeetingPhase,
} from '../../../src/core/compare/predicates';

const v = (text: string) => ({ w: new Map<string, number>(), norm: 1, text });
const pairsOf = (a: readonly string[], b: readonly string[]) =>
  compareArticles(a.join(' '), b.join(' ')).pairs.map((p) => [p.a, p.b]);

describe('round 13: stopped or restarted', () => {
  it('reads the direction of the main part, not of a noun or a subordinate clause', () => {
    expect([...directionsOf('Rail services to Uganda were halted in 2019.')]).toEqual(['halt']);
    expect([...directionsOf('Rail services to Uganda resumed on Monday.')]).toEqual(['lift']);
    expect([...directionsOf('Kenya imposed a ban on tea exports.')]).toEqual(['halt']);
    expect([...directionsOf('Kenya eased its tea export ban.')]).toEqual(['lift']);
    expect([...directionsOf('Kenya raised its tea output, which was halted in 2019.')]).toEqual([]);
    expect([...directionsOf('Trains are back: the first since the pause left Nairobi.')]).toEqual([]);
    expect([...directionsOf('Traders welcomed the lifting of the tea ban.')]).toEqual(['lift']);
  });

  it('counts stopping a restriction as lifting it, before or after the verb', () => {
    expect([...directionsOf('Peru suspended its copper export tariffs for a year.')]).toEqual(['lift']);
    expect([...directionsOf('The copper curbs will be paused until May.')]).toEqual(['lift']);
    expect(
      otherDirection(v('Peru suspended its copper tariffs.'), v('Peru lifted its copper tariffs.')),
    ).toBe(false);
    expect(otherDirection(v('Peru halted copper exports.'), v('Peru resumed copper exports.'))).toBe(true);
    expect(otherDirection(v('Lima lifted the ban it imposed in May.'), v('Lima imposed a ban.'))).toBe(false);
  });
});

describe('round 13: a meeting to come or held', () => {
  it('reads the phase of a meeting in the main part', () => {
    expect(meetingPhaseOf('They agreed the two envoys would meet in Lima soon.')).toBe('planned');
    expect(meetingPhaseOf('They said the envoys would hold talks in May.')).toBe('planned');
    // A plan for the story's own days may be a first version of the meeting another reports held.
    expect(meetingPhaseOf('The envoy is expected to call on the president before leaving.')).toBeUndefined();
    expect(meetingPhaseOf('The two envoys will meet in Lima next week.')).toBeUndefined();
    expect(meetingPhaseOf('The two envoys met in Lima on Monday.')).toBe('held');
    expect(meetingPhaseOf('The envoys have met twice since May.')).toBe('held');
    expect(meetingPhaseOf('The envoys discussed copper.')).toBeUndefined();
    expect(otherMeetingPhase(v('The envoys would meet soon.'), v('The envoys have met twice.'))).toBe(true);
    expect(otherMeetingPhase(v('The envoys met on Monday.'), v('The envoys held talks on Monday.'))).toBe(
      false,
    );
  });

  it('does not pair a meeting agreed on with the meetings held since', () => {
    const a = [
      'Peru and Chile signed a copper pact in Lima on Monday, officials said.',
      'The two presidents agreed that their trade envoys on the copper question would meet at an early date.',
      'The pact takes effect in July.',
    ];
    const b = [
      'Officials said Peru and Chile had signed a copper pact in Lima on Monday.',
      'The trade envoys on the copper question have met twice since then, most recently in Santiago.',
      'The pact will take effect in July.',
    ];
    expect(pairsOf(a, b)).toEqual([
      [0, 0],
      [2, 2],
    ]);
  });
});
