/**
 * Altered relative dates, durations and figures (issue #7, ADR 0119). Sentences written for the rules
 * (not the corpus text), each `differs` test checked to fail without its rule.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

const NO_70 = 'instrument.mofcom-announcement-70-2025'; // 7 Nov 2025
const BUSAN = 'event.trump-xi-busan-meeting'; // 30 Oct 2025
const TIANJIN = 'event.tianjin-modi-xi-meeting'; // 31 Aug 2025
const KAZAN = 'event.kazan-modi-xi-meeting'; // 23 Oct 2024
const SCO = 'event.sco-summit-tianjin-2025'; // 31 Aug – 1 Sep 2025
const SHEET = 'event.white-house-general-licences-claim'; // 1 Nov 2025 (a Saturday)

const notice = (n: string) =>
  `BEIJING, Nov 8 - China's commerce ministry published Announcement No. 70 on Friday.\nThe notice came ${n} after Presidents Xi Jinping and Donald Trump met in South Korea and agreed a truce in their trade war.`;
const meeting = (n: string) =>
  `TIANJIN, Aug 31 - Prime Minister Narendra Modi and President Xi Jinping met in Tianjin on Sunday on the sidelines of the SCO summit. The meeting came about ${n} after the two leaders' talks in Kazan, Russia, on the sidelines of the BRICS summit.`;

describe('rule 1: a pointed subject’s gap counts from the one event named, not a topic’s stand-ins or keywords', () => {
  it('a wrong gap after the meeting the truce was agreed at: differs of the notice', () => {
    expect(claimAt(notice('three days'), '2025-11-08', 'three days')).toMatchObject({
      fact: NO_70,
      verdict: 'differs',
    });
  });
  it('the right gap stays consistent', () => {
    expect(claimAt(notice('eight days'), '2025-11-08', 'eight days')).toMatchObject({
      fact: BUSAN,
      verdict: 'consistent',
    });
  });
  it('a wrong gap after talks named by their place: differs of the meeting pointed back to', () => {
    expect(claimAt(meeting('16 months'), '2025-08-31', '16 months')).toMatchObject({
      fact: TIANJIN,
      verdict: 'differs',
    });
    expect(claimAt(meeting('10 months'), '2025-08-31', '10 months')).toMatchObject({
      fact: KAZAN,
      verdict: 'consistent',
    });
  });
});

const sheet = (day: string, n: string) =>
  `A fact sheet the administration published on ${day}, ${n} after President Trump's meeting with Xi Jinping in South Korea, goes further than anything Beijing has said.`;

describe('rule 2: a subject that dates itself to a recorded day, found by its words, owns the gap', () => {
  it('a wrong gap after a meeting named, the subject dated on the fact sheet’s day: differs', () => {
    expect(claimAt(sheet('Saturday', 'two weeks'), '2025-11-03', 'two weeks')).toMatchObject({
      fact: SHEET,
      verdict: 'differs',
    });
  });
  it('the right gap stays consistent', () => {
    expect(claimAt(sheet('Saturday', 'two days'), '2025-11-03', 'two days')?.verdict).toBe('consistent');
  });
  it('dated on another day than any record its words have, the gap is not called wrong', () => {
    expect(claimAt(sheet('Tuesday', 'two weeks'), '2025-11-03', 'two weeks')?.verdict ?? null).not.toBe(
      'differs',
    );
  });
});

const summit = (n: string) =>
  `Xi Jinping welcomed Prime Minister Narendra Modi and other leaders to Tianjin on Sunday for the ${n} Shanghai Cooperation Organisation summit.`;

describe('rule 3: a length of the event’s own noun, further from the record than any count of it', () => {
  it('a four-day summit of a two-day summit: differs', () => {
    expect(claimAt(summit('four-day'), '2025-08-31', 'four-day')).toMatchObject({
      fact: SCO,
      verdict: 'differs',
    });
  });
  it('one day off (another way of counting) stays context; the right length consistent', () => {
    expect(claimAt(summit('three-day'), '2025-08-31', 'three-day')).toMatchObject({
      fact: SCO,
      verdict: 'context',
    });
    expect(claimAt(summit('two-day'), '2025-08-31', 'two-day')).toMatchObject({
      fact: SCO,
      verdict: 'consistent',
    });
  });
  it('days that are not the event’s length ("in the coming 25 days") are not called wrong', () => {
    const text =
      'Leaders met at the Shanghai Cooperation Organisation summit in Tianjin, and India expects fertiliser shipments in the coming 25 days.';
    expect(claimAt(text, '2025-08-31', '25 days')?.verdict ?? null).not.toBe('differs');
  });
});
