/**
 * ADR 0168 (stress fd29's three false differs): a length of time as the subject of "remain" or
 * "be left" is time still left, a topic's event named in another clause takes a date its clause
 * gives only the topic, and a measure whose noun a relative clause gives a figure does not take a
 * figure outside that clause. Sentences written for these tests, each checked to fail without its
 * rule (on a `git archive` of 9a32a75); each rule also comes with a real error it must still catch.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

const not = (text: string, published: string | null, quote: string) =>
  expect(claimAt(text, published, quote)?.verdict ?? null).not.toBe('differs');

describe('a length of time as the subject of "remain" or "be left" is time still left', () => {
  it('"N months remain before …"', () => {
    not(
      "Roughly ten months remain before Beijing's suspension of its October export curbs lapses.",
      '2026-02-01',
      'ten months',
    );
  });
  it('"N months are left before …"', () => {
    not(
      "Three months are left before China's freeze on its October export controls runs out.",
      '2026-08-10',
      'Three months',
    );
  });
  it('the day the time left runs to is the coming one', () => {
    expect(
      claimAt(
        'Nine months remain before the suspension of the October controls ends on Nov. 10.',
        '2026-02-01',
        'Nov. 10',
      ),
    ).toMatchObject({ fact: 'event.mofcom-october-2025-controls-suspension-ends', verdict: 'consistent' });
  });
  it('a wrong day the time left runs to is still wrong', () => {
    expect(
      claimAt(
        'Nine months remain before the suspension of the October controls ends on Nov. 12.',
        '2026-02-01',
        'Nov. 12',
      ),
    ).toMatchObject({ fact: 'event.mofcom-october-2025-controls-suspension-ends', verdict: 'differs' });
  });
  it('a length that is the object of a preposition is still the pause’s own', () => {
    expect(
      claimAt(
        "China's pause of six months remains in force on the October controls.",
        '2026-02-01',
        'six months',
      ),
    ).toMatchObject({ fact: 'quantity.october-controls-pause-years', verdict: 'differs' });
  });
});

describe("a topic's event named in another clause takes a date its clause gives only the topic", () => {
  it('a who-clause on the subject names the talks only by the topic', () => {
    expect(
      claimAt(
        'Doval, who was in Beijing on Wednesday for the SR talks, agreed with Wang Yi on a six-point consensus.',
        '2024-12-20',
        'on Wednesday',
      ),
    ).toMatchObject({ fact: 'event.sr-talks-23rd', verdict: 'consistent' });
  });
  it('the same with the other party as subject', () => {
    not(
      'Wang Yi, who hosted Doval on Wednesday for a round of SR talks, said both sides reached a six-point consensus.',
      '2024-12-20',
      'on Wednesday',
    );
  });
  it('a day the named event does not fit is still wrong', () => {
    expect(
      claimAt(
        'Doval, who was in Beijing on Monday for the SR talks, agreed with Wang Yi on a six-point consensus.',
        '2024-12-20',
        'on Monday',
      ),
    ).toMatchObject({ verdict: 'differs' });
  });
});

describe('a measure whose noun a relative clause gives a figure does not take a figure outside it', () => {
  it('the figure before the noun phrase is another measure’s', () => {
    not(
      'Chinese firms dominate refining, at around 90%, or magnet making, where they produce about 94% of global output.',
      '2025-10-30',
      'around 90%',
    );
  });
  it('the clause’s own figure is still checked, and a wrong one is wrong', () => {
    expect(
      claimAt(
        'Chinese firms dominate refining, at around 90%, or magnet making, where they produce about 74% of global output.',
        '2025-10-30',
        'about 74%',
      ),
    ).toMatchObject({ fact: 'quantity.china-magnet-manufacturing-share', verdict: 'differs' });
  });
  it('a figure of the noun phrase itself is still the measure’s', () => {
    expect(
      claimAt(
        'China accounts for about 80% of magnet making, where it has few rivals.',
        '2025-10-30',
        'about 80%',
      ),
    ).toMatchObject({ fact: 'quantity.china-magnet-manufacturing-share', verdict: 'differs' });
  });
});
