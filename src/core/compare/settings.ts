/**
 * Two sentences that share only the events they are dated by (ADR 0022, round 21). An event
 * named as a point in time ("Since the agreement on patrolling arrangements in October 2024, the
 * two sides have taken a string of steps to normalise relations"; "That meeting came shortly
 * after the two countries agreed on patrolling arrangements") is the setting of what the sentence
 * tells, not its claim: one tells steps taken, the other when a meeting came. When what two
 * sentences share lies in both sentences' settings, they tell different things in one frame, and
 * an editor aligns neither with the other. Two sentences that each tell when the story's own
 * event came ("The announcement comes days after Jaishankar visited China" / "The move follows
 * Jaishankar's visit to China") tell one thing, the timing, and are left alone.
 */
import { allMatches } from '../match/all-matches';
import type { Vector } from './features';
import { tokenize } from './tokens';

/** Words that set something in time by another event. */
const RELATION =
  '(?:after|before|since|following|ahead of|on the eve of|on the heels of|in the wake of|amid)';
/** An amount of time before the relation: "two days after", "shortly after", "a week before". */
const AMOUNT = String.raw`(?:(?:just|shortly|soon|only|barely|about|some|less than|more than|a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|\d+)\s+)*(?:(?:hours?|days?|weeks?|months?|years?)\s+)?`;
/** A leading setting, to the first comma: "Since the agreement …, ", "Two days after the talks, ". */
const LEADING = new RegExp(`^${AMOUNT}${RELATION}\\b[^,;]*(?=,)`, 'i');
/** A trailing setting after a comma: ", after the two sides agreed …". */
const TRAILING = new RegExp(`,\\s+${AMOUNT}${RELATION}\\b[^,;]*`, 'gi');
/**
 * A sequence sentence: an anaphoric subject ("The announcement", "That meeting", "It") and a verb
 * of coming or following; what follows the relation ("came two days after …") or the verb's
 * object ("follows an agreement …") is the setting.
 */
const SEQUENCE = new RegExp(
  `^(?:the|this|that|these|those|his|her|its|their|it)\\b(?:\\s+[\\w'’-]+){0,3}?\\s+(?:came|comes|come|follows|followed|follow|took place|takes place|happened|occurred)\\b(?:(?:\\s+[\\w'’-]+){0,4}?\\s+${RELATION}\\b|(?=\\s+(?:an?|the|his|her|its|their|last|this|[A-Z][\\w'’-]*(?:'s|’s))\\b))`,
  'i',
);

interface Setting {
  /** Keys said only in the sentence's settings. */
  readonly keys: ReadonlySet<string>;
  /** The sentence tells when something came (a sequence sentence). */
  readonly sequence: boolean;
}

const NONE: Setting = { keys: new Set(), sequence: false };

/** The keys `text` says only in its settings, and whether it is a sequence sentence. */
export function settingOf(text: string): Setting {
  const spans: [number, number][] = [];
  const lead = LEADING.exec(text);
  if (lead) spans.push([0, lead[0].length]);
  for (const m of allMatches(text, TRAILING)) spans.push([m.index, m.index + m[0].length]);
  const seq = SEQUENCE.exec(text);
  if (seq) spans.push([seq[0].length, text.length]);
  if (!spans.length) return NONE;
  const inSetting = new Uint8Array(text.length);
  for (const [s, e] of spans) inSetting.fill(1, s, e);
  let setting = '';
  let rest = '';
  for (let k = 0; k < text.length; k++) {
    const boundary = k > 0 && inSetting[k] !== inSetting[k - 1] ? ' . ' : '';
    setting += (inSetting[k] ? text[k] : '') + (inSetting[k] ? '' : boundary);
    rest += (inSetting[k] ? '' : text[k]) + (inSetting[k] ? boundary : '');
  }
  const elsewhere = new Set(tokenize(rest, []).map((t) => t.key));
  const keys = new Set(
    tokenize(setting, [])
      .map((t) => t.key)
      .filter((k) => !elsewhere.has(k)),
  );
  return { keys, sequence: !!seq };
}

const cache = new WeakMap<Vector, Setting>();

function settingOfVector(v: Vector): Setting {
  let out = cache.get(v);
  if (!out) {
    out = v.text ? settingOf(v.text) : NONE;
    cache.set(v, out);
  }
  return out;
}

/** Share of the shared weight (facts aside) that must lie in both settings. */
export const SETTING_SHARE = 3 / 4;

/**
 * What `x` and `y` share (by weight, facts aside: the claim engine ties them from the same
 * words) lies, SETTING_SHARE of it or more, in both sentences' settings, and they are not both
 * sequence sentences.
 */
export function settingsOnly(x: Vector | undefined, y: Vector | undefined): boolean {
  if (!x?.text || !y?.text) return false;
  const sx = settingOfVector(x);
  if (!sx.keys.size) return false;
  const sy = settingOfVector(y);
  if (!sy.keys.size || (sx.sequence && sy.sequence)) return false;
  let all = 0;
  let set = 0;
  for (const [k, u] of x.w) {
    const v = y.w.get(k);
    if (v === undefined || k.startsWith('f:')) continue;
    all += u * v;
    if (sx.keys.has(k) && sy.keys.has(k)) set += u * v;
  }
  return all > 0 && set >= SETTING_SHARE * all;
}
