/**
 * Altered values that got a claim, but of another fact (issue #7, ADR 0105): the fact a wrong
 * value attaches to must not depend on the value agreeing. Sentences written for the rule (not the
 * corpus text), each `differs` test checked to fail without its rule.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

const sentence = (date: string) =>
  `The commerce ministry ${date} published a package of six announcements on export control measures covering rare earth technologies, certain rare earth production equipment, lithium batteries, and superhard materials.`;

describe('a name in the date’s clause is whole, however many keywords its mention holds', () => {
  it('a wrong weekday is the named package’s, not the farther fact cued by “export control”', () => {
    const c = claimAt(sentence('on Monday'), '2025-10-10', 'on Monday');
    expect(c?.fact).toBe('instrument.mofcom-october-2025-controls');
    expect(c?.verdict).toBe('differs');
  });
  it('a wrong day of the month: the same', () => {
    const c = claimAt(sentence('on Oct. 2'), '2025-10-20', 'Oct. 2');
    expect(c?.fact).toBe('instrument.mofcom-october-2025-controls');
    expect(c?.verdict).toBe('differs');
  });
  it('the right dates stay consistent with the package', () => {
    expect(claimAt(sentence('on Thursday'), '2025-10-10', 'on Thursday')?.verdict).toBe('consistent');
    expect(claimAt(sentence('on Oct. 9'), '2025-10-20', 'Oct. 9')?.verdict).toBe('consistent');
  });
  it('a date after publication stays not-`differs`', () => {
    expect(claimAt(sentence('on Oct. 23'), '2025-10-20', 'Oct. 23')?.verdict ?? null).not.toBe('differs');
  });
});

const starts = (date: string) =>
  `China's October export controls, announced on Oct. 9, would have brought lithium battery materials, graphite anode materials and superhard materials under licensing, with most provisions due to kick in on ${date} and extraterritorial rules from Dec. 1.`;

describe('a sibling the sentence dates rightly leaves the wrong day to the other part', () => {
  it('“kick in on D and … from Dec. 1”: D is the package’s 8 Nov start, not No. 61’s 1 Dec', () => {
    const c = claimAt(starts('Nov. 28'), '2025-11-30', 'Nov. 28');
    expect(c?.fact).toBe('event.mofcom-october-2025-controls-effective');
    expect(c?.verdict).toBe('differs');
  });
  it('the right day stays consistent with the 8 Nov start', () => {
    const c = claimAt(starts('Nov. 8'), '2025-11-30', 'Nov. 8');
    expect(c?.fact).toBe('event.mofcom-october-2025-controls-effective');
    expect(c?.verdict).toBe('consistent');
  });
});
