/**
 * Recall on unseen wording (issue #7, task rec21; ADR 0044 round 24). Sentences are written
 * here for each rule, unlike the eval corpus's.
 */
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../../src/core/annotate';
import { BUNDLED_PACKS } from '../../../src/core/facts/bundled';
import { buildFactBase } from '../../../src/core/facts/factbase';

const { matcher, factById } = buildFactBase(BUNDLED_PACKS);
const cards = (text: string, published: string | null) =>
  annotateText(text, { matcher, factById, published }).map((a) => ({
    kind: a.kind,
    quote: a.quote,
    fact: a.factIds[0],
    verdict: a.verdict ?? null,
  }));

describe('a year before the noun says which one the phrase names', () => {
  it('"the 2020 clash" confirms the clash of 2020', () => {
    const text = 'Ties never recovered from the 2020 clash in the Galwan Valley, officials said.';
    expect(cards(text, '2024-12-18')).toContainEqual({
      kind: 'claim',
      quote: '2020',
      fact: 'event.galwan-clash',
      verdict: 'consistent',
    });
  });
  it('"the 2024 patrolling agreement" confirms the agreement of 2024', () => {
    const text = 'The 2024 patrolling agreement ended the standoff in eastern Ladakh.';
    expect(cards(text, '2025-03-01')).toContainEqual({
      kind: 'claim',
      quote: '2024',
      fact: 'event.lac-patrolling-agreement-2024',
      verdict: 'consistent',
    });
  });
  it('a year of another instance is no claim against the event (never `differs`)', () => {
    const text = 'Ties never recovered from the 2019 clash in the Galwan Valley, officials said.';
    expect(cards(text, '2024-12-18').filter((c) => c.quote === '2019')).toEqual([]);
  });
  it('"the year 2025" is the year itself, not an attribute', () => {
    const text = 'The year 2025 marks the 75th anniversary of ties between India and China.';
    expect(cards(text, '2025-03-01').filter((c) => c.quote === '2025')).toEqual([]);
  });
});

describe('fact base 1.2.24: the tourist-visa resumption and the US–China truce by their usual news wording', () => {
  it('"began accepting tourist-visa applications" names the resumption', () => {
    const text =
      'Visitors from China can apply again: India began accepting tourist-visa applications from Chinese citizens on Thursday.';
    expect(cards(text, '2025-07-25')).toContainEqual({
      kind: 'claim',
      quote: 'on Thursday',
      fact: 'event.tourist-visas-chinese-nationals-resumed',
      verdict: 'consistent',
    });
  });
  it('"the deal struck between Beijing and Washington" is the truce (a reduced relative clause)', () => {
    const text =
      'Donald Trump and Xi Jinping met in Busan on Thursday. Jaiswal said it was unclear how the deal struck between Beijing and Washington would affect India.';
    expect(cards(text, '2025-10-31')).toContainEqual({
      kind: 'term',
      quote: 'deal struck between Beijing and Washington',
      fact: 'topic.us-china-trade-truce-2025',
      verdict: null,
    });
  });
});
