/**
 * Reporting dates: a date on a speech verb is when something was said, not when the fact
 * happened, so it never makes a conflict (ADR 0015, second round).
 */
import { describe, expect, it } from 'vitest';
import { bundledBase, goldSets } from '../../../scripts/compare';
import { annotateText } from '../../../src/core/annotate';
import { type SideClaim, sideFacts } from '../../../src/core/compare/facts';
import { conflictsOf } from '../../../src/core/compare/facts-view';
import { isReportingDate } from '../../../src/core/compare/reporting';
import { segment } from '../../../src/core/compare/segment';

const at = (sentence: string, quote: string) => {
  const start = sentence.indexOf(quote);
  return isReportingDate(sentence, start, start + quote.length);
};

describe('reporting dates', () => {
  it('a date on a speech verb, before or after it, is a reporting date', () => {
    expect(at('The ministry said on Monday that the talks would be held in Beijing.', 'on Monday')).toBe(
      true,
    );
    expect(at('The ministry said in a statement on Monday that talks were held.', 'on Monday')).toBe(true);
    expect(at('Officials on Monday said the talks had been held in Beijing.', 'on Monday')).toBe(true);
    expect(at('The talks were held in Beijing, according to a readout on Tuesday.', 'on Tuesday')).toBe(true);
  });

  it('declining, refusing or denying to say something is a statement: its date is the refusal’s', () => {
    expect(
      at('The embassy on Friday declined to comment on the report that a deal was signed.', 'on Friday'),
    ).toBe(true);
    expect(
      at('Officials refused on Tuesday to confirm that the border post had reopened.', 'on Tuesday'),
    ).toBe(true);
    expect(at('The ministry denied on Sunday that troops had moved.', 'on Sunday')).toBe(true);
    // The verb must be beside the date: a refusal later in the sentence does not date the event.
    expect(at('The ferry sank on Friday, and the port authority declined to comment.', 'on Friday')).toBe(
      false,
    );
  });

  it('the date of the event itself is not, nor one across a clause from the verb', () => {
    expect(at('Wang Yi told Jaishankar on Monday that China would address the concerns.', 'on Monday')).toBe(
      false,
    );
    expect(at('The two leaders met on Sunday in Tianjin.', 'on Sunday')).toBe(false);
    expect(at('He said that the talks were held on Monday in Beijing.', 'on Monday')).toBe(false);
    expect(at('Most rules take effect on November 8, the ministry said.', 'on November 8')).toBe(false);
  });

  it('a reporting date is never a side of a conflict; the same value firmly tied is', () => {
    const claim = (over: Partial<SideClaim>): SideClaim => ({
      sentence: 0,
      start: 0,
      end: 9,
      quote: 'on Monday',
      factId: 'event.x',
      verdict: 'consistent',
      resolved: '18 Aug 2025',
      record: '18 Aug 2025',
      ...over,
    });
    const a = [claim({})];
    const firm = claim({ quote: 'on Wednesday', resolved: '20 Aug 2025', verdict: 'differs' });
    const lookup = () => undefined;
    expect(conflictsOf(a, [firm], lookup)).toHaveLength(1);
    expect(conflictsOf(a, [{ ...firm, reporting: true }], lookup)).toEqual([]);
    expect(conflictsOf([{ ...a[0], reporting: true } as SideClaim], [firm], lookup)).toEqual([]);
  });

  it('flags the dates the claim engine ties on a speech verb in a real article, and only those', () => {
    // Dev pair 13: "…Army sources said on Wednesday" is tied to the disengagement by the claim engine.
    const pair = goldSets().dev.find((g) => /Depsang and Demchok disengagement/.test(g.name));
    expect(pair).toBeDefined();
    const side = (pair as NonNullable<typeof pair>).a;
    const base = bundledBase();
    const seg = segment(side.text, 'rules');
    const facts = sideFacts(
      seg,
      annotateText(side.text, { matcher: base.matcher, factById: base.factById, published: side.published }),
    );
    const flagged = facts.claims.filter((c) => c.reporting).map((c) => c.quote);
    expect(flagged).toEqual(['on Wednesday']);
    expect(facts.claims.filter((c) => !c.reporting).length).toBeGreaterThan(0);
  });
});
