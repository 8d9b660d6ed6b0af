/**
 * What the words around a date say about it: the tense it is in, whether a reporting clause
 * governs it ("the ministry said on Friday"), and whether it bounds a state ("until 2023").
 * Each function sees only the sentence: `before` runs from the sentence start (or a bounded
 * window of it) to the date, `after` from the date to the sentence end.
 */
import type { Bound, Tense } from './temporal-types';
import { MONTH_NAMES } from './words';

interface Cue {
  readonly pattern: RegExp;
  readonly tense: Exclude<Tense, null>;
}

// Auxiliaries decide the tense; lexical cues ("take effect", "held", "said") only where no
// auxiliary does: "were to take effect" is future-in-past, "will be held" future.
const AUXILIARIES: readonly Cue[] = [
  {
    pattern:
      /\b(?:(?:was|were)\s+(?:to|due\s+to|set\s+to|scheduled|slated|expected\s+to)|would|had\s+been\s+(?:due|scheduled|set|slated|expected))\b/gi,
    tense: 'future-in-past',
  },
  {
    // "prepares to leave for China on Sunday", "is preparing to travel": a departure still ahead.
    pattern:
      /\b(?:will|shall|(?:is|are)\s+(?:set\s+to|due\s+to|scheduled|expected\s+to|slated|poised\s+to|preparing\s+to)|prepares?\s+to)\b|'ll\b/gi,
    tense: 'future',
  },
  // "the SCO summit, to be held in Tianjin from Sept. 15": a passive infinitive after its noun
  // is an arrangement still to come ("was to be held", "was scheduled to be held" are future-in-past).
  {
    pattern:
      /(?<!\b(?:was|were|had\s+been)\s+(?:\w+\s+){0,2})\bto\s+be\s+(?:held|hosted|convened|staged)\b/gi,
    tense: 'future',
  },
  { pattern: /\b(?:was|were|had|did)\b/gi, tense: 'past' },
];

const LEXICAL: readonly Cue[] = [
  {
    pattern:
      /\b(?:slated|takes?\s+effect|comes?\s+into\s+force|expires?|lapses|runs\s+out|next|(?:scheduled|planned|set|due|slated)\s+(?:for|on))\b/gi,
    tense: 'future',
  },
  {
    // Common news verbs in the past; any other "-ed" word only right before the date
    // ("clashed on"), since "-ed" words elsewhere are as often adjectives.
    pattern:
      /\b(?:ago|said|told|announced|confirmed|came|took|went|began|met|held|signed|agreed|became|expired|ended|started)\b|\b(?!(?:scheduled|expected|slated)\b)\w{2,}ed(?=\s+(?:on|in|at|from|since|until|by|during)?\s*$)/gi,
    tense: 'past',
  },
];

/** The nearest cue in `text` (at equal ends the longer: "was scheduled" over "was"). */
function nearest(text: string, cues: readonly Cue[]): Tense {
  let best: { start: number; end: number; tense: Tense } | null = null;
  for (const cue of cues) {
    cue.pattern.lastIndex = 0;
    for (let m = cue.pattern.exec(text); m; m = cue.pattern.exec(text)) {
      const end = m.index + m[0].length;
      if (!best || end > best.end || (end === best.end && m.index < best.start))
        best = { start: m.index, end, tense: cue.tense };
    }
  }
  return best?.tense ?? null;
}

const PAST_RIGHT_BEFORE =
  /\b(?:said|told|announced|confirmed|unveiled|issued|released|published|imposed|introduced|came|took|went|began|met|held|signed|agreed|ended|started|\w{2,}ed)\s+(?:on|in|at|from|since|during)?\s*$/i;
/** "after it imposed export licensing in April": a past news verb, up to five words of its object, then the date. */
const PAST_VERB_OBJECT =
  /\b(?:said|announced|confirmed|unveiled|issued|released|published|imposed|introduced|signed|agreed|held|began|started|ended|launched|lifted|suspended|halted|resumed|eased)\s+(?:(?!(?:will|would|to|that|and|but|which|who)\b)[\w'’-]+\s+){1,5}(?:(?:on|in|at|from|since|during)\s*)?$/i;
/** An announcing verb and up to six words of its object, at the end of the text. */
const ANNOUNCED_OBJECT =
  /\b(?:announced|announces|unveiled|unveils|confirmed|confirms)\s+(?:(?!(?:will|would|to|that|but|which|who|on|in|at)\b|and\s+\p{Ll})[\p{L}\p{N}'’–-]+\s+){1,6}$/u;
/** A weekday expression ("on Monday", "Friday"). */
const WEEKDAY_LEAD = /^(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/i;
/** A day of a month with no year: "on Nov. 10", "10 November". */
const MONTH_DAY_LEAD = new RegExp(
  `^(?:on\\s+)?(?:(?:${MONTH_NAMES})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH_NAMES})\\.?)$`,
  'i',
);
/** A simple-present verb of a schedule's end right before the date ("ends on", "talks wrap up on"; not "the end on"). */
const PRESENT_END_RIGHT_BEFORE =
  /\b(?:closes?|concludes?|wraps?\s+up|(?<!\b(?:the|an?|its|their)\s+)ends?|lapses?|runs?\s+out)\s*(?:on\s*)?$/i;
/** A simple-present verb of a schedule right before the date ("closes on", "opens", "arrives on"). */
const PRESENT_SCHEDULE_RIGHT_BEFORE =
  /\b(?:closes|concludes|wraps\s+up|kicks\s+off|opens|begins|starts|ends|arrives|departs|leaves|returns|resumes|convenes)\s*$/i;
/**
 * A temporal clause in the simple present ("when they meet in South Korea ", "once Xi meets Trump "),
 * right before the date: English puts what is still to come in the present after "when", "once",
 * "before" and "until"; only names, pronouns, articles and prepositions may stand between.
 */
const PRESENT_IN_TEMPORAL_CLAUSE =
  /\b(?:when|once|before|until)\s+(?:(?:they|he|she|the|two|leaders|sides|[A-Z][\w.'’-]*|and)\s+){1,6}(?:meets?|visits?|holds?|arrives?|travels?|lands?|sits?\s+down)(?:\s+(?:in|at|with|the|[A-Z][\w.'’-]*),?)*\s*$/;
/**
 * A schedule's participle right before a weekday ("talks due on Wednesday", "the vote scheduled
 * for Friday"): the day is the coming one (ADR 0175). Not after "was/were/been" ("were due on"
 * is the auxiliaries' future-in-past) nor after "originally/initially/once …" (a schedule given up).
 */
const SCHEDULE_RIGHT_BEFORE =
  /(?<!\b(?:was|were|been|originally|initially|once|previously|first)\s+)\b(?:due|scheduled|slated|planned)\s*$/i;
/**
 * A weekday in an "after" phrase of a clause dated by a day word ("patrol Depsang today, after
 * resuming patrols at Demchok on Friday"): what came first lies before that day, so no later than
 * the day of writing (even after "tomorrow"); no comma or future auxiliary inside the phrase
 * (ADR 0175).
 */
const AFTER_PHRASE_OF_DAY_WORD =
  /\b(?:today|tonight|tomorrow|yesterday)\b(?:\s+(?!(?:after|and|but)\b)[\w'’.-]+){0,4},?\s+after\s+(?:(?!(?:will|shall|would)\b)[\w'’.-]+\s+){1,8}$/i;
/**
 * A weekday in a "before" phrase of a clause dated "today" or "tomorrow" ("arrives in Beijing today,
 * before meeting Wang Yi on Friday"): what comes next lies after that day, so after the day of
 * writing (ADR 0175).
 */
const BEFORE_PHRASE_OF_DAY_WORD =
  /\b(?:today|tonight|tomorrow)\b(?:\s+(?!(?:before|and|but)\b)[\w'’.-]+){0,4},?\s+before\s+(?:(?!(?:was|were|had|did)\b)[\w'’.-]+\s+){1,8}$/i;
/** A verb of intention ("plans to", "is planning to", "intends to"). */
const INTENTION =
  /\b(?:plans?|intends?|(?:is|are)\s+(?:planning|intending))\s+to\b|\b(?:a|an)\s+(?:planned|upcoming|scheduled)\s+(?:meeting|summit|visit|trip|talks)\b/gi;

/** True when the clause's last tense cue is a verb of intention ("plans to resume … on"). */
function intentionLast(text: string): boolean {
  let end = -1;
  INTENTION.lastIndex = 0;
  for (let m = INTENTION.exec(text); m; m = INTENTION.exec(text)) end = m.index + m[0].length;
  if (end < 0) return false;
  const rest = text.slice(end);
  return ![...AUXILIARIES, ...LEXICAL].some((c) => {
    c.pattern.lastIndex = 0;
    return c.pattern.test(rest);
  });
}

/** An auxiliary or infinitive right before that verb ("will have imposed", "to be lifted"). */
const AUXILIARY_BEFORE_VERB = /\b(?:will|shall|would|to|be|been|have|has|is|are)\s+(?:\w+\s+)?$/i;

const AUXILIARY_RIGHT_BEFORE =
  /\b(?:will|shall|would|is|are|was|were|to)\s+(?:be\s+|have\s+been\s+|been\s+)?\w+\s+(?:on|in|at|from|since|during)?\s*$/i;

const REMAINING_COUNT =
  '(?:\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\\s+few|several)\\s+(?:more\\s+)?(?:days?|weeks?|months?|years?)';
/**
 * A length of time still left: "has about ten months left (to run)", "with six weeks to go", "a
 * year remaining", "nine months remain", "two weeks are left" (ADR 0168). "left" only after
 * "has/have/with" or "is/are" ("the first flight in five years left Kolkata" is a departure).
 */
export const REMAINING_TIME = new RegExp(
  `\\b(?:has|have|had|with)\\s+(?:(?:about|some|nearly|just|only|barely|almost|roughly|around|over|under)\\s+)?${REMAINING_COUNT}\\s+left\\b|\\b${REMAINING_COUNT}\\s+(?:remaining|still\\s+to\\s+run|left\\s+to\\s+run|to\\s+run|to\\s+go|(?:still\\s+)?remains?|(?:is|are)\\s+(?:still\\s+)?left)\\b`,
  'i',
);

/** The part of `before` in the date's own clause: after the last ; : ( — or "but". */
function clause(before: string): string {
  // One forward scan for the last break (a greedy /.*(…)/ backtracks on long sentences).
  let cut = 0;
  CLAUSE_BREAKS.lastIndex = 0;
  for (let m = CLAUSE_BREAKS.exec(before); m; m = CLAUSE_BREAKS.exec(before)) cut = m.index + m[0].length;
  return before.slice(cut);
}

const CLAUSE_BREAKS = /[;:(—]|\bbut\b/gi;

// Only within the date's own clause: ", China will suspend …" after "on Oct. 25-26" is
// another clause and says nothing about the date's tense.
// The words between may not open another clause ("on Thursday saying Beijing would …").
const W_ = "(?:(?!(?:saying|says|said|that|and|but|as|while|when|which|who|after|before)\\b)[\\w'’-]+\\s+)";
const AFTER_CUES: readonly Cue[] = [
  { pattern: new RegExp(`^\\s*${W_}{0,3}?(?:will|shall)\\b`, 'i'), tense: 'future' },
  {
    pattern: new RegExp(
      `^\\s*${W_}{0,3}?(?:takes?\\s+effect|comes?\\s+into\\s+force|expires?|lapses|runs\\s+out)\\b`,
      'i',
    ),
    tense: 'future',
  },
  {
    pattern: new RegExp(`^\\s*${W_}{0,3}?(?:would|(?:was|were)\\s+(?:to|due\\s+to|set\\s+to))\\b`, 'i'),
    tense: 'future-in-past',
  },
];

/**
 * The tense of a date: "from … onwards" → future; else the nearest auxiliary before it in
 * its clause, else the nearest lexical cue there; else a future verb right after it
 * ("December 1 will see …").
 */
export function tenseOf(before: string, after: string, lead: string): Tense {
  if (/^\s*onwards\b/i.test(after) && (/\bfrom\s*$/i.test(before) || /^from\b/i.test(lead))) return 'future';
  const text = clause(before);
  // "the summit, which closes on Monday": a present-tense verb of a schedule right before a
  // weekday speaks of the coming one (news puts what is planned in the simple present; ADR 0055).
  if (WEEKDAY_LEAD.test(lead) && PRESENT_SCHEDULE_RIGHT_BEFORE.test(text)) return 'future';
  // "The suspension ends on Nov. 10": the simple present of a schedule's end right before a day
  // of a month is the coming one, however far ahead (an expiry is written this way months before;
  // ADR 0147's 92-day window is for days with no tense at all; ADR 0176).
  if (MONTH_DAY_LEAD.test(lead.trim()) && PRESENT_END_RIGHT_BEFORE.test(text)) return 'future';
  // "IndiGo plans to resume flights between Kolkata and Guangzhou on Wednesday": a weekday whose
  // clause states an intention, with no later tense cue, is the coming one (ADR 0095).
  if (WEEKDAY_LEAD.test(lead) && intentionLast(text)) return 'future';
  // "… could sign off on when they meet in South Korea on Saturday": a weekday in a temporal clause
  // in the simple present is the coming one (ADR 0128).
  if (WEEKDAY_LEAD.test(lead) && PRESENT_IN_TEMPORAL_CLAUSE.test(text)) return 'future';
  // "talks due on Wednesday": a schedule's day is the coming one; "today, after resuming patrols at
  // Demchok on Friday": the act before a day word's day is no later than the day of writing, and
  // "today, before meeting Wang Yi on Friday" the act after it is still to come (ADR 0175).
  if (WEEKDAY_LEAD.test(lead) && SCHEDULE_RIGHT_BEFORE.test(text)) return 'future';
  if (WEEKDAY_LEAD.test(lead) && AFTER_PHRASE_OF_DAY_WORD.test(text)) return 'past';
  if (WEEKDAY_LEAD.test(lead) && BEFORE_PHRASE_OF_DAY_WORD.test(text)) return 'future';
  // "will suspend the restrictions Beijing announced on October 9": a past verb right
  // before the date dates its own clause, whatever auxiliary stands earlier in the sentence
  // (unless the auxiliary is part of it: "will be held on").
  // "China Eastern has announced Delhi–Shanghai flights from Nov. 9": a start after the object of
  // an announcing verb is when what was announced begins, which may lie on either side of the
  // story's day: the nearer reading (ADR 0066).
  if (
    (/\bfrom\s*$/i.test(text) || /^from\b/i.test(lead)) &&
    ANNOUNCED_OBJECT.test(text.replace(/\s*from\s*$/i, ' '))
  )
    return 'future-in-past';
  if (PAST_RIGHT_BEFORE.test(text) && !AUXILIARY_RIGHT_BEFORE.test(text)) return 'past';
  // "hoping Beijing will loosen the flow … after it imposed export licensing in April": the
  // same with the verb's object between.
  const object = PAST_VERB_OBJECT.exec(text);
  if (object && !AUXILIARY_BEFORE_VERB.test(text.slice(0, object.index))) return 'past';
  // "The freeze has about ten months left to run, expiring on 10 November": time still left
  // counts forward from the day of writing, so the day it runs to is the coming one (ADR 0155).
  if (REMAINING_TIME.test(text)) return 'future';
  const aux = nearest(text, AUXILIARIES);
  // "Beijing will pause the Oct. 9 controls": a date modifying a noun says which one; the clause's
  // future is the noun's, not the date's (ADR 0147).
  if (
    aux === 'future' &&
    MODIFIER_BEFORE.test(before) &&
    /^\s+[a-z][\w-]*/.test(after) &&
    !WEEKDAY_LEAD.test(lead)
  )
    return null;
  return (
    aux ??
    nearest(text, LEXICAL) ??
    (attributive(before, after) ? null : AFTER_CUES.find((c) => c.pattern.test(after))?.tense) ??
    null
  );
}

/**
 * "the bulk of China's October 9 controls will take effect": a date between a determiner (or a
 * possessive) and a noun modifies the noun; the verb after the noun is the noun's tense, not the date's.
 */
const attributive = (before: string, after: string) =>
  /(?:\b(?:the|a|an|its|their|this|that|these|those)|['’]s)\s+(?:[a-z][\w-]*\s+){0,2}$/.test(before) &&
  /^\s+[a-z][\w-]*/.test(after);

/**
 * A determiner or possessive right before a date that modifies a noun ("will pause the Oct. 9
 * controls", "its October 9 rare-earth regime"), with at most two words between that are no
 * preposition ("in the country from Sunday" is no modifier).
 */
const MODIFIER_BEFORE =
  /(?:\b(?:the|its|their|this|these|those|his|her)|['’]s)\s+(?:(?!(?:from|to|on|in|at|by|since|until|till|of|for|after|before|between|through|during)\b)[a-z][\w-]*\s+){0,2}$/;

const VERB =
  '(?:said|says|wrote|writes|told|tells|confirmed|confirms|announced|announces|stated|states|added|adds|noted|notes|informed|informs|reported|reports|declared|declares|insisted|insists|stressed|stresses|reiterated|reiterates|briefing|statement|issued|released|posted|warned|warns|cautioned|cautions|according\\s+to)';
// Words that may stand between a reporting verb and its date: "said in a statement on",
// "told reporters in Beijing on", "told ANI late on". Not a clause ("said the clash on").
// "posted the notice on Chinese social media platform Weibo on": where a notice went up (ADR 0055).
const GAP =
  "(?:on|in|at|during|via|to|through|late|early|earlier|later|also|separately|a|an|the|its|his|her|their|reporters|journalists|media|press|news|conference|briefing|statement|interview|post|posts|parliament|lawmakers|weekly|joint|official|written|issued|released|notice|social|platform|website|account|handle|[A-Z][\\w.’'-]*)";
const REPORTING_BEFORE = new RegExp(`\\b${VERB}(?:\\s+${GAP}){0,9}\\s*$`);
// "the foreign ministry today declined to confirm reports that …": a refusal to confirm or a
// denial is a statement too, and its day the statement's (ADR 0155).
const REPORTING_RIGHT_AFTER =
  /^\s+(?:said|says|told|tells|confirmed|confirms|stated|states|insisted|insists|stressed|stresses|reiterated|reiterates|denied|denies|(?:declined|declines|refused|refuses)\s+to\s+(?:confirm|comment|say|deny))\b/;
const REPORTING_AFTER =
  /^\s*,?\s*(?:[\w.’'-]+\s+){1,5}?(?:said|told|confirmed|announced|stated|declared|informed|reported)\b/;

/**
 * Whether a reporting clause governs the date: after the verb ("the ministry said on
 * Friday", "according to a statement issued on 3 September") or, for a date opening its
 * clause, before it ("On Friday, the ministry said …").
 */
export function isReporting(before: string, after: string): boolean {
  if (REPORTING_BEFORE.test(before.slice(-120))) return true;
  // "Beijing's formal notice today said nothing about …", "the ministry on Friday said": a date
  // right between a subject and its reporting verb is the statement's day.
  // (Not "the fact sheet of November 3 said" nor "a fact sheet the White House put out on Nov. 1
  // said": a date after "of" or after a verb of its own dates the statement's noun.)
  if (
    REPORTING_RIGHT_AFTER.test(after.slice(0, 40)) &&
    /[\p{L}\p{N}’'.]\s+$/u.test(before) &&
    !/(?:\b(?:of|dated|out|up|off|down|back|put|set|made|held|met|sent|gave)|\w{2,}ed)\s+(?:(?:on|in|at)\s+)?$/i.test(
      before,
    )
  )
    return true;
  const opening = /(?:^|[,;:]\s*)(?:(?:and|but|earlier|later|also)\s+)*(?:on|in|at|late|early|earlier)?\s*$/i;
  const report = REPORTING_AFTER.exec(after.slice(0, 80));
  return opening.test(before) && report !== null && !attributionOfWhatPrecedes(after, report[0]);
}

/**
 * "… during their meeting in Kazan, Russia, in August, Wang said, adding that …", "the talks held
 * in Kazan in October 2022, which officials said had set …": a reporting clause after the date
 * that ends its sentence (or goes on only with a participle) attributes what precedes it, and one
 * opened by a relative pronoun is about the noun before; neither is the date's statement
 * (ADR 0042, round 20). "On Friday, the ministry said that …" still is.
 */
function attributionOfWhatPrecedes(after: string, report: string): boolean {
  if (/^\s*,?\s*(?:which|who|whom|whose|that)\b/i.test(report)) return true;
  return TRAILING_ATTRIBUTION.test(after.slice(report.length, report.length + 30));
}

/** What may follow a reporting verb that attributes the words before it: the sentence's end, or a participle. */
const TRAILING_ATTRIBUTION =
  /^\s*(?:[.;!?]|$|,\s*(?:adding|noting|citing|saying|according)\b|(?:on|in|late|earlier)\s+\S+\s*[.;])/i;

const BOUND_WORDS: Record<string, Exclude<Bound, null>> = {
  until: 'until',
  till: 'until',
  'up to': 'until',
  since: 'since',
  from: 'from',
  by: 'by',
};

const W = '(until|till|up to|since|from|by)';
const PART = '(?:end|close|middle|start|beginning)';
const DIRECT = new RegExp(`\\b${W}\\s+$`, 'i');
const BEFORE_OF = new RegExp(`\\b${W}\\s+the\\s+${PART}\\s+$`, 'i');
const BEFORE_PART = new RegExp(`\\b${W}\\s+(?:the\\s+)?$`, 'i');
const LEADING = new RegExp(`^${W}\\b`, 'i');
const PART_OF = new RegExp(`^${PART}\\s+of\\b`, 'i');

/**
 * A negated verb ("did not", "didn't", "never", "would not") and at most six words of its own
 * clause (no comma, semicolon, dash or conjunction between) before "until": the act did not
 * happen before the date, so the date is when it happened, not how long a state lasted.
 */
const NEGATED_UNTIL =
  /(?:\bnot|n['’]t|\bnever)\s+(?:(?!(?:and|but|or|while|which|who|that)\b)[\w'’-]+\s+){1,6}(?:until|till)\s+$/i;
/** "took until February 2021 to acknowledge", "waited until June to announce": the act came at the date. */
const WAITED_UNTIL = /\b(?:took|take|takes|taking|waited|wait|waits|waiting)\s+(?:until|till)\s+$/i;

const EXTENDED_TO = /\bextend(?:s|ed|ing)?\b(?:\s+(?!(?:on|in|at)\b)[\w'’.-]+){0,5}\s+(?:to|through)\s+$/i;

/**
 * The bound word before the date or leading it ("until 2023", "since May 2020", "from
 * December 1", "by the end of October"), or null. "by the ministry on Friday" is no bound:
 * only the date itself or "the end/start… of" it may follow the word.
 */
export function boundOf(before: string, lead: string): Bound {
  const tail = before.slice(-40);
  // "It was not until March 2021 that the PLA acknowledged …": the day it happened, no bound.
  if (/\bnot\s+(?:until|till)\s+$/i.test(tail)) return null;
  // "China did not admit to any losses until March 2021", "Beijing took until February 2021 to
  // acknowledge …": a negated act, or a wait, that ends at the date happened on it (ADR 0143).
  if (NEGATED_UNTIL.test(before.slice(-90)) || WAITED_UNTIL.test(tail)) return null;
  // "extended the exclusions to November 10, 2026": the end of what was extended (ADR 0043).
  if (EXTENDED_TO.test(tail)) return 'until';
  // "would carry its October controls into late 2026", "dragged on well into 2021": how far it reaches.
  if (/\binto\s+$/i.test(tail)) return 'until';
  const word =
    DIRECT.exec(tail)?.[1] ??
    (/^of\b/i.test(lead) ? BEFORE_OF.exec(tail)?.[1] : undefined) ??
    (PART_OF.test(lead) ? BEFORE_PART.exec(tail)?.[1] : undefined) ??
    LEADING.exec(lead)?.[1];
  return word ? (BOUND_WORDS[word.toLowerCase()] ?? null) : null;
}

/**
 * True when a word of the event (one of `positions`) stands in the negated clause that the
 * date at `start` ends ("China did not admit to any losses until March 2021"): the clause's act
 * happened on the date, so its words tie the date as the subject of a verb of occurrence does
 * (ADR 0143). A keyword elsewhere in the sentence does not.
 */
export function actEndingAt(text: string, start: number, positions: readonly number[]): boolean {
  const from = Math.max(0, start - 90);
  const m = NEGATED_UNTIL.exec(text.slice(from, start));
  if (!m) return false;
  const open = from + m.index;
  return positions.some((p) => p >= open && p < start);
}
