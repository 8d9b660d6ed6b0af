/**
 * Altered single dates that got no claim (issue #7, ADR 0118): the event a wrong date attaches to
 * must not depend on the date agreeing with the record. Sentences written for the rules (not the
 * corpus text), each `differs` test checked to fail without its rule.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

const provisions = (date: string) =>
  `A sixth notice reaches foreign-made goods holding Chinese-origin rare earths worth 0.1% of their value or more, with those provisions taking effect from ${date}.`;

describe('a start told by a participle ("taking effect from …") is still to come', () => {
  it('“… with those provisions taking effect from Jan. 1”: No. 61’s start, a wrong day', () => {
    const c = claimAt(provisions('Jan. 1'), '2025-10-13', 'Jan. 1');
    expect(c?.fact).toBe('event.mofcom-announcement-61-effective');
    expect(c?.verdict).toBe('differs');
  });
  it('the right day is consistent with No. 61’s start', () => {
    const c = claimAt(provisions('Dec. 1'), '2025-10-13', 'Dec. 1');
    expect(c?.fact).toBe('event.mofcom-announcement-61-effective');
    expect(c?.verdict).toBe('consistent');
  });
});

const kickIn = (date: string) =>
  `China announced six notices covering rare earths, lithium batteries and superhard materials. Most of the provisions kick in ${date}; parts of the extraterritorial rule follow Dec. 1.`;

describe('a start told in the present ("kick in …") is still to come', () => {
  it('“Most of the provisions kick in Nov. 8”: the package’s start, consistent', () => {
    const c = claimAt(kickIn('Nov. 8'), '2025-10-13', 'Nov. 8');
    expect(c?.fact).toBe('event.mofcom-october-2025-controls-effective');
    expect(c?.verdict).toBe('consistent');
  });
});
