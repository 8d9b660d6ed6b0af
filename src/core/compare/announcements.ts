/**
 * Announcing a thing is not a remark on what it will do (round 22, ADR 0022): "Foreign Secretary
 * Vikram Misri announced the patrolling agreement on Monday." / "Misri had said on Monday that the
 * agreement was leading to disengagement and, eventually, a resolution of the issues …". One
 * speaker, one day, one agreement: the first tells that he made it public, the second what he
 * said it does. A main part telling someone announced, unveiled or disclosed a thing (a
 * determiner follows), in a sentence reporting no remark, against a sentence reporting a remark
 * with a clause of its own ("said … the agreement was leading to …") and announcing nothing.
 */
import { splitMinor } from './clauses';
import { differentKinds } from './kinds';

/** An announcement of a thing: "announced the agreement", "unveiled a plan". */
const ANNOUNCED = /\b(?:announced|unveiled|disclosed)\s+(?:the|a|an|its|their)\b/i;
/** A reported remark with a finite verb of its own: "said on Monday that the agreement was leading …". */
const REMARK =
  /\b(?:said|says|told\s+\w+|added)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:the|it|this|they)\b[^.]*\b(?:would|will|was|is|were|are|had)\b/i;
const ANY_ANNOUNCING = /\bannounc/i;

type Act = 'announced' | 'remark' | null;

/** 'announced' or 'remark' (see the file comment), null otherwise. */
export function announcementOrRemarkOf(text: string): Act {
  const remark = REMARK.test(text);
  if (ANNOUNCED.test(splitMinor(text).main) && !remark) return 'announced';
  if (remark && !ANY_ANNOUNCING.test(text)) return 'remark';
  return null;
}

/** One sentence tells an announcement of a thing, the other a remark on it. */
export const announcementOrRemark = differentKinds(announcementOrRemarkOf);
