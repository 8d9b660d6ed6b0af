/**
 * "about 92% of refined output and about 64% of permanent-magnet manufacturing": the noun phrase
 * right after a share's "of" names what it is a share of. When the words of exactly one share
 * fact of the sentence stand there, that fact is the figure's measure, whatever other figure of
 * the clause happens to fit its record (ADR 0042, round 19).
 */
import type { Span } from '../match/sentences';
import type { Checker } from './check-common';
import { governs } from './figure-owners';
import type { Mention } from './mentions';

/** The "of" phrase after a figure, up to a clause break, a co-ordinator or the next figure. */
const OF_PHRASE =
  /^\s+of\s+((?:(?!\d)[^,;.:()\n])*?)(?=\s*(?:[,;.:()\n]|$)|\s+(?:and|but|while|whereas|according|against|compared|versus|than|in\s+\d|last|this|that|which|from|to|by)\b|\s+\d)/i;

const norm = (s: string) =>
  ` ${s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
const has = (phrase: string, w: string) => phrase.includes(norm(w));

/** Keywords too general to say which share is meant. */
const GENERAL = new Set(['share', 'makes', 'mines', 'usgs']);

/**
 * The one share fact whose keywords stand in the percentage's own "of" phrase, if exactly one
 * does and no verb right before the figure names another measure.
 */
export function shareOfPhrase(c: Checker, span: Span, unit: string): Mention | null {
  if (unit !== 'percent') return null;
  // "refines about 90 per cent of the world's supply": the verb before the figure names its measure.
  if (c.mentions.some((x) => x.fact.quantity?.unit === unit && governs(c, span, x))) return null;
  const m = OF_PHRASE.exec(c.input.text.slice(span.end, c.sentence.end));
  if (!m?.[1]) return null;
  const phrase = norm(m[1]);
  const shares = c.mentions.filter((x) => x.fact.quantity?.unit === unit);
  const byKeyword = shares.filter((x) =>
    (x.fact.keywords ?? []).some((k) => !GENERAL.has(k.toLowerCase()) && has(phrase, k)),
  );
  // (Keywords only: a cue's general words, "rare-earth … supply", fit several shares.)
  return new Set(byKeyword.map((x) => x.fact.id)).size === 1 ? (byKeyword[0] ?? null) : null;
}
