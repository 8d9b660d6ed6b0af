/**
 * Session 23's rules for anchored gaps (issue #7, ADR 0070), each with sentences written for the
 * rule (not from the eval corpus or the stress sets), each checked to fail without it.
 */
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../../src/core/annotate';
import { OPENS_SENTENCE } from '../../../src/core/claims/date-frames';
import { claimAt, factById, matcher } from './claims-of';

describe('a gap after a comma dates the event named before it', () => {
  const text =
    'Ties have warmed since the leaders of the two countries met in Kazan, Russia, in October last year, ' +
    'two days after the two sides reached an agreement on patrolling arrangements.';
  it('the meeting told in the "since" clause before the gap is what it dates, and agrees', () => {
    expect(claimAt(text, '2025-11-10', 'two days after')).toMatchObject({
      fact: 'event.kazan-modi-xi-meeting',
      verdict: 'consistent',
    });
  });
  it('"the first patrol … since the stand-off began": the last time before, not what the gap dates', () => {
    const first =
      'On Monday Indian soldiers made their first patrol in the Depsang Plains since the stand-off began, ' +
      'twelve days after the two armies finished their pullback from the last flashpoints in eastern Ladakh.';
    expect(claimAt(first, '2024-11-06', 'twelve days after')).toBeNull();
  });
});

describe('a gap opening a paragraph counts from the day the last one ended on', () => {
  const text =
    'The breakthrough came on October 21, 2024, when Vikram Misri said the two sides had agreed on ' +
    'patrolling arrangements.\n\nNarendra Modi and Xi Jinping endorsed the arrangement two days later in Kazan.';
  it('agreement is said', () => {
    expect(claimAt(text, '2024-11-20', 'two days later')).toMatchObject({
      fact: 'event.kazan-modi-xi-meeting',
      verdict: 'consistent',
    });
  });
  it('a disagreement is not (the day counted from is a reading)', () => {
    expect(claimAt(text.replace('two days', 'six days'), '2024-11-20', 'six days later')).toBeNull();
  });
});

describe('a gap counted from days whose year only the record gave', () => {
  const text =
    'Wang Yi visited New Delhi on Aug. 18-19, and less than two weeks later Narendra Modi flew to Tianjin ' +
    'for the Shanghai Cooperation Organization summit.';
  it('agrees, with no publication date', () => {
    expect(claimAt(text, null, 'two weeks later')).toMatchObject({
      fact: 'event.sco-summit-tianjin-2025',
      verdict: 'consistent',
    });
  });
  it('says nothing when it does not agree', () => {
    expect(claimAt(text.replace('less than two weeks', 'five weeks'), null, 'five weeks later')).toBeNull();
  });
});

describe('an ordinal before a name is no day of the month', () => {
  it('"The 24th Special Representatives round … twelve days later" counts from the date given', () => {
    const text =
      'The 24th Special Representatives round took place in New Delhi on August 19, 2025, and Narendra ' +
      'Modi met Xi Jinping in Tianjin twelve days later.';
    expect(claimAt(text, '2025-09-05', 'twelve days later')).toMatchObject({
      fact: 'event.tianjin-modi-xi-meeting',
      verdict: 'consistent',
    });
  });
});

describe('"his announcement" is the last announcement told of', () => {
  it('counts from the day it was given', () => {
    const text =
      'Foreign Secretary Vikram Misri announced on Oct. 21 that the two sides had agreed on patrolling ' +
      'arrangements. Grazing would also resume, he said.\n\n' +
      'Two days after his announcement, Narendra Modi and Xi Jinping held talks in Kazan.';
    expect(claimAt(text, '2024-11-02', 'Two days after')).toMatchObject({
      fact: 'event.kazan-modi-xi-meeting',
      verdict: 'consistent',
    });
  });
});

describe('an event the sentence dates itself on another day is not what a gap dates', () => {
  it('the gap dates the main clause’s act, not the notices dated in October', () => {
    const text =
      'The commerce ministry on Friday released Announcement No. 70, pausing until Nov. 10, 2026, the ' +
      'export-control notices it had issued in October, a week after Xi and Trump met in South Korea.';
    expect(claimAt(text, '2025-11-10', 'a week after')).toMatchObject({
      fact: 'instrument.mofcom-announcement-70-2025',
      verdict: 'consistent',
    });
  });
});

describe('a degree before a gap that opens its sentence', () => {
  it('"Less than two weeks before the summit, …": the gap counts from what is named up to its comma', () => {
    // (date-frames.ts: the gap's anchor window ends at the comma, and the main clause is what it dates.)
    for (const words of ['Less than ', 'More than ', 'A little over ', 'Some ', 'About ', 'Just '])
      expect(OPENS_SENTENCE.test(words)).toBe(true);
    for (const words of ['Wang Yi visited Delhi ', 'The meeting came '])
      expect(OPENS_SENTENCE.test(words)).toBe(false);
  });
});

describe('a gap claim names the event it counts from too', () => {
  it('factIds: the event dated first (its card), then the event counted from', () => {
    const text =
      'Narendra Modi and Xi Jinping held talks in Kazan two days after the two countries agreed on patrolling ' +
      'arrangements along the Line of Actual Control.';
    const gap = annotateText(text, { matcher, factById, published: '2024-11-02' }).find(
      (a) => a.kind === 'claim' && a.quote.includes('two days after'),
    );
    expect(gap?.verdict).toBe('consistent');
    expect(gap?.factIds).toEqual(['event.kazan-modi-xi-meeting', 'event.lac-patrolling-agreement-2024']);
    expect(gap?.card.title).toBe(factById('event.kazan-modi-xi-meeting')?.title);
  });
  it('a date that is no gap names one fact', () => {
    const text = 'Narendra Modi and Xi Jinping held talks in Kazan on October 23, 2024.';
    const day = annotateText(text, { matcher, factById, published: '2024-11-02' }).find(
      (a) => a.kind === 'claim',
    );
    expect(day?.factIds).toEqual(['event.kazan-modi-xi-meeting']);
  });
});
