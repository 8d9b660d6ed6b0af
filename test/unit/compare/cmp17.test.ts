/**
 * Round 17 (ADR 0022, "Round 17 (cmp17)"): rules with sentences of their own (Kenya, Uganda,
 * tea, trains), each in its own describe; each fails with its rule removed.
 */
import { describe, expect, it } from 'vitest';
import { splitMinor } from '../../../src/core/compare/clauses';
import { gatheringRoleOf, summitOrMeetingAt } from '../../../src/core/compare/gatherings';
import { compareArticles } from '../../../src/core/compare/index';
import { meetingOrOutcome, meetingPartOf } from '../../../src/core/compare/outcomes';
import { asksAlone, directionsOf, otherDirection } from '../../../src/core/compare/predicates';

const v = (text: string) => ({ w: new Map<string, number>(), norm: 1, text });
const pairsOf = (a: readonly string[], b: readonly string[]) =>
  compareArticles(a.join(' '), b.join(' ')).pairs.map((p) => [p.a, p.b]);

describe('round 17: stopped or restarted, in alignment', () => {
  it('does not pair a flow stopped with the same flow restarted', () => {
    const a = [
      'Kenya and Uganda signed a rail pact in Kampala on Monday, officials said.',
      'Passenger trains between Nairobi and Kampala were suspended in 2019.',
      'The pact takes effect in July.',
    ];
    const b = [
      'Officials said Kenya and Uganda had signed a rail pact in Kampala on Monday.',
      'Passenger trains between Nairobi and Kampala resumed on Friday after a gap of four years.',
      'The pact will take effect in July.',
    ];
    expect(pairsOf(a, b)).toEqual([
      [0, 0],
      [2, 2],
    ]);
  });
});

describe('round 17: a state that lasts is not an act', () => {
  it('reads "remained restricted", "stay suspended" as no direction', () => {
    expect([
      ...directionsOf('When Kenya relaxed the tea ban in May, exports to Uganda remained restricted.'),
    ]).toEqual([]);
    expect([...directionsOf('Trains to Kampala stay suspended.')]).toEqual([]);
    expect([...directionsOf('Trains to Kampala were suspended in 2019.')]).toEqual(['halt']);
    expect(
      otherDirection(
        v('When Kenya relaxed the tea ban in May, exports to Uganda remained restricted.'),
        v('It partly relaxed that ban in May with quotas, but kept Uganda out of the relaxation.'),
      ),
    ).toBe(false);
  });
});

describe('round 17: a comma that closes a full date', () => {
  it('does not open an appositive after "Month D, YYYY,"', () => {
    const s = 'Kenya suspended until Jan. 5, 2027, the tea export curbs it announced in March.';
    expect(splitMinor(s).main).toContain('the tea export curbs');
    expect([...directionsOf(s)]).toEqual(['lift']);
    // An appositive after a day without a year is still one.
    expect(
      splitMinor('The two presidents met in Kampala on Monday, their first meeting since 2019.').main,
    ).not.toContain('first meeting');
  });
});

describe('round 17: "restart" lifts', () => {
  it('reads restart as restarting a flow', () => {
    expect([...directionsOf('They agreed in principle to restart direct trains.')]).toEqual(['lift']);
    expect(
      otherDirection(
        v('They agreed in principle to restart direct trains, which have been suspended since 2019.'),
        v('Direct trains were halted in 2019.'),
      ),
    ).toBe(true);
  });
});

describe('round 17: a meeting and what it agreed', () => {
  it('reads the meeting or its outcome in the main part', () => {
    expect(meetingPartOf('Mudavadi will hold the third round of border talks with Odongo on Tuesday.')).toBe(
      'meeting',
    );
    expect(meetingPartOf('Mudavadi and Odongo agreed on Tuesday to set up a border commission.')).toBe(
      'outcome',
    );
    expect(meetingPartOf('Mudavadi met Odongo and agreed to reopen the border.')).toBeUndefined();
    expect(
      meetingOrOutcome(
        v('Mudavadi hosted Odongo in Nairobi on Thursday and raised the tea tariffs.'),
        v('At talks in Nairobi last week, Mudavadi and Odongo agreed to hold trade dialogues.'),
      ),
    ).toBe(true);
  });

  it('does not pair a meeting with an outcome of it', () => {
    const a = [
      'Kenyan Foreign Minister Musalia Mudavadi arrived in Kampala on Monday on a two-day visit.',
      'Mudavadi will hold the third round of border talks with Ugandan Foreign Minister Jeje Odongo on Tuesday.',
      'Trade between Kenya and Uganda reached $3.1 billion last year.',
    ];
    const b = [
      'Kenyan Foreign Minister Musalia Mudavadi arrived in Kampala on Monday for a two-day visit.',
      'Mudavadi and Odongo agreed on Tuesday to set up a joint commission on the border talks.',
      'Trade between Kenya and Uganda reached $3.1 billion last year, official data show.',
    ];
    expect(pairsOf(a, b)).toEqual([
      [0, 0],
      [2, 2],
    ]);
  });

  it('reads a meeting in a clause of time as the setting of an outcome', () => {
    const taken = 'The decision to reopen the border was taken when Mudavadi met Odongo in Kampala in May.';
    expect(meetingPartOf(taken)).toBeUndefined();
    expect(
      meetingOrOutcome(
        v(taken),
        v('Kenya and Uganda agreed to reopen the border during talks between Mudavadi and Odongo in May.'),
      ),
    ).toBe(false);
  });
});

describe('round 17: someone at a summit is not the summit', () => {
  it('reads a trip for a summit apart from the summit itself', () => {
    const trip = 'Ruto is in Kampala on a two-day visit, May 4 and 5, for the East African Community summit.';
    const summit = 'The East African Community summit is being held in Kampala from May 4 to 6.';
    expect(gatheringRoleOf(trip)).toBe('presence-at');
    expect(summitOrMeetingAt(v(trip), v(summit))).toBe(true);
    // Its minor part tells the summit happening too: not compared.
    const both =
      'Ruto is in Kampala for the East African Community summit, which is being held from May 4 to 6.';
    expect(gatheringRoleOf(both)).toBeUndefined();
    expect(summitOrMeetingAt(v(both), v(summit))).toBe(false);
  });
});

describe("round 17: a question in the writer's voice", () => {
  it('pairs a question only with a question', () => {
    expect(asksAlone(v('What is the East African Community?'), v('The community covers eight states.'))).toBe(
      true,
    );
    expect(asksAlone(v('What is the community?'), v('What is the East African Community?'))).toBe(false);
    expect(asksAlone(v('"Why now?" Ruto asked.'), v('Ruto asked why now.'))).toBe(false);
  });
});
