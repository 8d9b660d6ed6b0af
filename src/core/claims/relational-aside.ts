/**
 * "The 10% rate, halved from 20% after the Busan summit, applies from Monday": an event named as
 * the object of a relational word ("after", "before", "following", "since", "ahead of") is the
 * time another act is placed by, not the subject of the clause that follows. When a comma closes
 * that phrase and the main predicate resumes right after it with a finite verb ("applies",
 * "was", "will"), a date of that predicate is not the event's, nor any fact related to it (issue
 * #7, ADR 0060). ties.ts's fronted-phrase rule needs three words of a main clause after the
 * comma; this is the case where the clause's subject came before the aside, so only its verb
 * follows.
 */
import type { Span } from '../match/sentences';

/** The event's words right after a relational word, a few words in. */
const OBJECT_OF_RELATIONAL =
  /\b(?:after|before|following|since|ahead of|prior to|in the wake of)\s+(?:(?:the|a|an|its|their|this|last)\s+)?(?:[\w'’-]+\s+){0,3}$/i;

/** A finite verb that resumes the main clause after the aside's closing comma (not a participle going on about the event). */
const RESUMES_PREDICATE =
  /^,\s*(?:(?:now|still|also|only)\s+)?(?:is|are|was|were|will|would|has|have|had|applies|apply|takes|took|comes|came|begins|began|starts|remains|remained|runs|ran|goes|went|ends|kicks)\b/i;

/**
 * True when the mention's word at `at`, before the value `e`, is the object of a relational word
 * and the only comma between them is followed by the main clause's finite verb.
 */
export function relationalAsideBefore(text: string, sentence: Span, at: number, e: Span): boolean {
  if (at >= e.start) return false;
  const between = text.slice(at, e.start);
  const comma = between.indexOf(',');
  if (comma < 0 || between.indexOf(',', comma + 1) >= 0 || /[;:]/.test(between)) return false;
  if (!RESUMES_PREDICATE.test(between.slice(comma))) return false;
  return OBJECT_OF_RELATIONAL.test(text.slice(Math.max(sentence.start, at - 60), at));
}
