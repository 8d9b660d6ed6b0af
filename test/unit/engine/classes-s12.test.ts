/**
 * Session 12's engine rules (issue #7, ADR 0046), each with sentences written for the rule (not
 * from the eval corpus or the stress sets), each checked to fail without its rule.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

/** The sentence is not called wrong at `quote` (no claim, or one that is not `differs`). */
const not = (text: string, published: string | null, quote: string) =>
  expect(claimAt(text, published, quote)?.verdict ?? null).not.toBe('differs');

describe('a relative clause’s noun starts after a modal’s verb: "… would in effect scrap controls Beijing imposed in 2022"', () => {
  const text =
    'The White House said on November 1 that the general licences would in effect scrap controls Beijing imposed in April 2025 and October 2022.';
  it('the claim named before the verb does not own the relative clause’s date', () => {
    not(text, '2025-11-04', 'October 2022');
  });
  it('the claim’s own date is still checked', () => {
    expect(claimAt(text, '2025-11-04', 'November 1')).toMatchObject({
      fact: 'event.white-house-general-licences-claim',
      verdict: 'consistent',
    });
  });
});

describe('"the controls that Beijing agreed on Thursday to pause": the clause dates the act, not the controls', () => {
  // Each of these needs all four parts: "that" before a subject and its verb is a relative; "The" at
  // the sentence's start opens its noun phrase; the main clause's "were announced" ends it; "to
  // pause" is an act on the noun.
  it('the act’s day is not the controls’ announcement', () => {
    not(
      'The rare-earth controls that Beijing agreed on Thursday to pause were announced by the commerce ministry on October 9.',
      '2025-10-30',
      'on Thursday',
    );
    not(
      'The rare-earth controls that Beijing agreed on Thursday to pause had been announced three weeks earlier.',
      '2025-10-30',
      'on Thursday',
    );
  });
  it('the controls’ own date, after the main clause’s verb, is still theirs', () => {
    expect(
      claimAt(
        'The rare-earth controls that Beijing agreed on Thursday to pause were announced by the commerce ministry on October 9.',
        '2025-10-30',
        'October 9',
      ),
    ).toMatchObject({ fact: 'instrument.mofcom-october-2025-controls', verdict: 'consistent' });
  });
  it('a list’s comma does not close the clause: the alias after it still names the noun', () => {
    expect(
      claimAt(
        'The controls Beijing announced last Thursday on holmium, superhard materials and lithium batteries are to take effect on November 8.',
        '2025-10-15',
        'last Thursday',
      ),
    ).toMatchObject({ fact: 'instrument.mofcom-october-2025-controls', verdict: 'consistent' });
  });
  it('a copula’s predicate names the subject itself: "The encounter that took place on Wednesday was the first … meeting"', () => {
    expect(
      claimAt(
        'The encounter that took place on Wednesday was the first formal Modi–Xi meeting in five years.',
        '2024-10-25',
        'on Wednesday',
      ),
    ).toMatchObject({ fact: 'event.kazan-modi-xi-meeting', verdict: 'consistent' });
    expect(
      claimAt(
        'The hour-long conversation that followed on Wednesday was the first structured bilateral meeting between Modi and Xi since 2019.',
        '2024-10-25',
        'on Wednesday',
      ),
    ).toMatchObject({ fact: 'event.kazan-modi-xi-meeting', verdict: 'consistent' });
  });
});

describe('"X, spokesperson of the MEA since March 2024, said …": a tenure’s start is no event’s date', () => {
  it('the tenure is not called wrong', () => {
    not(
      'Randhir Jaiswal, spokesperson of the MEA since March 2024, said on Thursday that some Indian firms had received licences for rare-earth magnets.',
      '2025-11-01',
      'March 2024',
    );
  });
  it('the statement’s own day is still checked', () => {
    expect(
      claimAt(
        'Randhir Jaiswal, spokesperson of the MEA since March 2024, said on Tuesday that some Indian firms had received licences for rare-earth magnets.',
        '2025-11-01',
        'on Tuesday',
      ),
    ).toMatchObject({ fact: 'event.rare-earth-magnet-licences-indian-firms', verdict: 'differs' });
  });
});

describe('a fact reached through a relation does not contradict a day another keyword fact agrees with', () => {
  it('"a worldwide fertiliser export halt from October 15" is not called wrong', () => {
    not(
      'By Diwali the August relief had been swamped by a worldwide fertiliser export halt from October 15.',
      '2025-10-25',
      'October 15',
    );
  });
});
