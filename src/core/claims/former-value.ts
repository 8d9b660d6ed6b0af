/**
 * A figure's former value (issue #7, ADR 0092). "The fentanyl tariff had stood at 20% before the
 * cut", "was 20 per cent until the truce", "The tariff, previously 20 per cent, was lowered":
 * the words say the figure is what the measure was before a change, while a record of the
 * measure is of its value after it. A disagreement is another period's value, not the record's
 * figure stated wrong. Read from the figure's own words: a marker of a former state right
 * before it ("previously", "formerly", "had stood at", "used to be"), or a stative verb before it
 * and "until"/"before"/"prior to" right after it ("was 20% until the truce").
 */
import type { Span } from '../match/sentences';

const FORMER_BEFORE =
  /\b(?:previously|formerly|earlier|originally|had\s+(?:stood|sat|been|run|remained)(?:\s+(?:at|as\s+high\s+as))?|used\s+to\s+(?:be|stand\s+at)|once\s+stood\s+at)\s+(?:(?:at|about|around|roughly|some|nearly|almost|just|over|under)\s+)?$/i;
const STATIVE_BEFORE =
  /\b(?:was|were|stood\s+at|sat\s+at|remained(?:\s+at)?|had\s+been|stayed\s+at)\s+(?:(?:at|about|around|roughly|some|nearly|almost|just)\s+)?$/i;
const BOUNDED_AFTER =
  /^\s*,?\s*(?:until|till|up\s+to|before|prior\s+to)\s+(?:the\s+|its\s+|their\s+|this\s+|last\s+)?[a-z]/i;

const COMPARATIVE = /^\s*(?:lower|higher|below|above|less|more|up|down|under|over|short)\b/i;
const afterWords = (text: string, sentence: Span, value: Span) =>
  text.slice(value.end, Math.min(sentence.end, value.end + 20));
const FRONTED_BOUND = /^[\s"“]*(?:Until|Till|Before|Prior\s+to)\s/;
const PAST_AFTER =
  /^\s*(?:last\s+(?:week|month)|a\s+(?:week|month)\s+(?:ago|earlier)|earlier\s+(?:this|that|in\s+the)\s+(?:week|month))\b/i;
const CUT_AFTER =
  /\b(?:was|were|has\s+been|had\s+been|is\s+being|will\s+be)\s+(?:then\s+|later\s+|since\s+)?(?:halved|cut|lowered|reduced|slashed|trimmed|scrapped|removed|lifted)\b/i;

/** True when the words around the figure make it the measure's value before a change. */
export function formerValue(text: string, sentence: Span, value: Span): boolean {
  const before = text.slice(Math.max(sentence.start, value.start - 40), value.start);
  if (FORMER_BEFORE.test(before)) return true;
  // "In early October the tariff was still 20%": a past state that has since changed; not a
  // change figure ("were still 85% lower than in January").
  if (
    /\b(?:was|were|had\s+been)\s+still\s+(?:(?:at|about|around)\s+)?$/i.test(before) &&
    !COMPARATIVE.test(afterWords(text, sentence, value))
  )
    return true;
  const after = text.slice(value.end, Math.min(sentence.end, value.end + 30));
  if (STATIVE_BEFORE.test(before) && BOUNDED_AFTER.test(after)) return true;
  // "Until Busan the fentanyl tariff stood at 20%": a sentence opened by a bound of time.
  if (STATIVE_BEFORE.test(before) && FRONTED_BOUND.test(text.slice(sentence.start, value.start))) return true;
  // "At 20% last month, the levy is now 10%": the figure's own time is past.
  if (PAST_AFTER.test(after)) return true;
  // "The fentanyl tariff of 20%, in force since March, was halved": the subject's value before the cut.
  const rest = text.slice(value.end, Math.min(sentence.end, value.end + 70));
  const cut = CUT_AFTER.exec(rest);
  return cut !== null && !/\d/.test(rest.slice(0, cut.index));
}

/**
 * "The fentanyl tariff is 20% ahead of Thursday's summit": a present-tense state, the value as the
 * article was written; beside a record measured only after publication it is no error (ADR 0092).
 */
export function presentState(text: string, sentence: Span, value: Span): boolean {
  const before = text.slice(Math.max(sentence.start, value.start - 30), value.start);
  return /\b(?:is|are|stands\s+at|remains(?:\s+at)?|sits\s+at)\s+(?:(?:at|about|around|roughly|nearly)\s+)?$/i.test(
    before,
  );
}

/** A record of a value after a fall or a rise, by its measure's words: "(cut from 20%)", "raised from 5%". */
const RECORD_FALL = /\b(?:cut|lowered|reduced|halved|slashed|trimmed|down)\s+from\b/i;
const RECORD_RISE = /\b(?:raised|increased|hiked|doubled|lifted|up)\s+from\b/i;
/** (Plain strings, not String.raw: the worker's build refuses raw templates with non-ASCII text.) Words between a verb of change and the "to" of its result: its object, no figure ("raised the fentanyl tariff to"). */
const OBJECT_TO =
  "(?:\\s+(?!to\\b)[\\p{L}\u2019'-]+){0,6}?\\s+to\\s+(?:(?:about|around|roughly|some|nearly|almost|just)\\s+)?$";
const RISE_TO = new RegExp(
  '\\b(?:rais(?:ed|es|e|ing)|increas(?:ed|es|e|ing)|hik(?:ed|es|e|ing)|doubl(?:ed|es|e|ing)|tripl(?:ed|es|e|ing)|rose|risen|climbed|jumped|went\\s+up|gone\\s+up|(?:a|an|the)\\s+(?:raise|rise|increase|hike))' +
    OBJECT_TO,
  'iu',
);
const FALL_TO = new RegExp(
  '\\b(?:cut(?:s|ting)?|lower(?:ed|s|ing)?|reduc(?:ed|es|e|ing)|halv(?:ed|es|e|ing)|slash(?:ed|es)?|trimm(?:ed|ing)|trims?|fell|fallen|dropped|went\\s+down|(?:a|an|the)\\s+(?:cut|reduction|fall|drop))' +
    OBJECT_TO,
  'iu',
);

/**
 * "Earlier this year the fentanyl tariff was raised to 20%" beside a record of the tariff after a cut
 * ("cut from 20%"): the figure is what another change, in the other direction, made of the measure —
 * another period's value, not the record's figure stated wrong (ADR 0093). Only for a record whose
 * measure says which way its own change went.
 */
export function otherChange(text: string, sentence: Span, value: Span, measure: string): boolean {
  const fall = RECORD_FALL.test(measure);
  const rise = RECORD_RISE.test(measure);
  if (fall === rise) return false;
  const before = text.slice(Math.max(sentence.start, value.start - 80), value.start);
  return (fall ? RISE_TO : FALL_TO).test(before);
}
