/**
 * "Five weeks into China's pause of its October controls, the April 2025 licensing regime remains
 * in force" (ADR 0123): a date set between a determiner and a measure noun ("the April 2025
 * licensing regime", "China's April 2025 curbs") says which measure the noun phrase names. It can
 * confirm or contradict that measure, but not another fact the sentence names elsewhere (the
 * suspension cued by "pause … controls … October"): a disagreement with a fact found only by words
 * of an earlier clause of the sentence (and of the noun phrase itself) is withheld. A measure the
 * phrase names, or that words after it describe ("Beijing's April 24 order made export licences
 * mandatory"), is still compared.
 */
import type { Checker } from './check-common';
import { MEASURE_HEAD } from './open-ties';
import type { TemporalExpression } from './temporal';

/** A determiner or a possessive name right before the date. */
const DETERMINER = /(?:\b(?:the|its|their|his|her|this|that|these|those|an?)|\b[A-Z][\p{L}.-]*['’]s)\s+$/u;

/** True when `e` modifies a measure noun and the fact `factId` has no word in that noun phrase. */
export function measureAttributeOfOther(c: Checker, e: TemporalExpression, factId: string): boolean {
  const text = c.input.text;
  const det = DETERMINER.exec(text.slice(Math.max(c.sentence.start, e.start - 30), e.start));
  if (!det) return false;
  const head = MEASURE_HEAD.exec(text.slice(e.end, e.end + 40));
  if (!head) return false;
  const from = e.start - det[0].length;
  const headEnd =
    e.end + head[0].length + (MORE_HEAD.exec(text.slice(e.end + head[0].length))?.[0].length ?? 0);
  const to = headEnd + (COMPLEMENT.exec(text.slice(headEnd, c.sentence.end))?.[0].length ?? 0);
  const inPhrase = (ps: readonly number[]) => ps.some((p) => p >= from && p < to);
  // A cue is the phrase's only when every group of it has a word there ("licensing … rare
  // earths"); one shared word ("licensing" of "pause … licensing … October") is not.
  // A fact named by its own name ("…, known as Announcement No. 18") is compared as before.
  const own = c.mentions.filter((m) => m.fact.id === factId);
  if (!own.length || own.some((m) => m.strength === 'alias' || m.inherited)) return false;
  // Found only by words of an earlier clause (and of the phrase): the earlier clause's fact. The
  // phrase's measure may be described after it ("… order made export licences mandatory", "…,
  // which require a license for each export"), so words after the phrase keep the comparison.
  const before = text.slice(c.sentence.start, from);
  const breaks = [...before.matchAll(/[,;:—–]/g)];
  const last = breaks[breaks.length - 1];
  if (!last) return false;
  const clause = c.sentence.start + (last.index as number) + 1;
  const words = own.flatMap((m) => m.positions.filter((p) => p >= c.sentence.start && p < c.sentence.end));
  return words.some((p) => p < clause) && words.every((p) => p < clause || inPhrase([p]));
}

/** The rest of a compound measure noun: "licensing regime", "export control rules". */
const MORE_HEAD =
  /^(?:\s+(?:regime|regimes|rules?|controls?|curbs?|measures?|restrictions?|system|framework|requirements?|orders?|notices?|package))*/;

/** A prepositional complement of the measure noun, up to the clause's next break: "for seven heavy rare earths". */
const COMPLEMENT = /^\s+(?:for|on|of|over|covering|against|targeting)\s+[^,;:.()—–]*/u;
