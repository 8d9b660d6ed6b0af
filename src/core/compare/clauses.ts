/**
 * The parts of a sentence that are not its main claim (ADR 0022, fourth round): relative
 * and appositive phrases between commas ("The standoff, which began in May 2020, took…";
 * "Twenty soldiers, including Col B Santosh Babu, the commanding officer…, were killed"),
 * trailing subordinate clauses ("It was last held in 2019, before being halted by…";
 * "He will hold talks in Beijing before attending the meeting in Tianjin"), a sentence's
 * trailing appositive (", their first meeting since 2019"), leading adverbial clauses
 * ("Two days after the announcement, …") and brackets. Not a parser: punctuation and a
 * short list of subordinators, which is how news sentences attach what is secondary.
 * Reported speech is not subordinate: in "China admitted that five soldiers were killed"
 * the claim is the reported one.
 */

import { allMatches } from '../match/all-matches';
import { sentenceMemo } from './sentence-memo';

/**
 * Words that open a subordinate phrase after a comma (or a dash). A concessive clause (", though
 * they spoke briefly in 2022") is secondary to the claim it concedes to (round 11).
 */
const AFTER_COMMA =
  /^(?:(?:reportedly|allegedly|apparently|possibly|partly)\s+)?(?:(?:[\w-]+\s+)?(?:hours?|days?|weeks?|months?|years?|decades?)\s+(?=(?:after|before|since)\b))?(?:which|who|whom|whose|(?:in|during|under|of) which|including|among them|before|after|when|while|(?:even )?though|although|whereas|as well as|along with|together with|following|ahead of|amid|despite|until|since|in (?:retaliation|response|reply) (?:for|to)|because of|due to)\b/i;
/**
 * A participle after a comma opens a participial phrase, secondary to the clause before it
 * ("the first patrol went out on November 4, heading to Patrolling Point 10"; "…, saying
 * it would…"; round 10). Lower case only ("…, Beijing said" is a name), and not the nouns
 * and pronouns that end the same way.
 */
const PARTICIPLE =
  /^(?!(?:nothing|something|anything|everything|morning|evening|spring|thing|king|wing|ring|string)\b)[a-z]{2,}ing\b/;
/**
 * A determiner after a comma opens an appositive ("…, the commanding officer of…,"; "…,
 * their first meeting since 2019.") unless what comes before is only a short opener ("In
 * June, the two sides agreed…") or the phrase has a finite verb of its own ("…, the
 * ministry said").
 */
const DETERMINER = /^(?:his|her|its|their|the|a|an)\b/i;
const FINITE =
  /\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|said|says|say|added|told)\b/i;
/**
 * A full date, month, day and year, just before a comma: that comma closes the date (news style
 * sets a year after a day off by commas: "suspended until Nov. 10, 2026, the export controls"),
 * so the determiner after it goes on with the clause, not an appositive (round 17).
 */
const FULL_DATE_END =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\s*$/i;
/** Words before a comma that make more than an opener. */
const OPENER_WORDS = 4;
/** Words that open a subordinate clause at the start of a sentence, up to the first comma. */
const LEADING =
  /^(?:after|before|when|while|although|though|since|following|during|despite|amid|asked|if|as)\b/i;
/**
 * A reporting frame: who said it and when, before the reported clause ("President Donald
 * Trump said Thursday he would cut…", "China on Friday admitted that…"), or after it, at
 * the end ("…, the ministry said on Monday."). The claim is the reported one.
 */
const SPEECH =
  '(?:said|says|told\\s+\\w+|announced|confirmed|admitted|conceded|added|stated|declared|reported|claimed)';
const DAY =
  '(?:\\s+(?:(?:late|early)\\s+)?(?:on\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)(?:\\s+(?:morning|afternoon|evening|night))?)?';
const FRAME_BEFORE = new RegExp(
  `^(?:[^,;:"“]{0,80}?\\s)?(?:${SPEECH}${DAY}(?=\\s+(?:that|he|she|it|they|we|its|their|his|her|there)\\b)|(?:said|says)${DAY}(?=\\s+(?:the|a|an)\\b))`,
  'i',
);
const FRAME_AFTER = new RegExp(`,\\s+[^,;:"“”]{0,60}?\\s${SPEECH}${DAY}\\s*[.!?]?$`, 'i');
/**
 * A relative clause opened by "that" without a comma, its object missing (ADR 0022, eighth
 * round): "the tariffs that Trump announced on April 2" (a capitalised subject, a past verb,
 * then a time or place or nothing). A clause with its object ("told Jaishankar that China was
 * addressing…", "reports that curbs had been lifted") is what was said, not a relative
 * clause. Clauses missing their subject ("a rule aimed at subsidiaries that are 50% owned by
 * Chinese companies") often define the noun and were not made minor: tried, they moved a
 * right pair.
 */
const PAST =
  '(?:\\w+ed|began|came|rose|fell|took|gave|made|set|put|held|met|said|won|brought|sent|left|hit|cut)';
const THAT_OBJECT_GAP = new RegExp(
  `\\b(?<!(?:said|says|told|confirmed|announced|agreed|admitted|warned|reported|added|stated|declared|noted|assured|claimed|argued|insisted|so|such|and|but)\\s)that\\s+(?=(?:[A-Z][\\w.]*\\s+){1,4}(?:(?:had|has|have)\\s+)?${PAST}(?:\\s+(?:in|on|at|last|this|earlier|before|after|during)\\b|\\s*[,.;]|\\s*$))`,
  'g',
);

/** "before attending", "after being halted": a clause without a comma, to the next comma. */
const BARE = /\s(?:before|after|while|since)\s+\w+ing\b/gi;
/**
 * "after a gap of five years", "after a five-year pause": how long since the last time, a time
 * adverbial secondary to what happened (round 20); to the next comma.
 */
const GAP_AFTER =
  /\s(?:after|following|ending)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:gap|hiatus|break|pause|lull)\b/gi;

/** "after what he called …", "after the talks": a trailing adjunct of time, once the main clause has its verb. */
const AFTER_THAT = /\s(?:after|before)\s+(?:what|the|a|an|his|her|their|its)\b/gi;

/** A comma or a dash and the space after it (allMatches keeps one copy of each pattern: ADR 0068). */
const COMMA_OR_DASH = /(?:,|\s[—–]|\s-)\s+/g;
/** A bracketed aside. */
const BRACKETS = /\([^)]*\)/g;

/** [start, end) character ranges of `sentence` that are not its main claim. */
export function minorSpans(sentence: string): [number, number][] {
  const out: [number, number][] = [];
  const stop = (from: number) => {
    // A comma between digits is a figure's ("22,000"), not the clause's end.
    const m = /(?<!\d),|,(?!\d)|[;()—–]|\s-\s/.exec(sentence.slice(from));
    return m ? from + m.index : sentence.length;
  };
  // Leading clause.
  if (LEADING.test(sentence)) {
    const end = sentence.indexOf(',');
    if (end > 0) out.push([0, end]);
  }
  // After a comma or a dash, when a subordinator or a determiner opens the phrase.
  for (const m of allMatches(sentence, COMMA_OR_DASH)) {
    const from = (m.index as number) + m[0].length;
    const rest = sentence.slice(from);
    if (AFTER_COMMA.test(rest) || PARTICIPLE.test(rest)) out.push([from, stop(from)]);
    else if (DETERMINER.test(rest) && !FULL_DATE_END.test(sentence.slice(0, m.index))) {
      const end = stop(from);
      const before = sentence.slice(0, m.index).split(/\s+/).filter(Boolean).length;
      if (before > OPENER_WORDS && !FINITE.test(sentence.slice(from, end))) out.push([from, end]);
    }
  }
  // Only once the main clause has its verb: in "The quota that Brussels imposed in May
  // remains in force" the main verb follows the clause, whose end punctuation does not mark.
  for (const m of allMatches(sentence, THAT_OBJECT_GAP)) {
    const before = sentence.slice(0, m.index);
    if (FINITE.test(before) || /\w{3,}ed\b/.test(before))
      out.push([m.index as number, stop(m.index as number)]);
  }
  for (const m of allMatches(sentence, BARE)) {
    const from = (m.index as number) + 1;
    out.push([from, stop(from)]);
  }
  for (const m of allMatches(sentence, AFTER_THAT)) {
    const before = sentence.slice(0, m.index);
    if (FINITE.test(before) || /\w{3,}ed\b/.test(before)) {
      const from = (m.index as number) + 1;
      out.push([from, stop(from)]);
    }
  }
  for (const m of allMatches(sentence, GAP_AFTER)) {
    const from = (m.index as number) + 1;
    out.push([from, stop(from)]);
  }
  const before = FRAME_BEFORE.exec(sentence);
  if (before) out.push([0, before[0].length]);
  const after = FRAME_AFTER.exec(sentence);
  if (after) out.push([after.index + 1, sentence.length]);
  // Brackets.
  for (const m of allMatches(sentence, BRACKETS))
    out.push([m.index as number, (m.index as number) + m[0].length]);
  return out;
}

/** A sentence cut in two (splitMinor). */
export interface MinorSplit {
  readonly main: string;
  readonly minor: string;
}

/**
 * The sentence cut in two: its main words and its minor words (minorSpans), as text. Kept per
 * sentence for the comparison (sentence-memo.ts): candidate scoring asks it of each sentence once
 * per candidate pair, through seven rule functions.
 */
export function splitMinor(sentence: string): MinorSplit {
  return splitMinorKept(sentence);
}

const splitMinorKept = sentenceMemo((sentence: string): MinorSplit => Object.freeze(cutMinor(sentence)));

function cutMinor(sentence: string, extra?: readonly [number, number][]): { main: string; minor: string } {
  const spans = extra ? [...minorSpans(sentence), ...extra] : minorSpans(sentence);
  if (!spans.length) return { main: sentence, minor: '' };
  const inMinor = new Uint8Array(sentence.length);
  for (const [s, e] of spans) inMinor.fill(1, s, e);
  let main = '';
  let minor = '';
  for (let k = 0; k < sentence.length; k++) {
    const ch = sentence[k] as string;
    if (inMinor[k]) {
      minor += ch;
      main += k > 0 && !inMinor[k - 1] ? ' , ' : '';
    } else {
      main += ch;
      minor += k > 0 && inMinor[k - 1] ? ' , ' : '';
    }
  }
  return { main, minor };
}

/** An auxiliary or a common past-tense verb: a predicate's finite verb. */
const FINITE_VERB =
  '(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|began|came|rose|fell|took|gave|made|set|put|held|met|said|won|brought|sent|left|hit|cut|[a-z]{3,}ed)';
/**
 * A second predicate joined to the first by "and" or "but" (the subject not repeated: "The meeting
 * lasted about 100 minutes and was their first since 2019"), or a second clause after ", and" with
 * a subject of its own ("It will fly to Guangzhou on Nov. 10, and China Eastern is set to begin …").
 */
const SECOND_PREDICATE = new RegExp(
  `\\s(?:and|but)\\s+(?:(?:also|then|later|still|now)\\s+)?(?=${FINITE_VERB}\\b)`,
  'g',
);
const HAS_FINITE = new RegExp(`\\b${FINITE_VERB}\\b`, 'i');
const SECOND_CLAUSE = new RegExp(`,\\s+(?:and|but)\\s+(?=(?:[\\w'’.–-]+\\s+){1,4}?${FINITE_VERB}\\b)`, 'g');

/**
 * The sentence's second conjunct ([start, end), to the next comma or the end), or null: a second
 * predicate or a second clause coordinated with the first, once the first has a finite verb.
 * Not a minor part for candidate scoring (minorSpans); read only when choosing which of two
 * sentences tells a sentence's main claim (minor-rivals.ts).
 */
export function secondConjunct(sentence: string): [number, number] | null {
  for (const re of [SECOND_PREDICATE, SECOND_CLAUSE])
    for (const m of allMatches(sentence, re)) {
      const before = sentence.slice(0, m.index);
      if (!HAS_FINITE.test(before)) continue;
      const from = (m.index as number) + m[0].length;
      const rest = sentence.slice(from);
      // An en dash between two words joins them ("Shanghai–Delhi service"): only a spaced one ends the part.
      const stop = /(?<!\d),(?!\d)|[;()—]|\s[–-]\s/.exec(rest);
      return [m.index as number, stop ? from + stop.index : sentence.length];
    }
  return null;
}

/**
 * The sentence cut in two with its second conjunct (secondConjunct) read as a minor part too; null
 * when it has none.
 */
export function splitConjunct(sentence: string): MinorSplit | null {
  const span = secondConjunct(sentence);
  return span ? cutMinor(sentence, [span]) : null;
}
