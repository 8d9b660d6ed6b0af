/**
 * "The SCO summit runs from Sept. 15 to 16", "The patrol took place on Wednesday", "… the
 * Shanghai Cooperation Organization summit, held from Sept. 7 to 8" (ADR 0067): the event's own
 * noun heads the subject of a verb of occurrence (take place, be held, run, be scheduled for), and
 * the date is that verb's adjunct, right after it. The sentence's structure, not the date's
 * agreeing with the record, says whose date it is: the subject's. Keywords that find the event
 * only loosely then tie the date as a cue would, also when it disagrees.
 *
 * Not a subject whose words mark another instance of its kind ("the previous summit", "the 2024
 * summit", "the first round", "next year's meeting"), whose date the record does not keep.
 */
import type { Span } from '../match/sentences';
import type { DateTie } from './date-ties';
import type { Mention } from './mention-types';
import type { TemporalExpression } from './temporal';
import { clauseAt } from './ties';

/**
 * A verb of occurrence, then optionally where ("in Beijing", "in the same city"), then the
 * preposition of the date, at the end of the words before it.
 */
const OCCURRENCE_BEFORE_DATE =
  /(?:\b(?:is|was|are|were|will\s+be|would\s+be|had\s+been|has\s+been|to\s+be|being)\s+)?\b(?:held|(?:scheduled|slated|set|planned|due)(?:\s+to\s+(?:run|take\s+place|be\s+held))?|(?:will\s+|to\s+|would\s+)?(?:take|takes|took|taking)\s+place|(?:will\s+|to\s+|would\s+)?(?:run|runs|ran|running))(?:\s+(?:in|at)\s+(?:the\s+)?[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,2},?)?\s+(?:(?:on|from|in|through|between|for)\s+)?(?:(?<=\bon\s+)the\s+(?:intervening\s+)?(?:night|morning|evening|afternoon)\s+of\s+)?$/iu;

/** "scheduled", "set", "due" date their subject only with "for" ("set for Sept. 15"), or "to run/take place". */
const NEEDS_FOR = /\b(?:scheduled|slated|set|planned|due)\s+(?:(?:in|at)\s+[^,]*?)?\s*$/i;

/** Between the subject's head and its verb: nothing, "which", a comma, or where ("in the same city"). */
const HEAD_TO_VERB =
  /^(?:\s*\([^)]{1,12}\))?\s*(?:,\s*(?:which\s+)?|\s+which\s+|\s+that\s+)?(?:(?:in|at)\s+(?:the\s+)?[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,2}\s+)?$/iu;

/** Words in a subject that mark another instance of its kind than the one the record keeps. */
const OTHER_INSTANCE =
  /\b(?:previous|preceding|prior|last|next|earlier|later|another|latest|upcoming|following|annual|first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)|\d{4})\b|['’]s\b/i;

/**
 * A relative clause or a participle right after the head ("summit, which runs", "summit that runs",
 * "summit, held from", "summit in the same city scheduled for"), not a finite verb.
 */
const RELATIVE_AFTER_HEAD =
  /^(?:\s*\([^)]{1,12}\))?(?:\s+(?:in|at)\s+(?:the\s+)?[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,2})?\s*(?:,\s*which\b|\s+which\b|\s+that\b|,\s*(?:held|scheduled|slated|set|due|planned)\b|\s+(?:held|scheduled|slated|set|due|planned)\b)/iu;

/** A subject's determiner. */
const DETERMINER = /^(?:the|a|an|this|that|these|those|its|their|his|her|our)$/;

/** Words before a determiner that leave its noun free to take a relative clause: a verb's, "for", "at". */
const NOUN_BEFORE_OK = /^(?:for|at|attend|attends|attended|attending|host|hosts|hosted|hosting|is|was|will)$/;

/** How many words before the head the subject may have, at most ("the Shanghai Cooperation Organization (SCO) summit"). */
const SUBJECT_WORDS = 6;

/** Words that end a subject going leftwards: its determiner, a preposition, a verb's particle. */
const SUBJECT_EDGE =
  /^(?:the|a|an|this|that|these|those|its|their|his|her|our|for|of|to|at|in|on|with|by|from|and|attend|attends|attended|attending)$/i;

/**
 * True when `e` is the adjunct of a verb of occurrence whose subject's head is one of `m`'s words
 * ("The summit runs from …"), that subject marking no other instance, in `e`'s clause.
 */
export function occurrenceOfSubject(
  text: string,
  sentence: Span,
  e: TemporalExpression,
  m: Mention,
): boolean {
  if (e.kind === 'anchored' || e.kind === 'duration') return false;
  const clause = clauseAt(text, sentence, e.start);
  const before = text.slice(clause.start, e.start);
  const verb = OCCURRENCE_BEFORE_DATE.exec(before);
  if (!verb) return false;
  const phrase = verb[0];
  if (
    NEEDS_FOR.test(phrase.replace(/\s+(?:on|from|in|through|between)\s+$/i, ' ')) &&
    !/\bfor\s+$/i.test(phrase)
  ) {
    if (!/\bto\s+(?:run|take\s+place|be\s+held)\b/i.test(phrase)) return false;
  }
  const verbAt = clause.start + verb.index;
  // The head: the last of the event's words before the verb, with only "which", a comma or a
  // place between it and the verb.
  const heads = m.positions.filter((p) => p >= clause.start && p < verbAt);
  if (!heads.length) return false;
  const head = Math.max(...heads);
  const headWord = /^[\p{L}\p{N}'’-]+/u.exec(text.slice(head))?.[0] ?? '';
  if (!headWord || !HEAD_TO_VERB.test(text.slice(head + headWord.length, verbAt))) return false;
  // The subject: up to its determiner, or the clause's start.
  const words = text.slice(clause.start, head).split(/\s+/).filter(Boolean);
  const subject: string[] = [];
  let k = words.length - 1;
  for (; k >= 0 && subject.length < SUBJECT_WORDS; k--) {
    const w = (words[k] as string).replace(/^[("“‘']+|[)"”’',]+$/g, '');
    if (SUBJECT_EDGE.test(w)) break;
    subject.unshift(w);
  }
  if (OTHER_INSTANCE.test([...subject, headWord].join(' '))) return false;
  // What stands before the subject: nothing for a finite verb ("The summit runs …": the clause's
  // subject, not a noun inside it, as in "the first patrol since the disengagement took place");
  // for a relative clause or a participle ("…for the SCO summit, which runs …") the noun it
  // follows, itself no modifier of another noun ("of", "since", "to" before it).
  const edge = k >= 0 ? (words[k] as string).toLowerCase() : null;
  if (edge !== null && !DETERMINER.test(edge)) return false;
  const rest = words.slice(0, Math.max(k, 0)).map((w) => w.toLowerCase());
  const relative = RELATIVE_AFTER_HEAD.test(text.slice(head + headWord.length, verbAt + verb[0].length));
  if (
    !relative &&
    rest.length > 0 &&
    !(rest.length === 1 && /^(?:and|but|so|yet|then)$/.test(rest[0] as string))
  )
    return false;
  if (relative && rest.length > 0 && !NOUN_BEFORE_OK.test(rest[rest.length - 1] as string)) return false;
  // No other date between the subject and this one ("the summit in 2024 was held on …").
  return !/\d/.test(text.slice(head, e.start).replace(/\(\s*[A-Z]+\s*\)/g, ''));
}

/**
 * The candidates with the one whose event heads the subject of the date's verb of occurrence
 * first ("The SCO Summit runs from Sept. 15 to 16", ADR 0073): found only by keywords, it went
 * behind an event a "the meeting" had carried over from the sentence before, and a wrong date
 * then had no claim at all. The structure says whose date it is, against what the sentence only
 * points back to; not against an event the sentence names or cues itself.
 */
export function subjectFirst(
  c: { readonly input: { readonly text: string }; readonly sentence: Span },
  e: TemporalExpression,
  order: readonly DateTie[],
): DateTie[] {
  const [first] = order;
  // Only ahead of what was carried over; an event the sentence itself names or cues keeps its
  // place ("The talks, held in Kuala Lumpur from …": the place's event, not talks' keywords).
  if (!first || !(first.mention.inherited || first.mention.derived)) return [...order];
  const subject = order.find(
    (t) =>
      t.sameClause &&
      !t.mention.derived &&
      !t.mention.inherited &&
      occurrenceOfSubject(c.input.text, c.sentence, e, t.mention),
  );
  return subject ? [subject, ...order.filter((t) => t !== subject)] : [...order];
}
