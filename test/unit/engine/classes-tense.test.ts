/**
 * A cue's verb in its other tense (issue #7, ADR 0069, variants.ts `tenseVariants`): sentences written for
 * the rule (not from the eval corpus or the stress sets). The first test fails without the rule: the
 * easing's cues name "relaxed", "eased", "lifted", not the progressive forms news also uses.
 */
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../../src/core/annotate';
import { tenseVariants } from '../../../src/core/match/variants';
import { factById, matcher } from './claims-of';

const claimsAt = (text: string, quote: string, published: string) =>
  annotateText(text, { matcher, factById, published }).filter(
    (r) => r.kind === 'claim' && text.slice(r.start, r.end) === quote,
  );

describe('a cue verb in the progressive', () => {
  it('"is relaxing that ban this month" dates the easing, not the ban', () => {
    const text =
      'Beijing, which barred urea shipments abroad in June last year, is relaxing that ban this month, though India stays excluded, traders said.';
    const thisMonth = claimsAt(text, 'this month', '2025-06-20');
    expect(thisMonth.map((c) => c.factIds[0])).toEqual(['event.china-urea-easing-jun-2025-excluding-india']);
    expect(thisMonth[0]?.verdict).toBe('consistent');
    const lastYear = claimsAt(text, 'June last year', '2025-06-20');
    expect(lastYear.map((c) => c.factIds[0])).toEqual(['event.china-urea-export-ban-2024']);
  });
});

describe('tenseVariants', () => {
  it('swaps -ing for -ed on the last word', () => {
    expect(tenseVariants('easing')).toEqual(['eased']);
    expect(tenseVariants('curbs easing')).toEqual(['curbs eased']);
    expect(tenseVariants('banning')).toEqual(['banned']);
  });
  it('gives a one-word -ed cue its progressive forms only after an auxiliary', () => {
    const forms = tenseVariants('relaxed');
    expect(forms).toContain('is relaxing');
    expect(forms).toContain('were relaxing');
    expect(forms).not.toContain('relaxing');
    expect(tenseVariants('banned')).toContain('are banning');
  });
  it('leaves short words and multi-word -ed phrases alone', () => {
    expect(tenseVariants('need')).toEqual([]);
    expect(tenseVariants('agreed')).toHaveLength(6);
    expect(tenseVariants('still restricted')).toEqual([]);
    expect(tenseVariants('talks')).toEqual([]);
  });
});
