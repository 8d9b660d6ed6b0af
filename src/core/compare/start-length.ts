/**
 * When something began is not how long it lasted (round 22, ADR 0022): "The military standoff in
 * eastern Ladakh had begun in May 2020." / "The standoff had lasted more than four years." Both
 * tell the standoff; one claims its start (a date), the other its length (a duration), and each
 * can be right or wrong on its own. A sentence that tells both ("The standoff, which began in May
 * 2020, lasted four years") is neither, and so is one whose verb sits in a relative clause
 * ("… ending a standoff that has lasted four years"): the main clause claims something else.
 */
import { splitMinor } from './clauses';
import { differentKinds } from './kinds';

const START = /\b(?:began|begun|begins|started|starts|erupted|broke out)\b/i;
const LENGTH = /\b(?:lasted|lasts|ran for|went on for|dragged on for|continued for)\b/i;
/** A relative clause to the end: its verb is not the main clause's. */
const RELATIVE = /\b(?:that|which|who)\b.*$/i;

type Claim = 'start' | 'length' | null;

/** 'start' or 'length' when the main clause tells that one only, and the sentence not the other. */
export function startOrLengthOf(text: string): Claim {
  const main = splitMinor(text).main.replace(RELATIVE, '');
  if (START.test(main) && !LENGTH.test(text)) return 'start';
  if (LENGTH.test(main) && !START.test(text)) return 'length';
  return null;
}

/** One sentence claims when something began, the other how long it lasted. */
export const startOrLength = differentKinds(startOrLengthOf);
