/**
 * ADR 0167: a relative clause on the noun after "on the sidelines / margins / fringes of" dates the
 * host event, not the act held there (stress fd27-165's shape); a list item with a subject of its
 * own does not take a date from talks whose words stand only in another item that dates one of
 * their rounds (the "in July" probe); a stated span's first day must be the record's. Sentences written for these tests, each checked to fail on
 * main's engine (f022747 / 6176ba8) where it says so; each rule also comes with a real error it
 * must still catch.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

const not = (text: string, published: string | null, quote: string) =>
  expect(claimAt(text, published, quote)?.verdict ?? null).not.toBe('differs');

describe('a relative clause on the host after "on the margins of" is not the act held there', () => {
  it("the meeting does not own the gathering's closing day (fails on main)", () => {
    not(
      'Modi, who flew in on Saturday, met Xi on Sunday at the margins of the SCO event in Tianjin, which closes today.',
      '2025-09-01',
      'today',
    );
  });
  it("nor when the meeting's own day is wrong: that day is still wrong (the clause's day failed on main)", () => {
    const text = 'Modi met Xi on Saturday on the sidelines of the SCO conclave in Tianjin, which ends today.';
    not(text, '2025-09-01', 'today');
    expect(claimAt(text, '2025-09-01', 'on Saturday')).toMatchObject({
      fact: 'event.tianjin-modi-xi-meeting',
      verdict: 'differs',
    });
  });
  it('the host named in the phrase still owns the clause: its wrong end is still wrong', () => {
    expect(
      claimAt(
        'Modi met Xi on the sidelines of the two-day SCO summit in Tianjin, which ends on Wednesday.',
        '2025-09-01',
        'on Wednesday',
      ),
    ).toMatchObject({ fact: 'event.sco-summit-tianjin-2025', verdict: 'differs' });
  });
});

describe('a list item with its own subject is not dated for talks another item dates as a sibling round', () => {
  it("the July item is Jaishankar's, not a round of the Misri–Sun talks (fails on main)", () => {
    not(
      'Misri hosted Sun Weidong for talks in June, Jaishankar sat down with Wang Yi in Beijing in July, and Wang spoke on rare earths in August.',
      '2025-10-20',
      'in July',
    );
  });
  it('the same with a bare place in the item (fails on main)', () => {
    not(
      'Misri and Sun Weidong held talks in June, Jaishankar went to Beijing in July, and in August officials said Wang gave assurances on rare earths.',
      '2025-10-20',
      'in July',
    );
  });
  it("a wrong month in the talks' own item is still wrong", () => {
    expect(
      claimAt(
        'Jaishankar sat down with Wang Yi in Beijing in July, and Misri hosted Sun Weidong in New Delhi in May.',
        '2025-10-20',
        'in May',
      ),
    ).toMatchObject({ verdict: 'differs' });
  });
  it("an item whose words are the fact's own is still checked", () => {
    expect(
      claimAt(
        'Doval met Wang Yi in Beijing in December, Misri held talks with Sun Weidong in New Delhi in July, and Wang spoke on rare earths in August.',
        '2025-10-20',
        'in July',
      ),
    ).toMatchObject({ verdict: 'differs' });
  });
});

describe("a stated span's first day must be the record's", () => {
  it('a summit said to open two days early is wrong (fails on main)', () => {
    expect(
      claimAt(
        'The Tianjin gathering of SCO leaders, the SCO summit in Tianjin, was held from August 29 to September 1.',
        '2025-09-06',
        'August 29',
      ),
    ).toMatchObject({ fact: 'event.sco-summit-tianjin-2025', verdict: 'differs' });
  });
  it('a visit said to start a day early is wrong (fails on main)', () => {
    expect(
      claimAt(
        "Jaishankar's visit to China, July 12–15, included the SCO foreign ministers' meeting in Tianjin.",
        '2025-07-20',
        'July 12',
      ),
    ).toMatchObject({ fact: 'event.jaishankar-china-visit-jul-2025', verdict: 'differs' });
  });
  it('the right span, and one day inside it, still agree', () => {
    expect(
      claimAt('The SCO summit in Tianjin was held from August 31 to September 1.', '2025-09-06', 'August 31'),
    ).toMatchObject({ verdict: 'consistent' });
    expect(
      claimAt('Modi attended the SCO summit in Tianjin on August 31.', '2025-09-06', 'August 31'),
    ).toMatchObject({ verdict: 'consistent' });
  });
  it('a later last day is left to overlap (coverage reports departures loosely)', () => {
    not('The SCO summit in Tianjin was held from August 31 to September 2.', '2025-09-06', 'August 31');
  });
});
