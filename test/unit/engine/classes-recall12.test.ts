/**
 * Round 2 of session 10's recall rules (issue #7; ADR 0037, "Round 2 (recall12)"), each with
 * sentences written for the rule (not from the eval corpus), each checked to fail without it.
 */
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../../src/core/annotate';
import { factById, matcher } from './claims-of';

/** The facts of the claims over `quote` in `text`. */
function claimsOver(text: string, published: string | null, quote: string): string[] {
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`"${quote}" is not in the text`);
  const end = at + quote.length;
  return annotateText(text, { matcher, factById, published })
    .filter((a) => a.kind === 'claim' && a.start < end && at < a.end)
    .map((a) => a.factIds[0] as string);
}

const REFINING = 'quantity.china-rare-earth-refining-share';
const MAGNETS = 'quantity.china-magnet-manufacturing-share';

describe('fact base 1.2.12: a share of refining in a paragraph about rare earths', () => {
  it('“its share of processing” is the refining share when the paragraph names rare earths', () => {
    const text =
      'Beijing has tightened its hold on rare earths for a decade. Analysts now put its share of processing at roughly 91 percent.';
    expect(claimsOver(text, '2025-11-20', 'roughly 91 percent')).toEqual([REFINING]);
  });
  it('the same words in a paragraph about something else are no claim of it', () => {
    const text =
      'The cooperative grew its dairy business. Analysts now put its share of processing at roughly 91 percent.';
    expect(claimsOver(text, '2025-11-20', 'roughly 91 percent')).toEqual([]);
  });
});

describe('a list of measure–figure pairs: the words after a figure lead to the next one', () => {
  // 92 fits both records (refining 92 ± 3, magnets 94 ± 2), so only the words can say which it is.
  it('“share of rare-earth refining at 92% and of magnet production at about 94%”: 92 is refining’s', () => {
    const text =
      'A Paris think tank puts China’s share of rare-earth refining at 92% and of magnet production at about 94%, a grip no rival can loosen soon.';
    expect(claimsOver(text, '2025-11-20', '92%')).toEqual([REFINING]);
    expect(claimsOver(text, '2025-11-20', 'about 94%')).toEqual([MAGNETS]);
  });
  it('each measure after its figure (“90% of rare-earth refining and 95% of magnet production”) keeps its own', () => {
    const text =
      'By one count China handles 90% of rare-earth refining and 95% of global magnet production, far more than anyone else.';
    expect(claimsOver(text, '2025-11-20', '90%')).toEqual([REFINING]);
    expect(claimsOver(text, '2025-11-20', '95%')).toEqual([MAGNETS]);
  });
});
