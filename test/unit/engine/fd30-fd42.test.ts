/**
 * ADR 0175 (stress fd30's three false differs): a weekday right after a schedule's participle
 * ("due on Wednesday") is the coming one; a weekday in an "after" phrase of a clause dated by a day
 * word lies no later than the day of writing, one in a "before" phrase after it; a post as an
 * apposition ("…, in the role since January 2024,") dates a tenure, not an event. Sentences
 * written for these tests; each rule's cases fail without it (checked on a `git archive` of
 * 6281eab), and each comes with a wrong day it must still catch.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

const not = (text: string, published: string | null, quote: string) =>
  expect(claimAt(text, published, quote)?.verdict ?? null).not.toBe('differs');

describe('a weekday right after a schedule participle is the coming one', () => {
  it('"talks scheduled on Wednesday" (a Monday story)', () => {
    expect(
      claimAt(
        'Wang Yi and Doval hold Special Representatives talks scheduled on Wednesday, their first since December 2019.',
        '2024-12-16',
        'on Wednesday',
      ),
    ).toMatchObject({ fact: 'event.sr-talks-23rd', verdict: 'consistent' });
  });
  it('"talks due on Wednesday", with a recency aside after it', () => {
    not(
      'Doval travels to Beijing for the Special Representatives talks due on Wednesday, the first round held since December 2019.',
      '2024-12-17',
      'on Wednesday',
    );
  });
  it('a wrong scheduled day is still wrong', () => {
    expect(
      claimAt(
        'Doval sets off for Beijing for Special Representatives talks due on Friday, the first such round since 2019.',
        '2024-12-17',
        'on Friday',
      ),
    ).toMatchObject({ fact: 'event.sr-talks-23rd', verdict: 'differs' });
  });
});

describe('a weekday in an "after" or "before" phrase of a clause dated by a day word', () => {
  it('"… tomorrow, after resuming patrols … on Friday" is the Friday before', () => {
    expect(
      claimAt(
        'Indian soldiers are set to patrol Depsang tomorrow, after resuming patrols in Demchok on Friday.',
        '2024-11-03',
        'on Friday',
      ),
    ).toMatchObject({ fact: 'event.depsang-demchok-patrols-resumed', verdict: 'consistent' });
  });
  it('"… today, after restarting patrols … on Friday"', () => {
    expect(
      claimAt(
        'Troops will patrol Depsang again today, after restarting patrols at Demchok on Friday.',
        '2024-11-04',
        'on Friday',
      ),
    ).toMatchObject({ fact: 'event.depsang-demchok-patrols-resumed', verdict: 'consistent' });
  });
  it('a wrong earlier day is still wrong', () => {
    expect(
      claimAt(
        'Soldiers are expected to patrol Depsang later today, after resuming patrols at Demchok on Tuesday.',
        '2024-11-04',
        'on Tuesday',
      ),
    ).toMatchObject({ fact: 'event.depsang-demchok-patrols-resumed', verdict: 'differs' });
  });
  it('"… today, before meeting Xi on Wednesday" is the coming Wednesday', () => {
    expect(
      claimAt(
        'Modi arrives in Kazan today, before meeting Xi Jinping on Wednesday.',
        '2024-10-22',
        'on Wednesday',
      ),
    ).toMatchObject({ fact: 'event.kazan-modi-xi-meeting', verdict: 'consistent' });
  });
});

describe('a post as an apposition dates a tenure', () => {
  it('"…, at the helm since early 2024, confirmed …"', () => {
    not(
      "The MEA's Randhir Jaiswal, at the helm since early 2024, confirmed on Thursday that Indian firms had been granted licences.",
      '2025-10-30',
      'early 2024',
    );
  });
  it('"…, in the role since January 2024, confirmed …"', () => {
    not(
      'The MEA spokesperson, in the role since January 2024, confirmed on Thursday that some Indian companies had licences to import magnets.',
      '2025-10-30',
      'January 2024',
    );
  });
  it('"…, in office since early 2024, …"', () => {
    not(
      'Jaiswal, in office since early 2024, confirmed on Thursday that Indian firms had been granted licences.',
      '2025-10-30',
      'early 2024',
    );
  });
  it('the wrong day of the act the person reports is still wrong', () => {
    expect(
      claimAt(
        'Randhir Jaiswal, in the post since January 2024, told reporters on Tuesday that some Indian companies had received magnet licences.',
        '2025-10-30',
        'on Tuesday',
      ),
    ).toMatchObject({ fact: 'event.rare-earth-magnet-licences-indian-firms', verdict: 'differs' });
  });
});
