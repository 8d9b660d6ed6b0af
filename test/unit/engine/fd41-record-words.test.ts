/**
 * ADR 0171: stress errors left undetected because the wrong fact was not found in its sentence
 * (issue #7). Words added to the fact base where facts.md supports the meaning: the pause's length
 * by the name of what was paused ("rules", "regime", "notices"; not "package", ADR 0171), China's Galwan
 * admission by "conceded" / "names", the Indian toll by "India lost N soldiers", the Busan meeting
 * by its place with "presidents", Jaishankar's gap by "journey". Sentences written for these
 * tests; each wrong value is missed on main's engine (2373414) and each comes with its right value,
 * which must not be `differs`.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

const not = (text: string, published: string | null, quote: string) =>
  expect(claimAt(text, published, quote)?.verdict ?? null).not.toBe('differs');
const wrong = (text: string, published: string | null, quote: string, fact: string) =>
  expect(claimAt(text, published, quote)).toMatchObject({ fact, verdict: 'differs' });

describe("the pause's length, named by what was paused", () => {
  it('"its October rules … for three years" is the one-year pause (missed on main)', () => {
    wrong(
      'Beijing paused its October rules for three years under Friday’s notice.',
      '2025-11-09',
      'three years',
      'quantity.october-controls-pause-years',
    );
  });
  it('"the October regime" too (missed on main)', () => {
    wrong(
      'The freeze on the October regime is meant to last six months, officials said.',
      '2025-11-10',
      'six months',
      'quantity.october-controls-pause-years',
    );
  });
  it('the right length is not wrong', () => {
    not('Beijing froze its October rules for one year under Friday’s notice.', '2025-11-09', 'one year');
  });
});

describe("China's admission of its Galwan dead", () => {
  it('"conceded" dates the admission: a wrong month (missed on main)', () => {
    wrong(
      'Beijing only conceded in April 2021 that four of its soldiers had died in the Galwan Valley.',
      '2025-06-15',
      'April 2021',
      'event.china-acknowledges-galwan-deaths',
    );
  });
  it('"China names four dead" in a timeline item (missed on main)', () => {
    wrong(
      'Timeline: June 15-16, 2020 - Galwan clash; March 3, 2021 - China names four dead; Oct 21, 2024 - patrolling pact.',
      '2025-06-15',
      'March 3, 2021',
      'event.china-acknowledges-galwan-deaths',
    );
  });
  it('the right day is not wrong', () => {
    not(
      'Timeline: June 15-16, 2020 - Galwan clash; February 19, 2021 - China names four dead; Oct 21, 2024 - patrolling pact.',
      '2025-06-15',
      'February 19, 2021',
    );
  });
});

describe('"India lost N soldiers" at Galwan is the Indian toll', () => {
  it('a wrong toll (missed on main)', () => {
    wrong(
      'India lost 16 soldiers at Galwan that night, the worst toll on the border since 1975.',
      '2024-06-15',
      '16 soldiers',
      'quantity.galwan-indian-soldiers-killed',
    );
  });
  it('the right toll is not wrong', () => {
    not('India lost 20 soldiers at Galwan that night.', '2024-06-15', '20 soldiers');
  });
});

describe('Busan with "presidents" is the Trump–Xi meeting', () => {
  it('a wrong weekday for the meeting (missed on main)', () => {
    wrong(
      'The presidents are due to sit down in Busan on Wednesday, their first meeting in six years.',
      '2025-10-28',
      'on Wednesday',
      'event.trump-xi-busan-meeting',
    );
  });
  it('the right weekday is not wrong', () => {
    not('The presidents are due to sit down in Busan on Thursday.', '2025-10-28', 'on Thursday');
  });
});

describe('"journey" is a visit for the gap before Jaishankar’s July trip', () => {
  it('a wrong gap (missed on main)', () => {
    wrong(
      'Jaishankar’s journey to Beijing this week is his first in eight years.',
      '2025-07-15',
      'eight years',
      'quantity.jaishankar-china-visit-gap-years',
    );
  });
  it('the right gap is not wrong', () => {
    not('Jaishankar’s journey to Beijing this week is his first in five years.', '2025-07-15', 'five years');
  });
});
