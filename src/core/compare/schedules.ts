/**
 * What is scheduled is not the agreement that set it going (round 22, ADR 0022): "The first batch
 * of Kailash Mansarovar pilgrims is due to enter Tibet on June 20." / "In January, Misri and Sun
 * Weidong met in Beijing, where the two sides agreed to resume the pilgrimage"; "The Yatra is set
 * to resume this month" / "… and agreed in January to revive the Yatra". One tells what is to
 * happen and when, the other an agreement made months before; they share the thing and tell two
 * moments of it, as a forecast is not what came of it (plans.ts). A sentence that tells both ("The
 * yatra, which the two sides agreed in January to revive, is due to resume in June") is neither.
 */
import { splitMinor } from './clauses';
import { differentKinds } from './kinds';

/** A schedule in the main clause: "is due to", "is set to", "are scheduled to", "was expected to". */
const SCHEDULED = /\b(?:is|are|was|were)\s+(?:due|set|scheduled|slated|expected)\s+to\b/i;
/** An agreement or decision told done. */
const AGREED = /\b(?:agreed|decided|approved)\b/i;

type Moment = 'scheduled' | 'agreed' | null;

/** 'scheduled' or 'agreed' when the main part tells that one and the sentence not the other. */
export function scheduleOrAgreementOf(text: string): Moment {
  const main = splitMinor(text).main;
  if (SCHEDULED.test(main) && !AGREED.test(text)) return 'scheduled';
  if (AGREED.test(main) && !SCHEDULED.test(text)) return 'agreed';
  return null;
}

/** One sentence tells what is scheduled, the other an agreement or decision made. */
export const scheduleOrAgreement = differentKinds(scheduleOrAgreementOf);
