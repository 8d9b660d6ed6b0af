/**
 * A country or its capital as the subject of an announcing verb stands for the fact's announcer
 * of that country (ADR 0080). Sentences written for the rule (not from the eval corpus); the
 * positive ones fail without it, and the rest are what it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { claimAt, claims, factById } from './claims-of';

const PACT = 'event.lac-patrolling-agreement-2024';
const LICENCES = 'event.rare-earth-magnet-licences-indian-firms';
const differs = (t: string, published: string) => claims(t, published).filter((c) => c.verdict === 'differs');

describe('a country as the subject of an announcing verb stands for its announcer', () => {
  it('"India announced on Oct. 12 that it had reached an agreement …": the announcement date differs', () => {
    const t = (d: string) =>
      `India announced on ${d} that it had reached an agreement with China on patrolling arrangements along the Line of Actual Control.`;
    expect(claimAt(t('Oct. 12'), '2024-11-05', 'Oct. 12')).toMatchObject({ fact: PACT, verdict: 'differs' });
    expect(claimAt(t('Oct. 21'), '2024-11-05', 'Oct. 21')?.verdict).toBe('consistent');
  });
  it('its capital: "New Delhi said on Thursday the two sides had agreed …"', () => {
    const t = (d: string) =>
      `New Delhi said on ${d} the two sides had agreed on patrolling arrangements along the Line of Actual Control, a step its foreign secretary said would lead to disengagement.`;
    expect(claimAt(t('Thursday'), '2024-10-23', 'Thursday')).toMatchObject({
      fact: PACT,
      verdict: 'differs',
    });
    expect(claimAt(t('Monday'), '2024-10-23', 'Monday')?.verdict).toBe('consistent');
  });
  it('in a relative clause: "the arrangement that New Delhi had announced just two weeks earlier"', () => {
    const t =
      'Modi and Xi met in Kazan on Wednesday, putting their stamp on the border patrolling arrangement that New Delhi had announced just two weeks earlier.';
    expect(claimAt(t, '2024-10-24', 'two weeks earlier')).toMatchObject({ fact: PACT, verdict: 'differs' });
  });
  it('a fronted date: "On Thursday, New Delhi said …"', () => {
    const t = (d: string) =>
      `On ${d}, New Delhi said the two sides had agreed on patrolling arrangements along the Line of Actual Control.`;
    expect(claimAt(t('Thursday'), '2024-10-23', 'Thursday')).toMatchObject({
      fact: PACT,
      verdict: 'differs',
    });
    expect(claimAt(t('Monday'), '2024-10-23', 'Monday')?.verdict).toBe('consistent');
  });
});

describe('left alone', () => {
  it('another country than the announcer\'s: "China said on Thursday the two sides had agreed …"', () => {
    const t = 'China said on Thursday the two sides had agreed on patrolling arrangements along the LAC.';
    expect(differs(t, '2024-10-23')).toEqual([]);
  });
  it('a country that is not the subject: "Officials in New Delhi said on Thursday …"', () => {
    const t =
      'Officials in New Delhi said on Thursday the two sides had agreed on patrolling arrangements along the LAC.';
    expect(differs(t, '2024-10-23')).toEqual([]);
  });
  it('two countries as one subject: "India and China said on Thursday …"', () => {
    const t =
      'India and China said on Thursday the two sides had agreed on patrolling arrangements along the LAC.';
    expect(differs(t, '2024-10-23')).toEqual([]);
  });
  it('a later word on the act, or on what is to come', () => {
    for (const t of [
      'India said on Friday that the patrolling arrangements were being implemented smoothly.',
      'New Delhi said on Friday that the patrolling agreement would lead to disengagement.',
    ])
      expect(differs(t, '2024-11-05')).toEqual([]);
  });
  it('the announced act only loosely found: no differs', () => {
    const t = 'India announced on Oct. 12 that it had reached a deal with China on the border.';
    expect(differs(t, '2024-11-05')).toEqual([]);
  });
});

describe('the data the rule reads', () => {
  it("the patrolling agreement's and the licences' announcers belong to India", () => {
    for (const id of [PACT, LICENCES])
      for (const by of factById(id)?.announcedBy ?? []) expect(factById(by)?.country).toBe('IN');
  });
});
