/**
 * ADR 0161 (stress fd28's five false differs): a head count joined by "and" to one more person, a
 * compound offset ("a week and a day after"), a schedule of a start coordinated with a participle
 * ("announced on … and scheduled to start on …"), a name shared by two items of a dated list, and
 * a keyword's noun dated rightly by its own relative clause. Sentences written for these tests,
 * each checked to fail without its rule; each rule also comes with a real error it must still
 * catch.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

const not = (text: string, published: string | null, quote: string) =>
  expect(claimAt(text, published, quote)?.verdict ?? null).not.toBe('differs');

describe('a head count joined by "and" to one more person counts a part of the group', () => {
  it('one person before the count', () => {
    not(
      'A commanding officer and 19 other Indian soldiers were killed in Galwan on Monday night.',
      '2020-06-17',
      '19 other',
    );
  });
  it('one person after the count', () => {
    not(
      'Nineteen Indian soldiers and their commanding officer were killed at Galwan on Monday night.',
      '2020-06-17',
      'Nineteen',
    );
  });
  it('a group that is still not the record is still wrong', () => {
    expect(
      claimAt('An Indian colonel and 25 soldiers were killed in Galwan on Monday night.', '2020-06-17', '25'),
    ).toMatchObject({ fact: 'quantity.galwan-indian-soldiers-killed', verdict: 'differs' });
  });
});

describe('a compound offset counts both its parts', () => {
  it('"a week and a day after" is eight days', () => {
    expect(
      claimAt(
        'Beijing suspended its October export curbs a week and a day after Trump and Xi met in Busan.',
        '2025-11-10',
        'a week and a day after',
      ),
    ).toMatchObject({ fact: 'instrument.mofcom-announcement-70-2025', verdict: 'consistent' });
  });
  it('a compound that misses the record is still wrong', () => {
    expect(
      claimAt(
        'Beijing suspended its October export curbs two weeks and a day after Trump and Xi met in Busan.',
        '2025-11-10',
        'two weeks and a day after',
      ),
    ).toMatchObject({ fact: 'instrument.mofcom-announcement-70-2025', verdict: 'differs' });
  });
  it('a length joined to another phrase is no compound offset', () => {
    not(
      'Visas resumed on 24 July, nine days after Jaishankar ended his first China trip in five years and a month after pilgrims crossed Nathu La.',
      '2025-07-25',
      'a month after',
    );
  });
});

describe('a schedule of a start coordinated with a participle dates the start', () => {
  it('"announced on … and scheduled to start on …" is not the pause', () => {
    not(
      'Officials said on Thursday that Beijing will pause the October controls announced on 9 October and scheduled to start on 8 November.',
      '2025-10-31',
      '8 November',
    );
  });
  it('a schedule with its own date leaves the next date to the stoppage', () => {
    expect(
      claimAt(
        'The October curbs, issued on Oct. 9 and due to start tomorrow, were suspended today until next November.',
        '2025-11-07',
        'today',
      ),
    ).toMatchObject({ fact: 'instrument.mofcom-announcement-70-2025', verdict: 'consistent' });
  });
});

describe('a name shared by two items of a dated list does not carry the event across', () => {
  const text = (when: string) =>
    `Misri pressed Sun Weidong on fertiliser shortages in June, Jaishankar sat down with Wang Yi in Beijing in July, and ${when} Indian officials said Wang had given assurances on rare earths.`;
  it("July is the item's own meeting, not the assurance", () => {
    not(text('in August'), '2025-10-20', 'in July');
  });
  it('the assurance in its own item keeps its date', () => {
    expect(claimAt(text('in August'), '2025-10-20', 'in August')).toMatchObject({
      fact: 'event.wang-yi-assurance-fertilisers-rare-earths-tbms',
      verdict: 'consistent',
    });
  });
  it("a wrong month in the assurance's own item is still wrong", () => {
    expect(
      claimAt(
        'Misri pressed Sun Weidong on fertiliser shortages in June, Jaishankar sat down with Wang Yi in Beijing in July, and Wang gave assurances on rare earths in October.',
        '2025-10-20',
        'in October',
      ),
    ).toMatchObject({ fact: 'event.wang-yi-assurance-fertilisers-rare-earths-tbms', verdict: 'differs' });
  });
});

describe("a keyword's noun dated rightly by its own relative clause", () => {
  const text = (day: string) =>
    `IndiGo launched its Delhi–Guangzhou route on 10 November, joining the Kolkata service that restarted on ${day} after five years.`;
  it('the other route’s day is not the resumption', () => {
    not(text('26 October'), '2025-11-12', '10 November');
  });
  it('a wrong day in the relative clause itself is still wrong', () => {
    expect(claimAt(text('2 October'), '2025-11-12', '2 October')).toMatchObject({
      fact: 'event.direct-flights-resumed',
      verdict: 'differs',
    });
  });
});
