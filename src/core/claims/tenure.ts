/**
 * "Jaiswal, the MEA's spokesperson since January 2024, said …": a date that says since when a
 * person has held a post, in an apposition to the person (or after "who has been"), is the
 * start of their tenure, not the date of an event the sentence reports. Not a recency claim
 * ("the first visit by a foreign minister since 2019"): that role noun is no apposition.
 */
import type { Span } from '../match/sentences';

/** Nouns of a post a person holds. */
const ROLE =
  '(?:spokesperson|spokesman|spokeswoman|minister|ambassador|envoy|secretary|adviser|advisor|president|premier|chief|head|director|chairman|chairwoman|chair|governor|commander|leader|official|editor|correspondent)';

/** The apposition or "who has been" before a role noun, up to the date's "since" or "from". */
const TENURE_BEFORE = new RegExp(
  `(?:,\\s*|\\bwho\\s+(?:has|had)\\s+been\\s+)(?:(?:the|a|an|its|their|[A-Z][\\w.-]*['’]s)\\s+)?(?:[\\w.'’-]+\\s+){0,3}${ROLE}(?:\\s+(?:of|at|for|to)\\s+(?:the\\s+)?[\\w.'’-]+(?:\\s+[\\w.'’-]+){0,2})?\\s+(?:(?:in|at)\\s+(?:the\\s+)?(?:post|office|role|job|helm)\\s+)?(?:since|from)?\\s*$`,
  'i',
);

/**
 * The post itself as the apposition, with no role noun: "Randhir Jaiswal, in the role since January
 * 2024, confirmed …", "…, at the helm since 2023,", "…, in office since 2014," (ADR 0175). "in
 * place" or "in force" is a measure's, not a post's, and stays out.
 */
const IN_POST_BEFORE =
  /,\s*(?:(?:who\s+(?:has|had)\s+been|having\s+been|still)\s+)?(?:in|at)\s+(?:(?:the|his|her|their|this|that)\s+(?:post|office|role|job|helm|position|chair)|office)\s+(?:since|from)?\s*$/i;

/** True when the date `e` (with or without its "since") dates a person's tenure of a post. */
export function tenureDate(text: string, e: Span): boolean {
  const said = text.slice(e.start, e.end);
  const before = text.slice(Math.max(0, e.start - 80), e.start);
  if (!/^(?:since|from)\b/i.test(said) && !/\b(?:since|from)\s*$/i.test(before)) return false;
  return TENURE_BEFORE.test(before) || IN_POST_BEFORE.test(before);
}
