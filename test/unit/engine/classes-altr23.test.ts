/**
 * Round 23 rules for relative dates and durations (ADR 0045, round 23). Sentences written for the
 * rules (not from the eval corpus), each checked to fail without its rule, and sentences they must
 * not call wrong.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

const verdictAt = (text: string, published: string, quote: string) =>
  claimAt(text, published, quote)?.verdict ?? null;

// Modi and Xi met in Kazan on 23 October 2024 and in Tianjin on 31 August 2025; publication 1 September 2025.
const TIANJIN_PUBLISHED = '2025-09-01';

describe('keywords do not take a date from an event named in its clause', () => {
  // The next sentence holds the Tianjin meeting's own words ("development partners", "not rivals"),
  // so "meeting" finds it by keywords; its record is nearer April 2025 than Kazan's.
  it('"their meeting in Kazan last April" beside the Tianjin meeting’s keywords: Kazan differs', () => {
    const t =
      'Xi spoke warmly of their meeting in Kazan last April. The two leaders reaffirmed that their countries were development partners and not rivals.';
    expect(claimAt(t, TIANJIN_PUBLISHED, 'last April')).toMatchObject({
      fact: 'event.kazan-modi-xi-meeting',
      verdict: 'differs',
    });
  });
  it('the right month is consistent', () => {
    const t =
      'Xi spoke warmly of their meeting in Kazan last October. The two leaders reaffirmed that their countries were development partners and not rivals.';
    expect(claimAt(t, TIANJIN_PUBLISHED, 'last October')).toMatchObject({
      fact: 'event.kazan-modi-xi-meeting',
      verdict: 'consistent',
    });
  });
  it('a city named only as a place ("flew to Kazan … for a meeting of energy ministers") is not called wrong', () => {
    const t =
      'He flew to Kazan last April for a meeting of energy ministers. The two leaders reaffirmed that their countries were development partners and not rivals.';
    expect(verdictAt(t, TIANJIN_PUBLISHED, 'last April')).not.toBe('differs');
  });
});

// The White House fact sheet on Chinese "general licences" came out on Saturday 1 November 2025; publication 7 November.
const SHEET_PUBLISHED = '2025-11-07';

describe('a fact sheet owns the day it was released', () => {
  it('"a White House fact sheet released on Monday said …": the fact sheet differs', () => {
    const t =
      'A White House fact sheet released on Monday said Beijing would grant general licences for gallium and graphite, in effect lifting the April curbs.';
    expect(claimAt(t, SHEET_PUBLISHED, 'on Monday')).toMatchObject({
      fact: 'event.white-house-general-licences-claim',
      verdict: 'differs',
    });
  });
  it('the right day is consistent', () => {
    const t =
      'A White House fact sheet released on Saturday said Beijing would grant general licences for gallium and graphite, in effect lifting the April curbs.';
    expect(claimAt(t, SHEET_PUBLISHED, 'on Saturday')).toMatchObject({
      fact: 'event.white-house-general-licences-claim',
      verdict: 'consistent',
    });
  });
  it('another document’s day that speaks of the fact sheet is not the fact sheet’s', () => {
    const notice =
      "China's formal notice today said nothing about the general licences in the White House fact sheet.";
    expect(verdictAt(notice, SHEET_PUBLISHED, 'today')).not.toBe('differs');
    const said =
      'The commerce ministry said on Monday it knew nothing of the general licences in the White House fact sheet.';
    expect(verdictAt(said, SHEET_PUBLISHED, 'on Monday')).not.toBe('differs');
  });
});

// India resumed tourist visas for Chinese nationals on Thursday 24 July 2025 (publication that day).
const VISAS_PUBLISHED = '2025-07-24';

describe('a bound its named fact owns is no related fact’s', () => {
  it('"can apply for Indian tourist visas again from Monday": the visas differ (the pilgrimage and flights related to them are no rivals)', () => {
    const t =
      "Chinese citizens can apply for Indian tourist visas again from Monday, India's embassy said, after a freeze of five years.";
    expect(claimAt(t, VISAS_PUBLISHED, 'Monday')).toMatchObject({
      fact: 'event.tourist-visas-chinese-nationals-resumed',
      verdict: 'differs',
    });
  });
  it('the right day is consistent', () => {
    const t =
      "Chinese citizens can apply for Indian tourist visas again from Thursday, India's embassy said, after a freeze of five years.";
    expect(verdictAt(t, VISAS_PUBLISHED, 'Thursday')).toBe('consistent');
  });
  it('not for a fact only cued: "pre-export inspections, in force since October 2021" beside the urea ban stays unjudged', () => {
    const t =
      'Beijing stopped urea sales abroad in June 2024 and has used pre-export inspections, in force since October 2021, to slow shipments of DAP.';
    expect(verdictAt(t, '2025-10-21', 'October 2021')).not.toBe('differs');
  });
  it('a bound the named instrument does not own still goes to the related fact that does', () => {
    const t = 'Under Announcement No. 70, the October controls are suspended until November 10, 2026.';
    expect(claimAt(t, '2025-11-08', 'November 10, 2026')).toMatchObject({
      fact: 'event.mofcom-october-2025-controls-suspension-ends',
      verdict: 'consistent',
    });
  });
});
