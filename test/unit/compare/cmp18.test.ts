/**
 * Round 18 (ADR 0022, "Round 18 (cmp18)"): rules with sentences of their own (Kenya, Uganda,
 * tea), each in its own describe; each fails with its rule removed.
 */
import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../../src/core/compare/index';
import { speechForm } from '../../../src/core/compare/speech-form';

const pairsOf = (a: readonly string[], b: readonly string[]) =>
  compareArticles(a.join(' '), b.join(' ')).pairs.map((p) => [p.a, p.b]);

describe('round 18: a quotation pairs with a quotation, a report with a report', () => {
  it('tells a quotation from a report', () => {
    expect(speechForm('"Yes, we confirm that several traders have received permits," Wanjiru said.')).toBe(
      'quote',
    );
    expect(speechForm('Kenya on Tuesday confirmed that several traders have received permits.')).toBe(
      'report',
    );
    // A short quoted phrase is no quotation of the statement.
    expect(speechForm('The move came after Uganda announced "reciprocal" levies on Kenyan goods.')).toBe(
      'report',
    );
    // A quotation that is the lesser part of the sentence is neither.
    expect(
      speechForm(
        'Kenya on Tuesday confirmed that several Ugandan traders have received permits to import its tea, calling it "a first step" for trade.',
      ),
    ).toBe(null);
  });

  it('uncrosses two statements each told as a report and as a quotation', () => {
    const a = [
      'Kenya on Tuesday confirmed that several Ugandan traders have received permits from Nairobi to import Kenyan tea.',
      '"Several Ugandan firms have been issued permits for importing tea from Kenya," trade ministry spokesperson Jane Wanjiru said at her weekly briefing.',
    ];
    const b = [
      'Nairobi has issued permits to a few Ugandan companies to import Kenyan tea, the trade ministry said on Tuesday.',
      '"Yes, we confirm that several Ugandan traders have received permits for importing tea from Kenya," spokesperson Jane Wanjiru told reporters.',
    ];
    expect(pairsOf(a, b)).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });
});
