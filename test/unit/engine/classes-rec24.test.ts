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

describe('fact base 1.2.24: the tourist-visa resumption by its usual news wording', () => {
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
});
