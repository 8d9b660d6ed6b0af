/**
 * Session 12's recall rules for durations (issue #7; ADR 0044). Sentences written for the
 * rules (not from the eval corpus), each checked to fail without its rule.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

describe('a length said again by its act word takes up the length an earlier sentence cued', () => {
  const lead = 'Beijing agreed in Busan to pause its rare earth export controls. ';
  it('“The suspension lasts about one year”: the pause’s length, confirmed', () => {
    const got = claimAt(`${lead}The suspension lasts about one year.`, '2025-11-08', 'one year');
    expect(got?.fact).toBe('quantity.october-controls-pause-years');
    expect(got?.verdict).toBe('consistent');
  });
  it('“the one-year suspension”, as an attribute of the act word', () => {
    const text = `${lead}Traders said the one-year suspension buys time but not certainty.`;
    expect(claimAt(text, '2025-11-08', 'one-year')?.fact).toBe('quantity.october-controls-pause-years');
  });
  it('a length the record does not give is never called wrong on the strength of “the suspension” in passing', () => {
    // (Stated as the subject's length, "The suspension lasts two years", it is: ADR 0073 rule 2.)
    expect(
      claimAt(`${lead}Traders doubt the suspension lasts two years.`, '2025-11-08', 'two years'),
    ).toBeNull();
  });
  it('without an earlier sentence cueing the pause, “the suspension” takes up nothing', () => {
    expect(claimAt('The suspension lasts about one year.', '2025-11-08', 'one year')).toBeNull();
  });
});

describe('a gap in years between two events is the length the record keeps of it', () => {
  const pub = '2024-12-18';
  it('“more than four years after a standoff that began in May 2020”: the standoff’s length', () => {
    const text =
      'Troops completed their pullback from Depsang and Demchok on Oct. 30, more than four years after a standoff that began in May 2020.';
    const got = claimAt(text, pub, 'four years');
    expect(got?.quote).toBe('more than four years');
    expect(got?.fact).toBe('quantity.ladakh-standoff-duration');
    expect(got?.verdict).toBe('consistent');
  });
  it('a length that does not fit the record, between the very two events it is recorded between, is wrong', () => {
    // (Before ADR 0095 it was left to the gap's reading as a date, which gave no claim: the pullback,
    // named right before the gap, and the standoff counted from are the length's two events.)
    const text =
      'Troops completed their pullback from Depsang and Demchok on Oct. 30, more than seven years after a standoff that began in May 2020.';
    expect(claimAt(text, pub, 'seven years')).toMatchObject({
      fact: 'quantity.ladakh-standoff-duration',
      verdict: 'differs',
    });
  });
});

describe('“the end of the month” is read as the last days of the month it points at', () => {
  it('“the summit in Tianjin at the end of the month”, written on 20 August: the summit of 31 August–1 September', () => {
    const text =
      "Wang conveyed President Xi Jinping's invitation to attend the SCO summit in Tianjin at the end of the month.";
    const got = claimAt(text, '2025-08-20', 'end of the month');
    expect(got?.fact).toBe('event.sco-summit-tianjin-2025');
    expect(got?.verdict).toBe('consistent');
  });
  it('“by the end of that month”: the month of the date before it in the paragraph', () => {
    const text =
      'India announced an agreement on patrolling on October 21, 2024. Disengagement at Depsang and Demchok was completed by the end of that month.';
    const got = claimAt(text, '2025-06-15', 'end of that month');
    expect(got?.fact).toBe('event.depsang-demchok-disengagement');
    expect(got?.verdict).toBe('consistent');
  });
  it('“that month” with no month before it is no date', () => {
    const text = 'Disengagement at Depsang and Demchok was completed by the end of that month.';
    expect(claimAt(text, '2025-06-15', 'end of that month')).toBeNull();
  });
});

describe('a gap whose subject “comes” now counts back from publication to the event after it', () => {
  it('“The talks come two months after … the patrolling arrangements”, written in December 2024', () => {
    const text =
      'The talks come two months after the two sides settled on patrolling arrangements along the Line of Actual Control.';
    const got = claimAt(text, '2024-12-18', 'two months after');
    expect(got?.fact).toBe('event.lac-patrolling-agreement-2024');
    expect(got?.verdict).toBe('consistent');
  });
  it('a gap that does not reach the event from publication is no claim (never `differs`)', () => {
    const text =
      'The talks come five months after the two sides settled on patrolling arrangements along the Line of Actual Control.';
    expect(claimAt(text, '2024-12-18', 'five months after')).toBeNull();
  });
  it('a past “came” counts from the event’s own day, not from publication', () => {
    const text =
      'The talks came two months after the two sides settled on patrolling arrangements along the Line of Actual Control.';
    expect(claimAt(text, '2024-12-18', 'two months after')).toBeNull();
  });
});
