/**
 * A total and one member's part are two figures (round 26, ADR 0022): "World mine production
 * reached 390,000 tonnes in 2024" / "China alone mined 270,000 tons"; "Global output was about
 * 300,000 tonnes" / "India mined only about 2,900 tonnes". Both give an amount of one good in one
 * year, often from one source, in the same words; one measures the whole (the world's or the
 * global total), the other what one holder produced or holds as its share. Neither restates the
 * other, and pairing them sets one figure against another that was never its own (a false
 * conflict). A sentence that tells both ("China mined 270,000 tonnes, about 69% of world output
 * of 390,000") is neither, and so is a share of the total ("69% of global output" is the part,
 * told against the whole) and a sentence without a figure.
 */
import { differentKinds } from './kinds';

/** The whole: a world or global total ("world mine production", "global output", "mined worldwide"). */
const TOTAL =
  /\b(?:(?:world|global)\s+(?:[\w-]+\s+){0,2}(?:production|output|supply|total)|(?:mined|produced|made|refined)\s+worldwide|the\s+world\s+(?:mined|produced|made|refined))\b/i;
/** A share of the total: the part told against the whole. */
const SHARE = /%|\bper\s?cent\b|\bpercent\b|\bshare\s+of\b|\baccount(?:s|ed)?\s+for\b/i;
/** One holder, named or by pronoun: "China alone", "India's share", "Myanmar mined", "It produced". */
const HOLDER =
  /\b(?!World\b|Global\b|The\b)[A-Z][a-z]+(?:'s\s+(?:share|output|production)\b|\s+alone\b|\s+(?:only\s+|also\s+)?(?:mined|mines|produced|produces|refined|refines)\b)/;
/** A figure in digits. */
const FIGURE = /\d/;

type Scope = 'total' | 'part' | null;

/** 'total' for a world total alone, 'part' for one holder's amount alone, else null. */
export function scopeOf(text: string): Scope {
  if (!FIGURE.test(text)) return null;
  const total = TOTAL.test(text);
  const part = HOLDER.test(text);
  if (total && !part && !SHARE.test(text)) return 'total';
  if (part && !total) return 'part';
  return null;
}

/** One sentence gives a world total, the other one holder's amount. */
export const totalOrPart = differentKinds(scopeOf);
