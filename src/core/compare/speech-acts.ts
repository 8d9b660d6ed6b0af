/**
 * What a sentence's main clause does with a claim (ADR 0022, round 18): states it, denies it
 * ("the foreign ministry declined to confirm reports that it had promised to lift curbs"; "she
 * was not aware of the reports"), or tells that it was asked ("Jaiswal had been asked whether
 * four companies won approval"; "He was replying to a query on whether …"). The claim's words
 * are the same in all three, so the cosine pairs an assurance with its denial, and an answer
 * with its question. An editor does not: a denial pairs with a denial, a question with a
 * question. Read from the main part (clauses.ts): "…, though Beijing said it was not aware"
 * is a concession, not the sentence's act.
 */
import { splitMinor } from './clauses';
import type { Vector } from './features';
import { splitQuotes } from './quotes';

/**
 * A claim denied or not confirmed: "declined to confirm reports", "did not confirm that", "denied",
 * "was not aware of". Withholding details ("declined to say which firms", "did not confirm the
 * names") is no denial of a claim and is left out.
 */
const DENIED =
  /\b(?:(?:(?:declined|refused) to|would not|could not|did not|(?:has|have|had) not) confirm(?:ed)?\s+(?:(?:the |any |media )?reports?|that|whether|claims?)|denied|(?:was|were|is|are) not aware)\b/i;
/** A question put to someone, told: "had been asked whether", "a query on whether". */
const ASKED =
  /\b(?:(?:was|were|had been|has been|been) asked (?:whether|if|about|how|what)|(?:query|question) (?:on|about) whether|asked (?:whether|if))\b/i;

export type SpeechAct = 'denied' | 'asked' | 'stated';

const acts = new WeakMap<Vector, SpeechAct>();

/** Quoted words that make a sentence the answer itself, whatever question it tells. */
const ANSWER_WORDS = 5;

/**
 * The act of the sentence's main part: a denial, a question told, or (otherwise) a statement. A
 * sentence that quotes the answer states it, whatever question it tells ("'Yes, we confirm …,' he
 * told a briefing in response to a question on whether …"; "'…,' Jaiswal said when he was asked
 * whether …").
 */
export function speechActOf(text: string): SpeechAct {
  const main = splitMinor(text).main;
  const denied = DENIED.test(main);
  const quoted = splitQuotes(text).quotes.join(' ').split(/\s+/).filter(Boolean).length;
  const asked = ASKED.test(main) && quoted < ANSWER_WORDS;
  return denied === asked ? 'stated' : denied ? 'denied' : 'asked';
}

function actOf(v: Vector): SpeechAct {
  let out = acts.get(v);
  if (!out) {
    out = speechActOf(v.text ?? '');
    acts.set(v, out);
  }
  return out;
}

/** The two sentences' main parts do different things with what they share (deny, ask, state). */
export function otherSpeechAct(x: Vector | undefined, y: Vector | undefined): boolean {
  if (!x?.text || !y?.text) return false;
  return actOf(x) !== actOf(y);
}
