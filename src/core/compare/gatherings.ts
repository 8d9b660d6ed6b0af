/**
 * A summit and a meeting held at it (round 14, ADR 0022): stories of one summit tell the
 * gathering itself ("The SCO summit is being held in Tianjin on August 31 and September 1";
 * "Leaders of the SCO opened their annual summit on Sunday") and a bilateral meeting on its
 * sidelines ("Modi and Xi held talks in Tianjin on the margins of the SCO summit") in the same
 * names, place and dates. An editor aligns neither with the other: two happenings. Read from
 * the words of the sentence's main part (clauses.ts), in compare, like predicates.ts.
 */
import { splitMinor } from './clauses';
import type { Vector } from './features';

/** Nouns for a multilateral gathering (not "meeting" or "talks": those are often two people's). */
const GATHERING = '(?:summit|conference|gathering|forum)';
/** Up to five words of a gathering's name between the article and the noun ("the 16th BRICS summit"). */
const NAME = "(?:[\\w'’.-]+\\s+){0,5}";
/** The gathering itself happens: it is held, opens, runs, is hosted. */
const GATHERING_HAPPENS = new RegExp(
  [
    `\\b${GATHERING}\\b[^.;:]{0,60}?\\b(?:is|was|are|were|will be)(?: being)? (?:held|hosted|convened)\\b`,
    `\\b${GATHERING}\\s+(?:runs|ran|opens|opened|begins|began|ends|ended|starts|started|closes|closed|concluded|takes place|took place|kicks off|kicked off)\\b`,
    `\\b(?:open(?:s|ed)?|host(?:s|ed|ing)?|convene[sd]?|close[sd]?)\\s+(?:the|their|its|an?|this|next)\\s+${NAME}${GATHERING}\\b`,
  ].join('|'),
  'i',
);
/** A gathering named as where something else happened: "on the sidelines of", "at", "during". */
const GATHERING_SETTING = new RegExp(
  `\\b(?:on the (?:sidelines|margins) of|at|for|during|to attend|attending|ahead of)\\s+(?:the|a|an|this|its|their)\\s+${NAME}${GATHERING}\\b`,
  'gi',
);
const ANY_GATHERING = new RegExp(`\\b${GATHERING}\\b`, 'gi');
/** A meeting held or to come: who met whom, talks held (predicates.ts HELD and PLANNED, and plans). */
const MEETING =
  /\b(?:(?:have|has|had|will|would|to) )?(?:met|meet|meets|sat down with|called on|calls on|held (?:talks|a meeting|their|the \w+ (?:round|meeting))|(?:will|would|to|is due to|are due to) hold (?:talks|a meeting|the \w+ (?:round|meeting))|talked|spoke)\b/i;

/** What a sentence's main part tells of a gathering: the gathering itself, or a meeting held at it. */
export type GatheringRole = 'itself' | 'meeting-at' | 'presence-at';

/**
 * 'itself' when the main part tells the gathering happening and no meeting ("The SCO summit is
 * being held in Tianjin on August 31 and September 1"); 'meeting-at' when it tells a meeting and
 * names gatherings only as its setting ("Modi met Xi on the margins of the SCO summit"); none
 * otherwise ("Modi and Xi met in Kazan, where Russia is hosting the BRICS summit" tells both).
 */
export function gatheringRoleOf(text: string): GatheringRole | undefined {
  const main = splitMinor(text).main;
  const meeting = MEETING.test(main);
  if (GATHERING_HAPPENS.test(main)) return meeting ? undefined : 'itself';
  const all = main.match(ANY_GATHERING)?.length ?? 0;
  const setting = main.match(GATHERING_SETTING)?.length ?? 0;
  if (all === 0 || setting !== all) return undefined;
  if (meeting) return 'meeting-at';
  // Someone's presence at it (round 17): "Modi is in Kazan for the BRICS summit" tells a trip,
  // not the summit; but a sentence whose minor part tells the summit happening ("…, which is
  // being held from Aug. 31") tells that too.
  return GATHERING_HAPPENS.test(text) ? undefined : 'presence-at';
}

const roles = new WeakMap<Vector, GatheringRole | 'none'>();

function roleOf(v: Vector): GatheringRole | 'none' {
  let out = roles.get(v);
  if (!out) {
    out = gatheringRoleOf(v.text ?? '') ?? 'none';
    roles.set(v, out);
  }
  return out;
}

/**
 * One sentence tells a gathering itself and the other a meeting held at one ("The SCO summit is
 * being held in Tianjin on August 31 and September 1." / "Modi and Xi held talks in Tianjin on
 * the margins of the SCO summit."): a summit and a meeting at it, two happenings.
 */
export function summitOrMeetingAt(x: Vector | undefined, y: Vector | undefined): boolean {
  if (!x?.text || !y?.text) return false;
  const gx = roleOf(x);
  if (gx === 'none') return false;
  const gy = roleOf(y);
  return gy !== 'none' && gx !== gy && (gx === 'itself' || gy === 'itself');
}
