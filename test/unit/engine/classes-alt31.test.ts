/**
 * Altered single dates that no candidate owns (issue #7, ADR 0134): a "when" clause right after the
 * date with no comma before it says what happened then, as ADR 0038 reads one after a comma.
 * Sentences written for the rule (not the corpus text); the `differs` test fails without it.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

const GALWAN = 'event.galwan-clash'; // the night of 15–16 June 2020
const soured = (date: string) =>
  `Ties between the two neighbours soured in ${date} when troops clashed in the Galwan Valley.`;

describe('a "when" clause with no comma after the date names the dated event', () => {
  it('a wrong month for the clash named in the "when" clause: differs', () => {
    expect(claimAt(soured('June 2021'), '2025-06-01', 'June 2021')).toMatchObject({
      fact: GALWAN,
      verdict: 'differs',
    });
  });
  it('a wrong year alone: differs', () => {
    expect(claimAt(soured('2019'), '2025-06-01', '2019')).toMatchObject({ fact: GALWAN, verdict: 'differs' });
  });
  it('the right month stays consistent', () => {
    expect(claimAt(soured('June 2020'), '2025-06-01', 'June 2020')).toMatchObject({
      fact: GALWAN,
      verdict: 'consistent',
    });
  });
  it('a "when" clause that dates its own event does not take the date', () => {
    // The controls are the clause's own "Oct. 9"'s; "last week" is the pause's, not theirs.
    const text =
      'Carmakers got a reprieve last week when China agreed to hold off for a year on the export controls on lithium batteries and superhard materials it unveiled Oct. 9.';
    expect(claimAt(text, '2025-11-03', 'last week')?.fact).not.toBe(
      'instrument.mofcom-october-2025-controls',
    );
    expect(claimAt(text, '2025-11-03', 'Oct. 9')).toMatchObject({
      fact: 'instrument.mofcom-october-2025-controls',
      verdict: 'consistent',
    });
  });
});

const DELHI = 'event.misri-sun-weidong-delhi-jun-2025'; // 12 June 2025
const raised = (date: string) =>
  `Misri and Sun held talks again in New Delhi on ${date}, when the Indian side raised Beijing's curbs on rare-earth magnet exports.`;

describe('rule 2: a cue split between the date’s clause and its "when" clause is whole', () => {
  it('a wrong day of the meeting whose cue the "when" clause completes: differs', () => {
    expect(claimAt(raised('June 3'), '2025-07-01', 'June 3')).toMatchObject({
      fact: DELHI,
      verdict: 'differs',
    });
  });
  it('the right day stays consistent', () => {
    expect(claimAt(raised('June 12'), '2025-07-01', 'June 12')).toMatchObject({
      fact: DELHI,
      verdict: 'consistent',
    });
  });
});
