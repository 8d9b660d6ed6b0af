/**
 * Session 13 detection rules for absolute dates (ADR 0042 "Round 17 (altd17)"). Sentences
 * written for the rules (not from the eval corpus), checked to fail without each rule, and
 * sentences each rule must still not call wrong.
 */
import { describe, expect, it } from 'vitest';
import { findTemporal } from '../../../src/core/claims/temporal';
import { claimAt } from './claims-of';

describe('without a publication date, a year-less day takes the year its sentence or paragraph gives', () => {
  it('reads "Aug. 18-19" after "August 2025" in its sentence as 2025', () => {
    const t = 'Supplies picked up in August 2025, after Wang Yi visited New Delhi on Aug. 18-19.';
    const e = findTemporal(t, { start: 0, end: t.length }, null).find((x) => x.text.startsWith('Aug. 18'));
    expect(e?.interval).not.toBeNull();
    expect(e?.params.year).toBe(2025);
  });
  it('a wrong day of a visit named in an undated report is `differs`', () => {
    const t =
      'Supplies picked up in August 2025. Indian officials said Chinese Foreign Minister Wang Yi had promised during his July 18-19 visit to New Delhi that Beijing was addressing the shortages.';
    expect(claimAt(t, null, 'July 18-19')).toMatchObject({
      fact: 'event.wang-yi-india-visit-aug-2025',
      verdict: 'differs',
    });
  });
  it('the right days are consistent', () => {
    const t =
      'Supplies picked up in August 2025. Indian officials said Chinese Foreign Minister Wang Yi had promised during his Aug. 18-19 visit to New Delhi that Beijing was addressing the shortages.';
    expect(claimAt(t, null, 'Aug. 18-19')).toMatchObject({
      fact: 'event.wang-yi-india-visit-aug-2025',
      verdict: 'consistent',
    });
  });
  it('with no year in the text the day itself stays unread (no year chosen from publication)', () => {
    const t = 'Wang Yi had promised during his July 18-19 visit to New Delhi that Beijing would help.';
    const [e] = findTemporal(t, { start: 0, end: t.length }, null);
    expect(e?.interval).toBeNull();
  });
  it("another year in the paragraph does not make the record's own day wrong", () => {
    // The paragraph's year (2020) is a guess for the day: read in the record's year, it agrees.
    const t = 'Patrols were suspended in June 2020. The LAC patrolling agreement of Oct. 21 restored them.';
    expect(claimAt(t, null, 'Oct. 21')).toMatchObject({
      fact: 'event.lac-patrolling-agreement-2024',
      verdict: 'consistent',
    });
  });
});

describe("a part found by its keywords on the very day of its whole: the whole's date", () => {
  // After 1 Dec 2025, so the provisions' start is a candidate at all.
  const PUBLISHED = '2025-12-10';
  const LEAD = 'China’s Ministry of Commerce began requiring export licences for rare earths in April 2025. ';
  it('"On Oct. 9 it went further, adding … rules reaching foreign-made products": the October package’s day', () => {
    const t = `${LEAD}On Oct. 9 it went further, adding rules that reach foreign-made goods containing as little as 0.1% Chinese-origin rare earths.`;
    // (`outdated` after the package's suspension of 7 Nov: the day itself agrees.)
    const got = claimAt(t, PUBLISHED, 'Oct. 9');
    expect(got?.fact).toBe('instrument.mofcom-october-2025-controls');
    expect(['consistent', 'outdated']).toContain(got?.verdict);
  });
  it('also in an undated article', () => {
    const t = `${LEAD}On Oct. 9 it went further, adding rules that reach foreign-made goods containing as little as 0.1% Chinese-origin rare earths.`;
    expect(claimAt(t, null, 'Oct. 9')?.verdict).toBe('consistent');
  });
  it('the part keeps a day that is not its whole’s (never consistent with the package)', () => {
    const t = `${LEAD}On Oct. 19 it went further, adding rules that reach foreign-made goods containing as little as 0.1% Chinese-origin rare earths.`;
    expect(claimAt(t, PUBLISHED, 'Oct. 19')?.verdict).not.toBe('consistent');
  });
});

describe('undated, with no year in its paragraph, a day is read in the year of the event named in its clause', () => {
  const KAZAN = (day: string) =>
    `The talks followed the meeting between Prime Minister Narendra Modi and President Xi Jinping in Kazan, Russia, on ${day}, where the two leaders agreed to revive the dialogue.`;
  it('a wrong day of the named meeting is `differs` (wrong in any year)', () => {
    expect(claimAt(KAZAN('Oct. 13'), null, 'Oct. 13')).toMatchObject({
      fact: 'event.kazan-modi-xi-meeting',
      verdict: 'differs',
    });
  });
  it('the right day is consistent', () => {
    expect(claimAt(KAZAN('Oct. 23'), null, 'Oct. 23')).toMatchObject({
      fact: 'event.kazan-modi-xi-meeting',
      verdict: 'consistent',
    });
  });
  it('events of different years, none named, leave the year open: never `differs`', () => {
    // Modi and Xi met in Kazan (2024) and in Tianjin (2025); "met there" names neither.
    const t = 'Modi and Xi Jinping met there on Aug. 13 and described their countries as partners.';
    expect(claimAt(t, null, 'Aug. 13')?.verdict).not.toBe('differs');
  });
});

describe('a date fronted in its clause dates the statement of the speaker after it', () => {
  const PUBLISHED = '2024-10-28';
  const said = (day: string, who: string) =>
    `On ${day}, ${who} announced that India and China had reached an agreement on patrolling arrangements along the LAC.`;
  it("the agreement's announcer, after the date: a wrong day is `differs`", () => {
    expect(claimAt(said('Oct. 12', 'Foreign Secretary Vikram Misri'), PUBLISHED, 'Oct. 12')).toMatchObject({
      fact: 'event.lac-patrolling-agreement-2024',
      verdict: 'differs',
    });
  });
  it('the right day is consistent', () => {
    expect(claimAt(said('Oct. 21', 'Foreign Secretary Vikram Misri'), PUBLISHED, 'Oct. 21')).toMatchObject({
      fact: 'event.lac-patrolling-agreement-2024',
      verdict: 'consistent',
    });
  });
  it('another speaker than the announcer does not date the agreement: never `differs`', () => {
    const t = said('Oct. 12', "China's foreign ministry");
    expect(claimAt(t, PUBLISHED, 'Oct. 12')?.verdict).not.toBe('differs');
  });
});
