/**
 * A cue split by a relational word (ADR 0061): "Reports of extra urea exports for India this month
 * followed a June easing of China's urea ban". The ban's cue is "urea + ban"; "urea" stands in the
 * subject beside the date, but "ban" only past "followed", in the event the subject is placed
 * after. A cue names its event only with all its groups; when every word of one group lies past a
 * verb of sequence from the date, the event the whole cue names is on that far side, and the date
 * is related to it, not its own (as `relatedPastCue` in ties.ts says when the cue's nearest word
 * is past one). Words shared by both events ("urea") do not bring it back to the date's side.
 */
import type { Span } from '../match/sentences';
import type { Mention } from './mentions';

/**
 * Verbs that place one event after or before another ("X followed Y", "X came after Y"): the
 * subject and the object are the two events. (Prepositions like "after" also open mere asides of
 * time, where a cue's words on both sides may still be one event's: not read so here. The present
 * "follows" is left as ties.ts's relational words leave it: a fact cued there as one word would
 * stay on the date's side while its rivals moved away.)
 */
const SEQUENCE_VERB =
  /\b(?:(?:followed|preceded)(?=\s+(?:a|an|the|its|his|her|their|this|that|last|[A-Z][\w-]*['’]s)\s)|came\s+(?:after|before))\b/;

/**
 * True when some cue group of `m` has its every word after `e`, past a verb of sequence with its
 * object: the date is in the subject ("Reports … this month followed a June easing of the ban").
 * Not an intransitive "followed" ("Modi followed at the end of August, meeting Xi on Aug. 31"),
 * nor a date after the verb, which is the object's own.
 */
export function cueGroupPastRelational(text: string, e: Span, m: Mention): boolean {
  if (m.strength !== 'cue') return false;
  return (m.cueGroups ?? []).some(
    (g) => g.length > 0 && g.every((p) => p >= e.end && SEQUENCE_VERB.test(text.slice(e.end, p))),
  );
}
