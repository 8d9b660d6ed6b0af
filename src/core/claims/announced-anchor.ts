/**
 * "Two days after that announcement, Modi and Xi met in Kazan", "Two days after Misri's
 * announcement, …": a gap counted from an announcement the article reported earlier. The
 * words name no event the fact base knows; what they point back to is the last announcement
 * the text told of, and the day it gave it ("… announced by Foreign Secretary Vikram Misri on
 * Oct. 21"). With "<Name>'s announcement" it is the last dated sentence in which that person
 * announced, told or said something. Only the current paragraph and the two before are read,
 * and only a day-precise date counts (a gap in days counts from a day).
 */

import type { Span } from '../match/sentences';
import { firmSubject, recordedAnnouncement } from './announced-record';
import type { Checker } from './check-common';
import { checkDate, type DateCheck } from './check-dates';
import { agreesWithRecord } from './claim';
import { type DateInterval, factInterval, formatInterval, gapDays } from './dates';
import { reason } from './reasons';
import { applyOffset, findTemporal, type TemporalExpression } from './temporal';

/**
 * "that announcement", "the announcement", "Misri's announcement", "the foreign secretary's statement";
 * "his announcement", the last one told of, as "that announcement" (ADR 0070).
 */
const POINTED_ANNOUNCEMENT =
  /^\s*(?:(?:after|before|following)\s+)?(?:(?<det>that|the|this|his|her|their)|(?<name>(?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]+)['’]s)\s+(?:announcement|statement)\b/;

const ANNOUNCED = /\bannounc(?:e|ed|es|ing|ement)\b/;
const SAID = /\b(?:said|told|declared|stated)\b/;

/** Paragraphs before the gap's own that a pointed-back announcement may lie in. */
export const ANNOUNCEMENT_PARAGRAPHS_BACK = 2;

/** The day of the announcement the words after `e` point back to, with the sentence that gave it; or null. */
export function announcedAnchor(
  c: Checker,
  e: TemporalExpression,
): { readonly day: DateInterval; readonly told: Span } | null {
  const text = c.input.text;
  const pointed = POINTED_ANNOUNCEMENT.exec(text.slice(e.end, c.sentence.end));
  if (!pointed) return null;
  const name = pointed.groups?.name?.split(/\s+/).pop();
  const paras = c.input.spans.paragraphs();
  const own = paras.findIndex((p) => p.start <= c.sentence.start && c.sentence.start <= p.end);
  const from = paras[Math.max(0, own - ANNOUNCEMENT_PARAGRAPHS_BACK)]?.start ?? 0;
  const before = c.input.spans
    .sentences()
    .filter((s) => s.start >= from && s.end <= c.sentence.start)
    .reverse();
  const verbs = name ? [ANNOUNCED, SAID] : [ANNOUNCED];
  for (const verb of verbs) {
    for (const s of before) {
      const words = text.slice(s.start, s.end);
      const at = verb.exec(words);
      if (!at || (name && !new RegExp(`\\b${name}\\b`).test(words))) continue;
      const days = findTemporal(text, s, c.input.published).filter(
        (x) =>
          (x.kind === 'absolute' || x.kind === 'relative') &&
          x.interval?.precision === 'day' &&
          x.bound === null,
      );
      if (!days.length) {
        if (verb === ANNOUNCED && !name) return null; // the last announcement is undated
        continue;
      }
      const verbAt = s.start + at.index;
      const nearest = days.reduce((a, b) =>
        Math.abs(b.start - verbAt) < Math.abs(a.start - verbAt) ? b : a,
      );
      return nearest.interval ? { day: nearest.interval, told: s } : null;
    }
  }
  return null;
}

/**
 * "Two days after that announcement, Modi and Xi met in Kazan": counted from the day of the
 * announcement the article reported before. What that announcement was
 * about is the anchor, not what the gap dates (facts on its day are set aside). Only agreement
 * is said — which announcement the words point back to is a reading — unless the sentence that
 * told of it names an event recorded on that day and the gap's sentence names its subject
 * (announced-record.ts).
 */
export function fromAnnouncement(c: Checker, e: TemporalExpression): DateCheck {
  const pointed = announcedAnchor(c, e);
  const offset = e.offset;
  if (!pointed || !offset) return { claim: null, anchor: null };
  const said = pointed.day;
  const claimed = applyOffset(said, offset);
  const read = reason('read-anchored', {
    said: e.text,
    resolved: formatInterval(claimed),
    anchor: formatInterval(said),
  });
  const mentions = c.mentions.filter(
    (m) => !m.fact.date || gapDays(factInterval(m.fact.date) as DateInterval, said) !== 0,
  );
  const got = checkDate({ ...c, mentions }, e, claimed, read);
  if (!got.claim) return { claim: null, anchor: null };
  if (agreesWithRecord(got.claim)) return got;
  const recorded = recordedAnnouncement(c, pointed.told, said) && firmSubject(c, got.claim.factId);
  return recorded ? got : { claim: null, anchor: null };
}
