/**
 * The verbs before a date that make it the day of a notice or statement rather than of what it
 * tells of (ADR 0117): an act of announcing or of speech right before the date ("unveiled on Oct.
 * 9", "said on Tuesday"), an act of announcing with a longer object, or a document put out ("put
 * out the notice on Weibo on Wednesday"). Used by date-owners.ts (no event owns such a date) and
 * notice-day.ts (the notice's day shown as `context` on the one event it announces).
 */

/**
 * Verbs right before a date that make it the date of a notice or statement ("unveiled on Oct. 9"),
 * with no other verb between ("the controls announced last Thursday will apply from 8 November":
 * 8 November is when they apply).
 */
const ANNOUNCING =
  /\b(?:unveiled|issued|released|published|announced|declared|notified|said|told|informed)\s+(?:(?:(?!(?:will|would|shall|is|are|was|were|to|apply|applies|applied|take|takes|took)\b)[\w'’-]+\s+){0,5}?|by\s+(?:[\w'’.-]+\s+){1,5}?)(?:on|in)?\s*$/i;

/**
 * A verb of putting a document out, then the document ("put out the notice on Weibo on
 * Wednesday", "posted an advisory on its website on Friday"): the date is the day the notice came
 * out, whatever it told of (ADR 0117). Only with a document noun right after the verb: "posted"
 * and "put out" have other senses ("troops posted at the border in June").
 */
const NOTICE_PUT_OUT =
  /\b(?:put\s+out|puts\s+out|posted|posts|circulated|uploaded|tweeted)\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w'’-]+\s+){0,2}?(?:notices?|advisor(?:y|ies)|circulars?|statements?|announcements?|notifications?|updates?|messages?|posts?|press\s+releases?)\b(?:\s+(?!(?:will|would|shall|is|are|was|were|to|that)\b)[\w'’.-]+){0,4}?\s+(?:on|in)?\s*$/i;

/** True when the date is the day a notice or statement was issued or put out. */
export const announcingBefore = (text: string, at: number) =>
  ANNOUNCING.test(text.slice(Math.max(0, at - 60), at)) ||
  ANNOUNCED_LONG_OBJECT.test(text.slice(Math.max(0, at - 100), at)) ||
  NOTICE_PUT_OUT.test(text.slice(Math.max(0, at - 80), at));

/**
 * A verb of an act of announcing, then a longer object (six to eight words) before the date: "had
 * announced the resumption of the Kailash Mansarovar Yatra on April 26" dates the announcement as
 * the shorter "announced the resumption of the yatra on April 26" does (ADR 0117, rule 3). Not a
 * verb of speech, whose longer reach takes in a reported clause ("said disengagement at both
 * points had been completed last Wednesday"), nor a clause verb among the words.
 */
const ANNOUNCED_LONG_OBJECT =
  /\b(?:unveiled|issued|released|published|announced|declared|notified)\s+(?:(?!(?:will|would|shall|is|are|was|were|to|apply|applies|applied|take|takes|took|had|has|have|been|be|that|which|who|when|and|but)\b)[\w'’-]+\s+){6,8}?(?:on|in)?\s*$/i;

/** The verb of an act of announcing in ANNOUNCING (not one of speech: said, told, informed). */
const ANNOUNCING_ACT = /^(?:unveiled|issued|released|published|announced|declared|notified)$/i;

/**
 * True when the date is the day a notice was issued, announced or put out ("announced the
 * decision on Wednesday", "put out the notice on Weibo on Wednesday"), not a day someone spoke.
 */
export function noticeActBefore(text: string, at: number): boolean {
  if (NOTICE_PUT_OUT.test(text.slice(Math.max(0, at - 80), at))) return true;
  if (ANNOUNCED_LONG_OBJECT.test(text.slice(Math.max(0, at - 100), at))) return true;
  const m = ANNOUNCING.exec(text.slice(Math.max(0, at - 60), at));
  return m !== null && ANNOUNCING_ACT.test(/^[a-z]+/i.exec(m[0])?.[0] ?? '');
}
