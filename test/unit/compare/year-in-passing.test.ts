/**
 * A year said as an attribute ("the deadly 2020 clash") confirms the claim engine's card, but
 * compare counts it neither as a claim of its sentence nor as a fact the sentence tells: it names
 * which event in passing (facts.ts `inPassing`; merged in session 21 after it paired background
 * mentions in dev/h1 and dev/h11).
 */
import { describe, expect, it } from 'vitest';
import { bundledBase } from '../../../scripts/compare';
import { annotateText } from '../../../src/core/annotate';
import { sideFacts } from '../../../src/core/compare/facts';
import { segment } from '../../../src/core/compare/segment';

const TEXT =
  'Ties between the two neighbours have thawed slowly since the deadly 2020 clash in the Galwan Valley. ' +
  'Officials met in Beijing on Wednesday to discuss border trade.';

describe('a year naming which event, in passing', () => {
  const base = bundledBase();
  const records = annotateText(TEXT, {
    matcher: base.matcher,
    factById: base.factById,
    published: '2025-06-12',
  });

  it('is a claim of the claim engine', () => {
    const year = records.find((r) => r.kind === 'claim' && r.quote === '2020');
    expect(year?.reasons.some((x) => x.code === 'read-date' && x.params.rule === 'year-attributive')).toBe(
      true,
    );
  });

  it('is neither a claim nor a told event of the sentence in compare', () => {
    const facts = sideFacts(segment(TEXT, 'rules'), records);
    expect(facts.claims.map((c) => c.quote)).not.toContain('2020');
    expect([...(facts.events?.[0] ?? [])]).not.toContain('event.galwan-clash');
  });
});
