/**
 * Round 20 rules for altered claims (ADR 0042, round 20). Sentences written for the rules (not from
 * the eval corpus), each checked to fail without its rule, and sentences they must not call wrong.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

const verdictAt = (text: string, published: string, quote: string) =>
  claimAt(text, published, quote)?.verdict ?? null;

// The October package of controls was issued on 9 October 2025; most of it was to start on 8 November.
const PACKAGE_PUBLISHED = '2025-10-30';

describe('a part the sentence dates itself is no rival of its whole', () => {
  it('"On October 22 … adding curbs on … superhard materials, … due to take effect on November 8": differs', () => {
    const t =
      'On October 22 Beijing went a step further, adding curbs on lithium batteries and superhard materials, most of them due to take effect on November 8.';
    expect(claimAt(t, PACKAGE_PUBLISHED, 'October 22')).toMatchObject({
      fact: 'instrument.mofcom-october-2025-controls',
      verdict: 'differs',
    });
    expect(verdictAt(t, PACKAGE_PUBLISHED, 'November 8')).toBe('consistent');
  });
  it('the right day stays consistent', () => {
    const t =
      'On October 9 Beijing went a step further, adding curbs on lithium batteries and superhard materials, most of them due to take effect on November 8.';
    expect(verdictAt(t, PACKAGE_PUBLISHED, 'October 9')).toBe('consistent');
  });
  it('one day of a rival that spans several days does not date it: the doubt stays', () => {
    // Patrols resumed over 1–4 November 2024; the disengagement was completed on 30 October.
    const t =
      'The first patrol to Depsang since the disengagement went out on Monday, officers said, after patrols had restarted in Demchok on November 1.';
    expect(verdictAt(t, '2024-11-06', 'on Monday')).not.toBe('differs');
  });
});

// The Modi–Xi meeting in Kazan was on 23 October 2024.
const KAZAN_PUBLISHED = '2024-12-19';

describe('a reporting clause that attributes what precedes it does not date it', () => {
  it('"… their meeting in Kazan, Russia, in August, Wang said, adding …": the meeting differs', () => {
    const t =
      'The talks followed up on the understandings Xi and Modi reached during their meeting in Kazan, Russia, in August, Wang said, adding that steady ties served both sides.';
    expect(claimAt(t, KAZAN_PUBLISHED, 'in August')).toMatchObject({
      fact: 'event.kazan-modi-xi-meeting',
      verdict: 'differs',
    });
  });
  it('at the end of the sentence, the right month stays consistent', () => {
    const t =
      'The talks followed up on the understandings Xi and Modi reached during their meeting in Kazan, Russia, in October, Wang said.';
    expect(verdictAt(t, KAZAN_PUBLISHED, 'in October')).toBe('consistent');
  });
  it('"… held in Kazan, Russia, in June 2022, which officials said had …": a relative clause, the meeting differs', () => {
    const t =
      'Modi and Xi held talks in Kazan, Russia, in June 2022, which officials said had put relations back on track.';
    expect(claimAt(t, KAZAN_PUBLISHED, 'June 2022')).toMatchObject({
      fact: 'event.kazan-modi-xi-meeting',
      verdict: 'differs',
    });
  });
  it('"In August, the ministry said that …": a date opening the clause still dates the statement', () => {
    const t =
      'In August, the foreign ministry said that Xi and Modi had met in Kazan and agreed to restore ties.';
    expect(verdictAt(t, KAZAN_PUBLISHED, 'In August')).not.toBe('differs');
  });
});

describe('the names after an event noun a date modifies are the noun phrase’s own', () => {
  // The Trump–Xi meeting in Busan was on Thursday 30 October 2025.
  it('"after Sunday\'s meeting between President Trump and Xi Jinping in Busan": the meeting differs', () => {
    const t =
      "Soybean futures rallied after Sunday's meeting between President Trump and Xi Jinping in Busan.";
    expect(claimAt(t, '2025-11-03', 'Sunday')).toMatchObject({
      fact: 'event.trump-xi-busan-meeting',
      verdict: 'differs',
    });
  });
  it('the right day stays consistent', () => {
    const t =
      "Soybean futures rallied after Thursday's meeting between President Trump and Xi Jinping in Busan.";
    expect(verdictAt(t, '2025-11-03', 'Thursday')).toBe('consistent');
  });
  it('"at their Oct. 25 meeting in the Russian city of Kazan": the meeting differs', () => {
    const t =
      'Modi and Xi Jinping agreed at their Oct. 25 meeting in the Russian city of Kazan that border talks should resume soon.';
    expect(claimAt(t, KAZAN_PUBLISHED, 'Oct. 25')).toMatchObject({
      fact: 'event.kazan-modi-xi-meeting',
      verdict: 'differs',
    });
  });
  it('a name after a verb that follows the noun is no part of its phrase', () => {
    const t =
      "Beijing's June 3 notice on magnets paved the way for talks with Modi and Xi Jinping in Kazan a few months later.";
    expect(verdictAt(t, KAZAN_PUBLISHED, 'June 3')).not.toBe('differs');
  });
});
