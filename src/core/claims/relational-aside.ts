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

/** A relational word and the event's words right after it, a few words in. */
const RELATIONAL_OBJECT =
  "\\b(?:after|before|following|since|ahead of|prior to|in the wake of)\\s+(?:(?:the|a|an|its|their|this|last)\\s+)?(?:[\\w'’-]+\\s+){0,3}$";

/** The event's words right after a relational word, a few words in. */
const OBJECT_OF_RELATIONAL = new RegExp(RELATIONAL_OBJECT, 'i');

/** A finite verb of the main clause (not a participle going on about the event). */
const FINITE_VERB =
  '(?:(?:now|still|also|only)\\s+)?(?:is|are|was|were|will|would|has|have|had|applies|apply|takes|took|comes|came|begins|began|starts|remains|remained|runs|ran|goes|went|ends|kicks)\\b';

/** A finite verb that resumes the main clause after the aside's closing comma. */
const RESUMES_PREDICATE = new RegExp(`^,\\s*${FINITE_VERB}`, 'i');

/**
 * "The fentanyl tariff cut that Trump announced after Thursday's Busan talks will apply from 10
 * November": the same inside a restrictive relative clause of the clause's subject, with no comma
 * to close it (ADR 0071). The subject is a short noun phrase that opens its clause; its relative
 * clause opens with "that" or "which" and has a verb of its own before the relational word; the
 * event's noun phrase (a few words) is followed straight by the main clause's verb, in a form no
 * clause opened by "after" or "since" takes ("will", "applies": not "the standoff began", which
 * is the relational clause's own verb).
 */
const OBJECT_IN_SUBJECT_RELATIVE = new RegExp(
  `^[\\s"“'‘]*(?:[\\w'’-]+\\s+){1,6}(?:that|which)\\s+(?:[\\w'’-]+\\s+){1,4}${RELATIONAL_OBJECT}`,
  'i',
);
/** The rest of the event's noun phrase, then the main clause's verb. */
const RESUMES_AFTER_NOUN =
  /^(?:[\w'’-]+\s+){0,3}?(?:will|would|shall|applies|takes|comes|begins|starts|remains|runs|ends|kicks)\b/i;

/**
 * True when the mention's word at `at`, before the value `e`, is the object of a relational word
 * and the only comma between them is followed by the main clause's finite verb; or, with no comma,
 * when the relational word is in a restrictive relative clause the main verb follows.
 */
export function relationalAsideBefore(text: string, sentence: Span, at: number, e: Span): boolean {
  if (at >= e.start) return false;
  const between = text.slice(at, e.start);
  if (!/[,;:]/.test(between) && RESUMES_AFTER_NOUN.test(between)) {
    const opening = text.slice(sentence.start, at);
    const hard = Math.max(opening.lastIndexOf(';'), opening.lastIndexOf(':'));
    return OBJECT_IN_SUBJECT_RELATIVE.test(opening.slice(hard + 1));
  }
  const comma = between.indexOf(',');
  if (comma < 0 || between.indexOf(',', comma + 1) >= 0 || /[;:]/.test(between)) return false;
  if (!RESUMES_PREDICATE.test(between.slice(comma))) return false;
  return OBJECT_OF_RELATIONAL.test(text.slice(Math.max(sentence.start, at - 60), at));
}
