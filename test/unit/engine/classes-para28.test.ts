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
