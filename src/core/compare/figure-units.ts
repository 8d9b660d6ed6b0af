/**
 * What a figure counts, read from the word after it (round 43, ADR 0120): a share ("100%",
 * "20 percent"), a span of time ("100 minutes", "five-year" aside: digits only), or anything
 * else. One number written in two sentences links them one to one (figures.ts
 * sharedUniqueFigure) only when it counts the same kind of thing: "the threat of 100% tariffs" /
 * "The talks lasted around 100 minutes" share the digits and nothing else.
 */

/** The kind of quantity a figure is: a share, a span of time, or another count. */
export type FigureKind = 'share' | 'time' | 'count';

const SHARE_AFTER = /^\s*(?:%|per\s?cent\b|percent(?:age points?)?\b)/i;
const TIME_AFTER = /^(?:\s+|-)(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b/i;

/** The kinds of the figure `n` (a number's digits, no separators) where `text` writes it in digits. */
export function figureKinds(text: string, n: string): ReadonlySet<FigureKind> {
  const out = new Set<FigureKind>();
  const digits = /\d[\d,]*(?:\.\d+)?/g;
  for (let m = digits.exec(text); m; m = digits.exec(text)) {
    if (m[0].replace(/,/g, '') !== n) continue;
    const after = text.slice(m.index + m[0].length);
    out.add(SHARE_AFTER.test(after) ? 'share' : TIME_AFTER.test(after) ? 'time' : 'count');
  }
  return out;
}

/**
 * The figure key `key` (`#100`) counts a share in one sentence and a span of time in the other,
 * or one of those and a plain count: read from digits on both sides. A number written in words on
 * either side is not judged.
 */
export function otherKindOfFigure(textX: string, textY: string, key: string): boolean {
  if (!key.startsWith('#')) return false;
  const n = key.slice(1);
  const kx = figureKinds(textX, n);
  const ky = figureKinds(textY, n);
  if (!kx.size || !ky.size) return false;
  for (const k of kx) if (ky.has(k)) return false;
  return true;
}
