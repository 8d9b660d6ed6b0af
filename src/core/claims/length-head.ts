/**
 * "The two-day SCO summit", "a two-day summit that wrapped up Monday": a length in days written
 * as an adjective qualifies the noun after it (past a name or two), so an event whose own name
 * holds that noun, found in the words from the length to the noun, is what the length measures,
 * even when only its keywords found it (ADR 0044, round 20).
 */
import type { Fact } from '../facts/schema';
import type { Span } from '../match/sentences';
import type { Mention } from './mentions';

/** "two-day" (hyphenated: an adjective), then up to four capitalised words, then the lower-case head noun. */
const HEAD_AFTER = /^\s+(?:(?:[A-Z][\w'’.&-]*|of)\s+){0,4}([a-z]+)\b/;

/** The noun a hyphenated length qualifies, with its span, or null. */
export function lengthHead(text: string, e: Span & { readonly text: string }, sentence: Span): Span | null {
  if (!/^[^\s]+-(?:day|week)$/i.test(e.text.trim())) return null;
  const m = HEAD_AFTER.exec(text.slice(e.end, sentence.end));
  if (!m?.[1]) return null;
  const end = e.end + m[0].length;
  return { start: end - m[1].length, end };
}

/** The words of a fact's own name (title without its dating parenthesis, and aliases; no keywords). */
const nameWords = (fact: Fact): Set<string> =>
  new Set(
    [fact.title.replace(/\([^)]*\)/g, ''), ...fact.aliases.map((a) => a.text)]
      .join(' ')
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter(Boolean),
  );

/**
 * The one event with a range of days whose own name holds the head noun and that was found in
 * the words from the length to that noun: what "the two-day summit" measures. Null when none or several.
 */
export function eventOfLengthHead(
  text: string,
  e: Span & { readonly text: string },
  sentence: Span,
  mentions: readonly Mention[],
): Mention | null {
  const head = lengthHead(text, e, sentence);
  if (!head) return null;
  const noun = text.slice(head.start, head.end).toLowerCase();
  const found = mentions.filter(
    (m) =>
      m.fact.kind === 'event' &&
      m.fact.date?.precision === 'range' &&
      !m.derived &&
      !m.inherited &&
      nameWords(m.fact).has(noun) &&
      m.positions.some((p) => p >= e.start && p < head.end),
  );
  const ids = new Set(found.map((m) => m.fact.id));
  return ids.size === 1 ? (found[0] as Mention) : null;
}

/** "a five-day visit" of a visit: the noun a hyphenated length qualifies is a word of the fact's own name (ADR 0119). */
export function lengthOfItsName(
  text: string,
  e: Span & { readonly text: string },
  sentence: Span,
  fact: Fact,
): boolean {
  const head = lengthHead(text, e, sentence);
  if (!head) return false;
  const noun = text.slice(head.start, head.end).toLowerCase();
  // (The name's verb stands for its noun: "Jaishankar visits China" of "a five-day visit".)
  const words = nameWords(fact);
  return words.has(noun) || words.has(`${noun}s`);
}
