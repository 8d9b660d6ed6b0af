/**
 * Bad input from issue #7: many dates and events in one sentence, quotations inside
 * quotations, a date in a photo caption or a dateline, "last year" in January, figures in a
 * table, no publication date. Each gets a result, never a throw, and nothing that is right
 * is called wrong.
 */
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../../src/core/annotate';
import { BUNDLED_PACKS } from '../../../src/core/facts/bundled';
import { buildFactBase } from '../../../src/core/facts/factbase';

const { matcher, factById } = buildFactBase(BUNDLED_PACKS);
const claims = (text: string, published: string | null) =>
  annotateText(text, { matcher, factById, published }).filter((a) => a.kind === 'claim');
const differs = (text: string, published: string | null) =>
  claims(text, published)
    .filter((c) => c.verdict === 'differs')
    .map((c) => c.quote);

describe('coverage that is hard to read', () => {
  it('several dates and events in one sentence: each date goes to its own event', () => {
    const text =
      'The LAC patrolling agreement of 21 October 2024 was followed by the Kazan meeting on 23 October 2024 and the Depsang and Demchok disengagement, completed on 30 October 2024.';
    const found = claims(text, '2025-01-10').map((c) => [c.quote, c.factIds[0], c.verdict]);
    expect(found).toEqual([
      ['21 October 2024', 'event.lac-patrolling-agreement-2024', 'consistent'],
      ['23 October 2024', 'event.kazan-modi-xi-meeting', 'consistent'],
      ['30 October 2024', 'event.depsang-demchok-disengagement', 'consistent'],
    ]);
  });

  it('quotations inside quotations keep their dates', () => {
    const text =
      'Jaiswal said: "Our colleagues told us, \'the patrolling agreement reached on 21 October 2024 is being implemented\', and we agree."';
    expect(differs(text, '2024-11-20')).toEqual([]);
    expect(claims(text, '2024-11-20')[0]?.verdict).toBe('consistent');
  });

  it('a dateline’s date and place are neither cards nor claims', () => {
    const text =
      'KAZAN, Russia, Oct 25 (Reuters) - The meeting between Modi and Xi in Kazan on 23 October 2024 was their first in five years.';
    const out = annotateText(text, { matcher, factById, published: '2024-10-25' });
    expect(out.filter((a) => a.start < 30)).toEqual([]);
    expect(out.filter((a) => a.verdict === 'differs')).toEqual([]);
  });

  it('a photo caption is read like any sentence', () => {
    const text =
      'Photo: Prime Minister Narendra Modi and President Xi Jinping at their meeting in Kazan on 23 October 2024. (Reuters)';
    expect(claims(text, '2024-10-30').map((c) => c.verdict)).toEqual(['consistent']);
  });

  it('"last year" in an article published in January is the year before', () => {
    const text = 'The Kazan meeting between Modi and Xi took place last year.';
    expect(claims(text, '2025-01-05').map((c) => [c.quote, c.verdict])).toEqual([
      ['last year', 'consistent'],
    ]);
  });

  it('figures in a flattened table are not read as wrong claims', () => {
    const text = [
      'Rare-earth mine production in 2024, according to the USGS:',
      'Country\tTonnes',
      'China\t270,000',
      'United States\t45,000',
      'India\t2,900',
      'World\t390,000 tonnes',
    ].join('\n');
    expect(differs(text, '2025-03-01')).toEqual([]);
  });

  it('without a publication date relative dates stay unresolved and are never differs', () => {
    const text = 'Modi and Xi met in Kazan on Wednesday, two days after the patrolling agreement.';
    const found = claims(text, null);
    expect(found.every((c) => c.verdict !== 'differs')).toBe(true);
  });
});
