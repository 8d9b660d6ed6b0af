/**
 * A background line two stories of one theme share (round 28, ADR 0022). Two articles about
 * different happenings of one story ("China halts fertiliser exports" / "India's DAP imports
 * fell"; "the first Depsang patrol" / "Misri's Beijing talks") have too few anchors to be one
 * story (thresholds.ts `relatedAt`), so only a close match (ALONE) stands there. But news
 * writing recalls the same earlier happening as background in both ("It stopped selling urea
 * abroad altogether in June 2024." / "Beijing first banned overseas sales of urea in June
 * 2024."; "Modi and Xi met in Kazan on October 23" / "Modi and Xi met in the Russian city of
 * Kazan in October"), each in its own words, and an editor pairs the two lines. So an anchor
 * between such articles also stands, a little below ALONE, when its two sentences are each
 * other's best match and both tell one event the claim engine found (facts.ts `tellsOf`): the
 * same happening told as a claim on both sides, not only a shared topic word.
 */
import type { Vector } from './features';

/**
 * From this score an anchor that tells one event on both sides stands between unrelated
 * articles (ALONE is 0.5): the dev background pairs score 0.44 and 0.49, a line that only
 * recalls the same standoff in a phrase ("since the 2020 border standoff" / "ties damaged by the
 * border standoff that began in 2020") 0.36.
 */
export const BACKGROUND_ALONE = 0.4;

/** Both sentences tell one event, instrument or count (Told.events), not merely mention it. */
export function tellSameEvent(x: Vector | undefined, y: Vector | undefined): boolean {
  const ey = y?.told?.events;
  if (!ey?.size) return false;
  for (const e of x?.told?.events ?? []) if (ey.has(e)) return true;
  return false;
}

/**
 * The anchor (`score`, between `x` and `y`, each other's best match: `mutual`) stands between
 * two articles that tell different stories: a background line both tell.
 */
export function sharedBackground(
  x: Vector | undefined,
  y: Vector | undefined,
  score: number,
  mutual: boolean,
): boolean {
  return mutual && score >= BACKGROUND_ALONE && tellSameEvent(x, y);
}
