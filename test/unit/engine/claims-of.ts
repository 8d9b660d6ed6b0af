/**
 * The claim engine on a sentence of a test's own, with the bundled fact base: the claims it
 * makes (quote, verdict, first fact, reason codes). Shared by the classes-s* tests.
 */
import { annotateText } from '../../../src/core/annotate';
import { BUNDLED_PACKS } from '../../../src/core/facts/bundled';
import { buildFactBase } from '../../../src/core/facts/factbase';

export const { matcher, factById } = buildFactBase(BUNDLED_PACKS);

export const claims = (text: string, published: string | null) =>
  annotateText(text, { matcher, factById, published })
    .filter((a) => a.kind === 'claim')
    .map((a) => ({
      quote: a.quote,
      verdict: a.verdict,
      fact: a.factIds[0],
      reasons: a.reasons.map((r) => r.code),
    }));

/** The first claim whose quote holds `quote`, or null. */
export const claimAt = (text: string, published: string | null, quote: string) =>
  claims(text, published).find((c) => c.quote.includes(quote)) ?? null;

/** The annotations whose quote overlaps `quote` in `text`. */
export function annotationsOn(text: string, quote: string, published: string) {
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`"${quote}" is not in the text`);
  const end = at + quote.length;
  return annotateText(text, { matcher, factById, published }).filter((a) => a.start < end && a.end > at);
}

/** The facts carded where `quote` is in `text`. */
export const cardsOn = (text: string, quote: string, published: string) =>
  annotationsOn(text, quote, published).flatMap((a) => a.factIds);
