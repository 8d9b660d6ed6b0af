/**
 * Paraphrased events the dev gold lists (issue #7, classes paraphrase and anchored; ADR 0109), with
 * sentences written for the rules (not from the eval corpus). Each positive test fails without its
 * rule; each negative one shows the words stay uncarded where the rule's evidence is missing.
 */
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../../src/core/annotate';
import { annotationsOn, factById, matcher } from './claims-of';

const termsOn = (text: string, quote: string, published: string) =>
  annotationsOn(text, quote, published)
    .filter((a) => a.kind === 'term')
    .map((a) => ({ quote: a.quote, fact: a.factIds[0] }));

describe('the October 2024 agreement as Beijing words it: its close cue first (src/data)', () => {
  const PACT = 'event.lac-patrolling-agreement-2024';
  const text =
    'Both officials welcomed the implementation of the resolution on border issues reached in October, which has brought back patrolling and grazing in the relevant areas.';
  it('“the resolution on border issues …, which has brought back patrolling” is carded on its noun phrase', () => {
    expect(termsOn(text, 'resolution on border issues', '2024-12-19')).toContainEqual({
      quote: 'resolution on border issues',
      fact: PACT,
    });
  });
  it('adds no differs', () => {
    expect(
      annotateText(text, { matcher, factById, published: '2024-12-19' }).filter(
        (a) => a.verdict === 'differs',
      ),
    ).toEqual([]);
  });
});

describe('a gap whose subject is only pointed back to lists that subject too (given-subject.ts)', () => {
  const text =
    'Prime Minister Narendra Modi and President Xi Jinping held talks in Kazan on Wednesday. The meeting came two days after the two countries reached a settlement on the relevant issues in the border areas.';
  const gap = () =>
    annotateText(text, { matcher, factById, published: '2024-10-24' }).find(
      (a) => a.quote === 'two days after',
    );
  it('“The meeting came two days after … reached a settlement”: the claim names the meeting and the agreement', () => {
    expect(gap()?.verdict).toBe('consistent');
    expect(gap()?.factIds).toEqual(
      expect.arrayContaining(['event.lac-patrolling-agreement-2024', 'event.kazan-modi-xi-meeting']),
    );
  });
  it('adds no differs', () => {
    expect(
      annotateText(text, { matcher, factById, published: '2024-10-24' }).filter(
        (a) => a.verdict === 'differs',
      ),
    ).toEqual([]);
  });
});
describe('talks found by the participants’ titles: the verb right before the other name (card-span.ts)', () => {
  const JAN = 'event.misri-sun-weidong-beijing-jan-2025';
  const JUN = 'event.misri-sun-weidong-delhi-jun-2025';
  it('“Misri went to Beijing for talks with Vice Foreign Minister Sun Weidong”: the card goes on “talks”', () => {
    const text =
      'The plan dates from January, when Foreign Secretary Vikram Misri went to Beijing for talks with Vice Foreign Minister Sun Weidong.';
    expect(termsOn(text, 'talks', '2025-07-01')).toContainEqual({ quote: 'talks', fact: JAN });
  });
  it('“… raised it when he met vice foreign minister Sun Weidong in New Delhi on June 12”: “met”', () => {
    const text =
      'Foreign secretary Vikram Misri raised it when he met vice foreign minister Sun Weidong in New Delhi on June 12.';
    expect(termsOn(text, 'met', '2025-07-01')).toContainEqual({ quote: 'met', fact: JUN });
  });
  it('a verb that is none of the event’s words (“phoned”) before the name gets no card', () => {
    const text =
      'Foreign secretary Vikram Misri raised it when he phoned vice foreign minister Sun Weidong on June 12.';
    expect(termsOn(text, 'phoned', '2025-07-01')).toEqual([]);
  });
  it('adds no differs', () => {
    const text =
      'Foreign secretary Vikram Misri raised it when he met vice foreign minister Sun Weidong in New Delhi on June 12.';
    expect(
      annotateText(text, { matcher, factById, published: '2025-07-01' }).filter(
        (a) => a.verdict === 'differs',
      ),
    ).toEqual([]);
  });
});

describe('the Kazan meeting’s talk-word cue before its place cue (src/data)', () => {
  it('“Modi and Xi held their first formal bilateral talks … on the sidelines of the BRICS summit”: the talks are carded (“held their first formal bilateral”)', () => {
    const text =
      'Prime Minister Narendra Modi and President Xi Jinping held their first formal bilateral talks in five years on Wednesday on the sidelines of the BRICS summit.';
    const cards = annotateText(text, { matcher, factById, published: '2024-10-24' }).filter(
      (a) => a.kind === 'term' && a.factIds[0] === 'event.kazan-modi-xi-meeting',
    );
    expect(cards.map((a) => a.quote).join(' | ')).toMatch(/bilateral/);
  });
});
