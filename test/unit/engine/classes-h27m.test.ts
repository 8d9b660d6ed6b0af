/**
 * A non-restrictive "which" clause that says what a dated noun holds (ADR 0127): "the controls
 * Beijing unveiled Oct. 3, which extend licensing to … superhard materials" names the controls in
 * the clause, so the date is theirs, not another instrument's cued by the noun alone. Sentences
 * written for the rule (not the corpus text); the `differs` on the named fact fails without it.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

const measures = (date: string) =>
  `Markets are watching the controls Beijing unveiled ${date}, which extend licensing to five more rare-earth elements, graphite anode materials and superhard materials.`;

describe('", which extend …" goes on describing the dated noun', () => {
  it('a wrong day is called wrong for the instrument the clause names, not the April notice', () => {
    const c = claimAt(measures('Oct. 3'), '2025-10-27', 'Oct. 3');
    expect(c?.fact).toBe('instrument.mofcom-october-2025-controls');
    expect(c?.verdict).toBe('differs');
  });
  it('the right day is consistent with it', () => {
    const c = claimAt(measures('Oct. 9'), '2025-10-27', 'Oct. 9');
    expect(c?.fact).toBe('instrument.mofcom-october-2025-controls');
    expect(c?.verdict).toBe('consistent');
  });
  it('the April notice, described by its own contents, keeps its own day', () => {
    const c = claimAt(
      'Carmakers still face the controls Beijing issued April 4, which cover seven medium and heavy rare earths.',
      '2025-10-27',
      'April 4',
    );
    expect(c?.fact).toBe('instrument.mofcom-announcement-18-2025');
    expect(c?.verdict).toBe('consistent');
  });
});
