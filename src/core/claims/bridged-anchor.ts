/**
 * "Less than two weeks before the summit, Wang Yi visited New Delhi", "on a visit to New Delhi
 * nearly two weeks before the summit" (ADR 0045, round 17): a gap counted from a bare definite
 * noun ("the summit") that the sentence does not name, sentences after the article named or cued
 * that event where it called it so ("Modi is in Tianjin for the Shanghai Cooperation Organization
 * Summit"). The reader takes "the summit" for that one; so does the gap. The noun must be a word
 * of the event's own name (title or alias, not a keyword: the Kazan meeting was "at the BRICS
 * summit", but an article that only said "the talks … in Kazan" has not called it a summit) and
 * stand in the sentence that named it; and only one event may be so named: two summits named
 * earlier leave "the summit" unresolved. Used by expressions.ts (anchorEvents) when the words
 * after the gap name nothing themselves.
 */
import type { Checker } from './check-common';
import type { Mention } from './mentions';

/** "the summit", "the meeting": a bare definite event noun, not followed by a phrase that says which. */
const BARE_NOUN =
  /^the\s+(?<noun>summit|meeting|talks|visit|trip|deal|agreement|understanding|pact|announcement|notice|truce)\b(?!\s+(?:of|in|at|on|with|between|by|for|to|held|that|which|where)\b)(?!\s*['’]s)/i;

/** The words of a fact's own name: its title and aliases, lower case. */
const nameWords = (m: Mention) =>
  [m.fact.title.replace(/\([^)]*\)/g, ''), ...m.fact.aliases.map((a) => a.text)].join(' ').toLowerCase();

/** The one event the article called by the bare noun after the gap, as a mention at `at`; else none. */
export function bridgedAnchor(c: Checker, words: string, at: number): Mention[] {
  const noun = BARE_NOUN.exec(words)?.groups?.noun?.toLowerCase();
  if (!noun) return [];
  const holds = new RegExp(`\\b${noun}\\b`, 'i');
  const named = (c.earlier ?? [])
    .filter(
      ({ mention: m, words: said }) =>
        m.fact.date &&
        !m.inherited &&
        m.positions.some((p) => p < c.sentence.start) &&
        holds.test(nameWords(m)) &&
        holds.test(said),
    )
    .map((x) => x.mention);
  const facts = new Set(named.map((m) => m.fact.id));
  const [m] = named;
  if (facts.size !== 1 || !m) return [];
  return [{ ...m, positions: [at], inherited: true }];
}
