/**
 * The other side of a deal (ADR 0037). Truce stories pair what each government does: "China will
 * suspend the October 9 measures for one year, while Washington will pause for a year its rule
 * extending export restrictions to affiliates at least 50% owned by listed Chinese firms". In the
 * second clause the year, the 50 % and the export restrictions are the United States' own rule,
 * not China's controls, whose words ("pause", "a year", "export restrictions") they share.
 *
 * A value or a name belongs to the United States' side when, in its sentence, the last country
 * named before it is the United States acting (a subject: "Washington will …", "the U.S. side
 * has said it will …", "the United States agreed to …"), China is not named acting or owning
 * between ("China will …", "China's …"; "a tariff on Chinese goods" is an object), and the
 * United States' own instrument is the object ("its rule", "its so-called affiliates rule", "a rule
 * that extended", "U.S. export restrictions"). Then a fact that is China's alone (its title names
 * China and not the United States) does not own it. The United States' tariff measures are its own
 * too ("would extend certain Section 301 tariff exclusions until Nov. 10, 2026"), and it acts by
 * shelving, extending, delaying, postponing or reducing as by pausing (ADR 0054).
 */

import type { Fact } from '../facts/schema';
import { allMatches } from '../match/all-matches';
import type { Span } from '../match/sentences';

/** The United States named as the one who acts, with the verb or modal after it. */
const US_ACTS =
  /\b(?:Washington|[Tt]he U\.S\.(?: side)?|[Tt]he US(?: side)?|[Tt]he United States)(?:,[^,]{0,20},)?\s+(?:\w+\s+){0,2}?(?:will|would|has|have|had|said|says|agreed|agrees|is|was|to|in turn|also|cut|paused?|suspend(?:ed|s)?|lower(?:ed|s)?|shelve[ds]?|extend(?:ed|s)?|delay(?:ed|s)?|postpone[ds]?|reduce[ds]?)\b/g;
/** Words that name China (in a fact's title). */
const CHINA = /\b(?:China|China['’]s|Chinese|Beijing|MOFCOM)\b/;
/**
 * China acting or owning: a subject with its verb ("China will resume …", "Beijing agreed …") or a
 * possessive ("China's export restrictions"); not "a tariff on Chinese goods", an object's word.
 */
const CHINA_SIDE =
  /\b(?:China|Beijing|MOFCOM|[Tt]he Chinese side)(?:,[^,]{0,20},)?\s+(?:\w+\s+){0,2}?(?:will|would|has|have|had|said|says|agreed|agrees|is|was|to|also)\b|\b(?:China|Beijing)['’]s\b/;
/** The United States' own instrument as the object: "its rule", "its so-called affiliates rule", "U.S. export restrictions". */
const OWN_OBJECT =
  /\b(?:its|a|the)\s+(?:so-called\s+)?(?:[\w-]+\s+){0,2}?rule\b|\bU\.S\.\s+export\b|\bSection\s+301\b|\btariff\s+exclusions?\b/i;
/** A fact that is China's alone: its title names China and not the United States. */
const US_WORD = /\b(?:U\.S\.|US|United States|American|Washington)\b/;

/** Kinds whose name or value a side's clause can hold (people, places and organisations are who they are). */
const SIDED_KINDS = new Set(['event', 'instrument', 'topic', 'quantity']);

function chinaOnly(fact: Fact): boolean {
  return SIDED_KINDS.has(fact.kind) && CHINA.test(fact.title) && !US_WORD.test(fact.title);
}

/** True when the value or name at [start, end) of `sentence` is the United States' side, and `fact` is China's alone. */
export function otherSide(
  text: string,
  sentence: Span,
  start: number,
  end: number,
  fact: Fact | undefined,
): boolean {
  if (!fact || !chinaOnly(fact)) return false;
  const before = text.slice(sentence.start, start);
  let subject = -1;
  for (const m of allMatches(before, US_ACTS)) subject = m.index as number;
  if (subject < 0) return false;
  // Another subject or China's instrument between the United States and the value.
  if (CHINA_SIDE.test(before.slice(subject))) return false;
  // The United States' own instrument as the object, before the value or in what follows it up
  // to the next Chinese word ("pause for a year its rule extending …").
  const rest = text.slice(sentence.start + subject, sentence.end);
  const china = CHINA_SIDE.exec(text.slice(end, sentence.end));
  const upTo = china ? end - (sentence.start + subject) + china.index : rest.length;
  return OWN_OBJECT.test(rest.slice(0, upTo));
}
