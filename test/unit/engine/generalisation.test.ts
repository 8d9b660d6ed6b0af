/**
 * The engine on sentences written the way other outlets put things (not the seeds'
 * wording): right claims stay consistent, known misreports and changed figures differ.
 */
import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import { annotateText } from '../../../src/core/annotate';
import { renderReasons } from '../../../src/core/claims/explain';
import { BUNDLED_PACKS } from '../../../src/core/facts/bundled';
import { buildFactBase } from '../../../src/core/facts/factbase';
import { createTranslate } from '../../../src/ui/i18n';

const { matcher, factById } = buildFactBase(BUNDLED_PACKS);
const claims = (text: string, published: string) =>
  annotateText(text, { matcher, factById, published })
    .filter((a) => a.kind === 'claim')
    .map((a) => ({ quote: a.quote, verdict: a.verdict, fact: a.factIds[0] }));

describe('claims in unseen wording', () => {
  it.each([
    [
      'Troops completed disengagement at Depsang and Demchok on October 21, 2024.',
      '2024-12-01',
      'October 21, 2024',
      'differs',
    ],
    [
      'Disengagement from Demchok and Depsang was completed at the end of October 2024.',
      '2024-12-01',
      'end of October 2024',
      'consistent',
    ],
    [
      'The PLA acknowledged four soldiers killed in the Galwan clash in March 2021.',
      '2023-06-15',
      'March 2021',
      'differs',
    ],
    [
      'China accounts for roughly 90% of global rare earth processing.',
      '2025-10-30',
      'roughly 90%',
      'consistent',
    ],
    [
      'China controls nearly 80 per cent of the world’s rare earth mining.',
      '2025-10-30',
      'nearly 80 per cent',
      'differs',
    ],
    [
      'Prime Minister Modi met President Xi Jinping in Tianjin on Sunday.',
      '2025-09-01',
      'on Sunday',
      'consistent',
    ],
  ])('%s', (text, published, quote, verdict) => {
    const found = claims(text, published).find((c) => c.quote === quote);
    expect(found?.verdict, JSON.stringify(claims(text, published))).toBe(verdict);
  });

  it('cites the known misreport when a date differs', () => {
    const [a] = annotateText('Disengagement at Depsang and Demchok was finalised on 21 October 2024.', {
      matcher,
      factById,
      published: '2025-01-10',
    }).filter((x) => x.kind === 'claim');
    expect(a?.verdict).toBe('differs');
    const misreport = a?.reasons.find((r) => r.code === 'misreport');
    expect(misreport?.params.wrong, JSON.stringify(a?.reasons)).toBeTruthy();
    expect(misreport?.params.right).toBeTruthy();
    expect(renderReasons(a?.reasons ?? [], createTranslate(en, en)).join(' ')).toMatch(/known misreport/i);
  });
});
