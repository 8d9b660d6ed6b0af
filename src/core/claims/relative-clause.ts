/**
 * A date inside a relative clause dates the noun the clause is about: "a five-year gap … that
 * began in 2020" dates the gap, "the controls it imposed in October 2022" the controls, "a
 * standoff that began with a brawl on May 5" the standoff. Only a fact named in that noun
 * phrase, or in the relative clause itself, may own the date; an event of the main clause
 * does not ("an IndiGo flight left on Sunday, ending a gap … that began in 2020": 2020 is not
 * the flight's).
 */
import type { Span } from '../match/sentences';
import type { Mention } from './mentions';
import { ownWords } from './phases';
import { findTemporal } from './temporal';
import { clauseAt } from './ties';

/** The noun phrase a relative clause is about, and the clause's own words. */
export interface RelativeClause {
  /** The head of the noun phrase before the clause ("a five-year gap"). */
  readonly head: Span;
  /** Its last noun phrase, after a preposition ("India and China" in "a gap in flights between India and China"). */
  readonly last: Span;
  /** From the relative word to the end of the clause. */
  readonly clause: Span;
  /** The noun is a name ("Randhir Jaiswal, who …"): an actor, which names no event by itself. */
  readonly byName: boolean;
  /** A reduced participle relative ("the tariffs announced on Wednesday"). */
  readonly participle: boolean;
  /** The clause's act on its noun, lower case ("pause" in "that Beijing agreed on Thursday to pause"), or null. */
  readonly act: string | null;
  /**
   * An act on the noun in the predicate right after the clause ("the October controls that were
   * scheduled for Nov. 8 now to be paused"): the words of a fact found by that act are the act's.
   */
  readonly actAfter: Span | null;
}

/** A comma followed by a list's last items ("…, superhard materials and lithium batteries"). */
const LIST_ITEM_AFTER = /^,\s*(?:[\w-]+\s+){1,3}(?:and|or)\s/;

/**
 * A comma, then a participle that says what the noun holds ("the controls it unveiled in
 * October, covering rare earths and lithium batteries"): the phrase still describes the noun,
 * so the clause goes on over it (ADR 0057).
 */
const CONTENTS_AFTER = /^,\s*(?:covering|including|spanning|targeting|listing)\s/i;

/**
 * A comma, then "which" and a verb that says what the noun holds or reaches ("the controls the
 * ministry unveiled Oct. 9, which extend licensing to five more rare earths … and superhard
 * materials"): a non-restrictive relative on the same noun, so the clause goes on over it as over
 * a participle of contents (ADR 0127). Its verb is no act on the noun (not "extend" as a delay).
 */
const WHICH_CONTENTS_AFTER =
  /^,\s*which\s+(?:also\s+)?(?:cover|include|extend|add|reach|target|span|list|require)(?:s|es|d|ed|ing)?\s/i;

/**
 * An auxiliary and a verb that open the main clause's predicate after a relative clause in its
 * subject ("… had been announced", "… were suspended", "… will resume"). Not a copula before a
 * noun phrase ("The meeting that took place on Wednesday was their first formal talks …"): that
 * predicate names the subject itself.
 */
const MAIN_VERB_AFTER =
  /\s(?:(?:had|has|have|was|were|is|are)\s+(?:been\s+)?(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn)\b|(?:will|would)\s+(?:[a-z]+ly\s+)?[a-z]+\b|(?:now\s+)?to\s+be\s+[a-z]+(?:ed|en)\b)/;

/** Verbs of an act done to a measure or a state: the clause dates the act, not the noun it acts on. */
const ACT_ON_NOUN =
  /\b(?:to\s+)?(paus(?:e|ed)|suspend(?:ed)?|halt(?:ed)?|lift(?:ed)?|scrap(?:ped)?|remov(?:e|ed)|eas(?:e|ed)|relax(?:ed)?|roll(?:ed)?\s+back|delay(?:ed)?|postpone(?:d)?|withdr(?:aw|ew)|drop(?:ped)?|cancel(?:l?ed)?|revoke(?:d)?|extend(?:ed)?)\b/i;

/** Past verbs that open a subject relative clause after "that" ("that began", "that wrapped up"). */
const PAST_VERB =
  '(?:(?:had|has|have)\\s+(?:been\\s+)?|(?:was|were)\\s+)?(?:began|begun|broke\\s+out|ran|went|came|took|saw|fell|rose|grew|led|left|held|met|set|made|put|kept|[a-z]{2,}ed)\\b';
/** A span's course in the present ("the summit, which runs to September 1"): its own days. */
const COURSE_VERB = '(?:runs|ends|lasts|begins|starts|opens|closes|concludes)\\b';
/** "that began", ", which began", "who met": a relative word and a past verb (subject relatives). */
const SUBJECT_RELATIVE = new RegExp(
  `(?:\\bthat|,?\\s*\\bwhich|,\\s*who)\\s+(?:[a-z]+ly\\s+)?(?:${PAST_VERB}|${COURSE_VERB})`,
  'gi',
);
/**
 * "the controls it imposed", "the controls Beijing imposed": a plural noun, then a pronoun or a
 * proper name as subject and its past verb (a reduced object relative), or the same after "that"
 * or "which" ("the controls that Beijing agreed on Thursday to pause").
 */
const OBJECT_RELATIVE =
  /\b([a-z][\w-]*s)\s+(?:(?:that|which)\s+)?(?:[Ii]t|[Tt]hey|[Hh]e|[Ss]he|[Ww]e|(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*)\s+(?:had\s+)?(?:[a-z]{2,}ed|put|set|made|took)\b/g;
/**
 * "the US tariffs announced on Wednesday": a plural noun, then a past participle right before the
 * date (a reduced subject relative). Not after a name ("Beijing announced on …" is a main verb).
 * "six notices dated Oct. 9": a document's own date, the same (ADR 0072).
 */
const PARTICIPLE_RELATIVE =
  /\b([a-z][\w-]*s)[”"’']?(?:\s*,)?\s+(?:announced|imposed|unveiled|issued|introduced|adopted|signed|published|released|rolled out|dated)\s+(?:on|in|last|this|earlier)?\s*$/g;

/**
 * "India's licences, confirmed on Thursday, were granted under …": a plural noun, a comma, then a
 * participle of confirming or granting right before the date. Set off by the comma, the
 * participle cannot be the noun's main verb; it dates the noun (ADR 0155).
 */
const APPOSED_PARTICIPLE =
  /\b([a-z][\w-]*s)[”"’']?\s*,\s+(?:confirmed|reported|disclosed|revealed|acknowledged|approved|granted|cleared)\s+(?:on|in|last|this|earlier)?\s*$/g;

/**
 * "with a White House fact sheet released on Nov. 2": a singular noun phrase after a preposition
 * and its determiner, then a past participle right before the date. After a preposition the noun
 * is no subject, so the participle cannot be the main verb ("the ministry announced on Friday"
 * is; no determiner may come between: "In the end the ministry announced on Friday").
 */
const OBJECT_PARTICIPLE_RELATIVE =
  /(?<=\b(?:with|in|by|from|under|to|of|after|before|against|than|per|on|for)\s+(?:a|an|the|its|their|his|her|this|that)\s+(?:(?!(?:a|an|the|its|their|his|her|this|that)\b)[\w'’-]+\s+){0,3})([a-z][\w-]*)[”"’']?\s+(?:announced|imposed|unveiled|issued|introduced|adopted|signed|published|released|rolled out|dated)\s+(?:on|in|last|this|earlier)?\s*$/g;

/**
 * "after years in which the mechanism lay dormant between …", "the weeks during which flights
 * stayed grounded": a noun, a preposition and "which" (a prepositional relative); the noun may be
 * bare ("years"), so it starts its own phrase.
 */
const PREPOSITION_RELATIVE = /\b([a-z][\w-]*)\s+(?:in|during|under|through|throughout|over)\s+which\s/g;

/** Words that start the noun phrase a relative clause hangs on (capitalised at a sentence's start too). */
const DETERMINER =
  /(?<!\band\s)\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Tt]hese|[Tt]hose|[Aa]ll|[Oo]ur|[A-Z][\w-]*['’]s|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ss]everal|[Bb]oth)\s+(?!(?:half|quarter|third|few|couple|dozen)\b)/g;
const PREPOSITION = /\s(?:in|of|on|at|between|along|with|for|from|to|across|over|near|into)\s/g;

/** Up to five capitalised words right before a relative word ("MEA spokesperson Randhir Jaiswal"). */
const NAME_BEFORE = /(?:\b[A-Z][\w.'’-]*\s+){0,4}\b[A-Z][\w.'’-]*\s*$/;

/** How far back the noun phrase before a relative word may start. */
const NOUN_PHRASE_CHARS = 90;

/**
 * A modal and its verb right before the relative's noun: the noun phrase starts after
 * them ("the general licences would effectively remove controls China imposed in 2022": the
 * clause is about "controls", not "the general licences").
 */
const VERB_BEFORE_NOUN =
  /\b(?:would|will|could|should|may|might|must|can)\s+(?:[a-z]+ly\s+)?(?:not\s+)?[a-z]+\s+(?:(?:back|up|off|out|down)\s+)?(?=[a-z])/g;

/** Where the noun phrase that starts at `np` really starts: past a verb phrase before `end`. */
function afterVerb(text: string, np: number, end: number): number {
  const phrase = text.slice(np, end);
  let at = np;
  VERB_BEFORE_NOUN.lastIndex = 0;
  for (let m = VERB_BEFORE_NOUN.exec(phrase); m; m = VERB_BEFORE_NOUN.exec(phrase))
    at = np + m.index + m[0].length;
  return at;
}

/** "and", "or" (a comma before them, "in" or "on" after) joining a date to the one before it. */
const JOINED_DATE = /^\s*,?\s*(?:and|or)\s+(?:(?:in|on)\s+)?$/i;

/**
 * "curbs imposed in April 2025 and October 2022": the date a second date of a list is joined to
 * (the list's first), whose place in the clause the second shares (issue #7, ADR 0071), or null.
 */
function listedAfter(text: string, own: Span, e: Span): Span | null {
  if (!/\b(?:and|or)\s+(?:(?:in|on)\s+)?$/i.test(text.slice(Math.max(own.start, e.start - 12), e.start)))
    return null;
  const first = findTemporal(text, { start: own.start, end: e.start }, null)
    .filter((x) => x.kind === 'absolute' && JOINED_DATE.test(text.slice(x.end, e.start)))
    .pop();
  return first ? { start: first.start, end: e.end } : null;
}

/** The relative clause the date `e` stands in, within its own clause, or null. */
export function relativeClauseOf(text: string, sentence: Span, e: Span): RelativeClause | null {
  const own = clauseAt(text, sentence, e.start);
  // The second date of a list stands where the first does.
  const list = listedAfter(text, own, e);
  if (list) return relativeClauseOf(text, sentence, list);
  const before = text.slice(own.start, e.start);
  let marker: { at: number; end: number; participle: boolean; noun: number | null } | null = null;
  for (const re of [
    SUBJECT_RELATIVE,
    OBJECT_RELATIVE,
    PARTICIPLE_RELATIVE,
    OBJECT_PARTICIPLE_RELATIVE,
    APPOSED_PARTICIPLE,
    PREPOSITION_RELATIVE,
  ]) {
    re.lastIndex = 0;
    for (let m = re.exec(before); m; m = re.exec(before)) {
      // The object, participle and prepositional relatives' marker is after their noun.
      const at = own.start + m.index + (re === SUBJECT_RELATIVE ? 0 : (m[1]?.length ?? 0));
      if (!marker || at > marker.at)
        marker = {
          at,
          end: own.start + m.index + m[0].length,
          participle:
            re === PARTICIPLE_RELATIVE || re === OBJECT_PARTICIPLE_RELATIVE || re === APPOSED_PARTICIPLE,
          noun: re === PREPOSITION_RELATIVE ? own.start + m.index : null,
        };
    }
  }
  if (!marker) return null;
  // "The one-year suspension of China's October 2025 export controls, announced on 7 November":
  // set off by a comma, the participle may describe the whole phrase, whose head is before "of".
  if (
    marker.participle &&
    appositive(text, marker.at, marker.end) &&
    /\bof\b/i.test(text.slice(own.start, marker.at))
  )
    return null;
  // Another clause word between the relative clause and the date ("that began in 2020 and
  // ended when …") would make the date another's: keep to dates right in the clause.
  // ("in April 2025 and October 2022": a list of dates is still the clause's.)
  const between = text.slice(marker.end, e.start).replace(/\band\s*$/i, '');
  // A comma between closes the relative clause ("the curbs it had issued in October, a week
  // after …": the gap dates the main clause).
  // So does a future main verb ("the controls it unveiled in October last year will end on
  // Nov. 10": the date is the main clause's).
  if (/,|\b(?:and|but|when|while|after|before|since|until|will|shall)\b/i.test(between)) return null;
  const from = Math.max(own.start, sentence.start, marker.at - NOUN_PHRASE_CHARS);
  const phrase = text.slice(from, marker.at);
  let det = -1;
  DETERMINER.lastIndex = 0;
  for (let m = DETERMINER.exec(phrase); m; m = DETERMINER.exec(phrase)) det = m.index;
  // "Randhir Jaiswal, who took charge on 3 January 2024": a name before ", who" is the noun.
  const name =
    det < 0 && /^,\s*who\b/i.test(text.slice(marker.at, marker.end)) ? NAME_BEFORE.exec(phrase) : null;
  // "… says general licences would effectively remove controls China imposed in 2022": no
  // determiner, but a modal's verb right before the noun starts its phrase all the same.
  const start =
    det >= 0
      ? from + det
      : name
        ? from + name.index
        : marker.noun !== null
          ? marker.noun
          : afterVerb(text, from, marker.at);
  if (det < 0 && !name && marker.noun === null && start === from) return null;
  const np = det < 0 && !name ? start : afterVerb(text, start, marker.at);
  PREPOSITION.lastIndex = 0;
  const firstPrep = PREPOSITION.exec(text.slice(np, marker.at));
  const headEnd = firstPrep ? np + firstPrep.index : marker.at;
  let lastStart = np;
  PREPOSITION.lastIndex = 0;
  const tail = text.slice(np, marker.at);
  for (let m = PREPOSITION.exec(tail); m; m = PREPOSITION.exec(tail)) lastStart = np + m.index + m[0].length;
  let comma = text.indexOf(',', e.end);
  // "on five more rare earths, superhard materials and lithium batteries": a list's comma
  // does not close the clause.
  while (
    comma >= 0 &&
    comma < own.end &&
    (LIST_ITEM_AFTER.test(text.slice(comma, own.end)) || CONTENTS_AFTER.test(text.slice(comma, own.end)))
  )
    comma = text.indexOf(',', comma + 1);
  // (The act is sought before such a "which" clause: its verb acts on the contents, not the noun.)
  let actEnd: number | null = null;
  if (comma >= 0 && comma < own.end && WHICH_CONTENTS_AFTER.test(text.slice(comma, own.end))) {
    actEnd = comma;
    comma = -1;
  }
  let clauseEnd = comma >= 0 && comma < own.end ? comma : own.end;
  // "the thaw that began last October, when the two sides reached an understanding on
  // patrolling": a "when" clause right after the date says what happened then.
  if (/^,?\s*when\b/i.test(text.slice(e.end, e.end + 8))) clauseEnd = clauseAt(text, sentence, e.end + 8).end;
  // "the controls that Beijing agreed on Thursday to pause had been announced …": an auxiliary
  // after the date starts the main clause's verb; the relative clause ends before it.
  const aux = MAIN_VERB_AFTER.exec(text.slice(e.end, clauseEnd));
  if (aux) clauseEnd = e.end + aux.index;
  return {
    head: { start: np, end: headEnd },
    last: { start: lastStart, end: marker.at },
    clause: { start: marker.at, end: clauseEnd },
    byName: name !== null,
    participle: marker.participle,
    act: ACT_ON_NOUN.exec(text.slice(marker.at, actEnd ?? clauseEnd))?.[1]?.toLowerCase() ?? null,
    actAfter: actAfter(text, clauseEnd, own.end, appositive(text, marker.at, marker.end)),
  };
}

/**
 * True when the mention is named in the relative clause's noun phrase (by any of its words:
 * "the military face-off that began in 2020") or in the clause: by a name, or by every word
 * group of its cue ("a brawl at Pangong Tso" has a clash word, not the Galwan clash).
 */
export function namedInRelative(text: string, rel: RelativeClause, m: Mention): boolean {
  const inside = (p: number) => [rel.head, rel.last, rel.clause].some((s) => p >= s.start && p < s.end);
  const inClause = (p: number) => p >= rel.clause.start && p < rel.clause.end;
  // A person's name is an actor: the clause must hold a word of the event itself ("Jaishankar,
  // who arrived on Sunday"; not "Jaiswal, who took charge on 3 January" for what he confirmed).
  if (rel.byName)
    return m.cueGroups?.length ? m.cueGroups.some((g) => g.some(inClause)) : m.positions.some(inClause);
  const noun = (p: number) => [rel.head, rel.last].some((s) => p >= s.start && p < s.end);
  // "the controls that Beijing agreed on Thursday to pause": the clause dates an act on the noun,
  // which is not the noun's own event (unless its own words are that act: a suspension suspended).
  const actedOn = rel.act !== null && !ownWords(m.fact).includes(rel.act.slice(0, 4));
  if (actedOn && !m.positions.some(inClause)) return false;
  // "the October controls that were scheduled for Nov. 8 now to be paused": a fact one of whose
  // cue groups is only the act after the clause is that act's (ADR 0050).
  const after = rel.actAfter;
  if (after && m.cueGroups?.some((g) => g.length > 0 && g.every((p) => p >= after.start && p < after.end)))
    return false;
  // "a one-year pause of the controls announced on October 9, which had been set to start on
  // November 8": a fact cued by the noun that governs the phrase ("pause of") acts on the noun;
  // the clause dates the noun, not the act.
  if (m.cueGroups?.some((g) => g.length > 0 && g.every((p) => governsPhrase(text, p, rel.head.start))))
    return false;
  // "met Xi on the margins of the SCO gathering in Tianjin, which ends today": the noun phrase
  // is the event the main clause's act was held at, another event (ADR 0167).
  if (heldAtTheNoun(text, rel, m, inside)) return false;
  if (m.cueGroups?.length) return m.positions.some(noun) || m.cueGroups.every((g) => g.some(inside));
  return m.positions.some(inside);
}

/** "on the sidelines of", "on/at the margins of", "on the fringes of" right before a noun phrase. */
const HOST_BEFORE = /\b(?:sidelines?|margins?|fringes?)\s+of\s+(?:(?:the|a|an)\s+)?$/i;

/**
 * "Modi met Xi on the margins of the SCO gathering in Tianjin, which ends today": a noun phrase
 * after "on the sidelines / margins / fringes of" is the event another act was held at, so a
 * relative clause on it dates that host event. A fact with none of its words in the clause and
 * one of its cue groups (by keywords, one keyword) wholly before the phrase, outside it ("Modi",
 * "Xi"; "trip"), is the act held there or another event, not the host: it does not own the
 * clause's date, whatever setting names ("SCO", "Tianjin") it shares with the phrase. The host
 * itself, named or cued in the phrase, still does (ADR 0167).
 */
function heldAtTheNoun(
  text: string,
  rel: RelativeClause,
  m: Mention,
  inside: (p: number) => boolean,
): boolean {
  if (!HOST_BEFORE.test(text.slice(Math.max(0, rel.head.start - 40), rel.head.start))) return false;
  if (m.positions.some((p) => p >= rel.clause.start && p < rel.clause.end)) return false;
  const groups = m.cueGroups?.length ? m.cueGroups : m.positions.map((p) => [p]);
  return groups.some((g) => g.length > 0 && g.every((p) => !inside(p) && p < rel.head.start));
}

/** A word right before the noun phrase at `head`, joined to it by "of" ("pause of the controls"). */
const governsPhrase = (text: string, at: number, head: number) =>
  at < head && /^[\w'’-]+\s+of\s+$/.test(text.slice(at, head));

/** True when the mention is named in the noun phrase the clause is about ("a White House fact sheet"). */
export function namedByNoun(rel: RelativeClause, m: Mention): boolean {
  return m.positions.some((p) => [rel.head, rel.last].some((s) => p >= s.start && p < s.end));
}

/** The first act verb of the predicate after a relative clause, before the next comma. */
function actAfter(text: string, from: number, end: number, appositive: boolean): Span | null {
  // "The October measures, announced on 9 October and due to start on 8 November, now sit
  // suspended …": after a participle set off by commas, the predicate follows its closing comma.
  const skip = appositive ? (/^,\s*/.exec(text.slice(from, end))?.[0].length ?? 0) : 0;
  const rest = text.slice(from + skip, end);
  const comma = rest.search(/[,;:—–]/);
  const m = ACT_ON_NOUN.exec(comma >= 0 ? rest.slice(0, comma) : rest);
  if (!m || m[1] === undefined) return null;
  const at = from + skip + m.index + m[0].length - m[1].length;
  return { start: at, end: at + m[1].length };
}

/** A participle relative set off by a comma after its noun ("The measures, announced on …"). */
const appositive = (text: string, at: number, end: number) => /^[”"’']?\s*,/.test(text.slice(at, end));
