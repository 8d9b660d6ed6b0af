/**
 * Round 20's rules for anchored gaps and lengths (issue #7, ADR 0044 round 20), each with
 * sentences written for the rule (not from the eval corpus or the stress sets), each checked to
 * fail without its rule.
 */
import { describe, expect, it } from 'vitest';
import { findTemporal } from '../../../src/core/claims/temporal';
import { claimAt } from './claims-of';

describe('a length in days written as an adjective measures the event its noun names', () => {
  it('"the two-day SCO summit", found only by its keywords, is the summit’s length', () => {
    const c = claimAt(
      'Delegates headed home once the two-day SCO summit wrapped up.',
      '2025-09-02',
      'two-day',
    );
    expect(c?.fact).toBe('event.sco-summit-tianjin-2025');
    expect(c?.verdict).toBe('consistent');
  });
  it('a length that does not fit is no claim (a keyword find is no tie for a disagreement)', () => {
    expect(
      claimAt('Delegates headed home once the three-day SCO summit wrapped up.', '2025-09-02', 'three-day'),
    ).toBeNull();
  });
  it('a noun that is not in the event’s own name is no tie', () => {
    expect(claimAt('Delegates headed home after a two-day SCO retreat.', '2025-09-02', 'two-day')).toBeNull();
  });
});

describe('"a fortnight" before or after is two weeks', () => {
  it('reads as an offset of two weeks', () => {
    const text = 'The curbs started a fortnight before the talks.';
    const e = findTemporal(text, { start: 0, end: text.length }, null).find((x) => x.kind === 'anchored');
    expect(e?.offset).toMatchObject({ amount: 2, unit: 'week', direction: -1 });
  });
  it('"two fortnights later" is four weeks', () => {
    const text = 'Talks resumed two fortnights later.';
    const e = findTemporal(text, { start: 0, end: text.length }, null).find((x) => x.kind === 'anchored');
    expect(e?.offset).toMatchObject({ amount: 4, unit: 'week', direction: 1 });
  });
});

describe('a personal pronoun after a gap is the people, and its clause names the event', () => {
  const text =
    'Modi and Xi shook hands in Tianjin on Aug. 31. That encounter came ten months after they met in Kazan.';
  it('"ten months after they met in Kazan" counts from Kazan', () => {
    expect(claimAt(text, '2025-09-02', 'ten months after')?.verdict).toBe('consistent');
  });
  it('"a month after they were announced" (nothing named after it) is still no claim', () => {
    expect(
      claimAt(
        'China’s export controls took effect a month after they were announced.',
        '2025-11-09',
        'a month after',
      ),
    ).toBeNull();
  });
});

describe('keywords in the anchor’s clause do not displace the event the subject points back to', () => {
  it('"The meeting came ten months after the two leaders held talks in Kazan" is a gap between the two meetings', () => {
    const text =
      'Modi and Xi shook hands in Tianjin on Aug. 31. The meeting came ten months after the two leaders held talks in Kazan.';
    expect(claimAt(text, '2025-09-02', 'ten months after')?.verdict).toBe('consistent');
  });
});

describe('a gap whose subject is only pointed back to is said of the event it counts from', () => {
  const lead = 'Modi and Xi shook hands in Tianjin on Aug. 31. ';
  it('"The meeting came ten months after … in Kazan": the claim is Kazan’s', () => {
    const c = claimAt(
      `${lead}The meeting came ten months after they met in Kazan.`,
      '2025-09-02',
      'ten months after',
    );
    expect(c?.fact).toBe('event.kazan-modi-xi-meeting');
    expect(c?.verdict).toBe('consistent');
  });
  it('when the sentence dates the event counted from, the gap stays the subject’s', () => {
    const c = claimAt(
      `${lead}The meeting came ten months after the Kazan summit of October 2024.`,
      '2025-09-02',
      'ten months after',
    );
    expect(c?.fact).toBe('event.tianjin-modi-xi-meeting');
  });
  it('a subject the sentence names itself keeps the gap', () => {
    const c = claimAt(
      'Modi and Xi met in Tianjin ten months after they met in Kazan.',
      '2025-09-02',
      'ten months after',
    );
    expect(c?.fact ?? null).not.toBe('event.kazan-modi-xi-meeting');
  });
  it('a gap that disagrees is never moved, and never called wrong of the event counted from', () => {
    const c = claimAt(
      `${lead}The meeting came two months after they met in Kazan.`,
      '2025-09-02',
      'two months after',
    );
    expect(c?.fact ?? null).not.toBe('event.kazan-modi-xi-meeting');
  });
});

describe('a length’s cue completed only in a phrase counting from another event is that event’s', () => {
  it('"the first such meeting in five years, weeks after … Modi and Xi met in Kazan" is the talks’ gap', () => {
    const c = claimAt(
      'Doval and Wang held Special Representatives talks in Beijing in December, the first such meeting in five years, weeks after the Line of Actual Control (LAC) deal and Modi and Xi met in Kazan.',
      '2024-12-20',
      'five years',
    );
    expect(c?.fact).toBe('quantity.sr-talks-gap-years');
  });
});

describe('a length after a phrase of cause measures the effect, not the cause', () => {
  it('"because of the border standoff …, leaving pilgrims waiting for nearly five years" is not the standoff’s length', () => {
    const c = claimAt(
      'It was halted in 2020 because of the border standoff in eastern Ladakh, leaving pilgrims waiting for nearly five years.',
      '2025-07-11',
      'nearly five years',
    );
    expect(c?.fact ?? null).not.toBe('quantity.ladakh-standoff-duration');
  });
  it('a cause before the subject does not take the subject’s length away', () => {
    const c = claimAt(
      'Because of the pandemic, the border standoff lasted more than four years.',
      '2024-11-05',
      'more than four years',
    );
    expect(c?.fact).toBe('quantity.ladakh-standoff-duration');
  });
});
