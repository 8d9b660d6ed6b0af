/**
 * Recall on border and diplomacy wording (issue #7, task rec22a; ADR 0044 round 25): the
 * patrolling agreement as "a resolution / settlement reached on the border issues" and "settled
 * a dispute over patrols". Sentences written here for each
 * rule, unlike the eval corpus's; each fails without its cue.
 */
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../../src/core/annotate';
import { BUNDLED_PACKS } from '../../../src/core/facts/bundled';
import { buildFactBase } from '../../../src/core/facts/factbase';

const { matcher, factById } = buildFactBase(BUNDLED_PACKS);
const facts = (text: string, published: string | null) =>
  annotateText(text, { matcher, factById, published }).flatMap((a) =>
    a.verdict === 'differs' ? [`differs:${a.factIds[0]}`] : [a.factIds[0]],
  );
/** A lead naming the story, so that the page is about the fact base's topics (cue cards never decide that alone). */
const LEAD =
  'Ties between India and China have thawed since the 2020 clash in the Galwan Valley, in which 20 Indian soldiers died.\n\n';
const LAC = 'event.lac-patrolling-agreement-2024';

describe('the patrolling agreement named as a resolution of the border issues', () => {
  it('"the resolution on the border issues reached last autumn"', () => {
    const text = 'Officials praised the resolution on border issues reached last autumn, a spokesman said.';
    expect(facts(LEAD + text, '2025-03-10')).toContain(LAC);
  });
  it('"reached a resolution on issues concerning the border areas"', () => {
    const text = 'Beijing and New Delhi reached a resolution on issues concerning the border areas.';
    expect(facts(LEAD + text, '2024-10-22')).toContain(LAC);
  });
  it('"reached a resolution on the relevant issues", with the border areas named beside it', () => {
    const text =
      'The border areas have stayed calm since the two sides reached a resolution on the relevant issues.';
    expect(facts(LEAD + text, '2024-11-15')).toContain(LAC);
  });
  it('"relevant issues" with no border in the paragraph is not the agreement', () => {
    const text = 'The two firms reached a settlement on the relevant issues after a year of litigation.';
    expect(facts(LEAD + text, '2024-11-02')).not.toContain(LAC);
  });
  it('a resolution not reached is not the agreement', () => {
    const text = 'The two sides have not yet reached a resolution on border issues.';
    expect(facts(LEAD + text, '2024-11-15')).not.toContain(LAC);
  });
});

describe('the patrolling agreement as a dispute settled', () => {
  it('"settled a dispute over patrols along their frontier"', () => {
    const text =
      'The leaders met days after their governments settled a dispute over patrols on the Himalayan frontier.';
    expect(facts(LEAD + text, '2024-10-24')).toContain(LAC);
  });
});
