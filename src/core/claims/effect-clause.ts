/**
 * A cause and its effect in one clause (ADR 0054). "The April controls, which forced automakers
 * to cut production earlier this year": a verb that makes its object do or suffer something
 * (force, compel, prompt, allow, enable, let, leave short, clear the way for) splits
 * its clause in two. A date after the verb dates the effect (the cutting, the shortage), not the
 * cause named before it; a date before it ("a patrolling pact announced in October 2024 let troops
 * pull back from Depsang") dates the cause, not the effect named only after it. An event named on
 * the date's own side keeps it ("the pact allowed patrols to resume at Demchok on November 1").
 */
import { allMatches } from '../match/all-matches';
import type { Span } from '../match/sentences';
import type { Mention } from './mentions';

const W = `[\\p{L}\\p{N}'\\u2019,-]+`;

/** An infinitive: "to" and a lower-case word that is no determiner or pronoun ("to cut", not "to the", "to what"). */
const INFINITIVE = `\\s+to\\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|what|which|whom|record|new)\\b)\\p{Ll}`;

/**
 * The causative verbs, each with what marks its effect: an infinitive after its object ("forced
 * automakers to cut", not "forced by"), a state ("left automakers short of magnets", not "left
 * Kolkata without fanfare", a departure), a bare verb after "let", or the effect as an object
 * ("cleared the way for disengagement").
 */
const EFFECT_VERB = new RegExp(
  [
    `\\b(?:forc|compell?|prompt|allow|enabl)(?:e|es|ed|ing|s)?\\b(?!\\s+by\\b)(?=(?:\\s+${W}){1,6}?${INFINITIVE})`,
    `\\b(?:left|leaving|leaves)\\s+(?:${W}\\s+){1,5}?(?:short|scrambling|stranded|struggling|waiting)\\b`,
    `\\blet(?:s|ting)?\\s+(?:${W}\\s+){1,3}?(?=\\p{Ll})`,
    `\\b(?:clear|pav)(?:e|es|ed|ing)\\s+the\\s+way\\s+for\\b`,
  ].join('|'),
  'giu',
);

/**
 * A clause of its own between the verb and the date: "cleared the way … when they met in Beijing in
 * late January", "confirmed on Thursday that Beijing has allowed …" (a "that" clause is what was said).
 */
const SUBORDINATE =
  /\b(?:that|when|while|whereas|(?<!such\s)as|after|before|since|because|until|where|though|although)\b|[;:]/i;

/** Where causative verbs start in `sentence` (no clause breaks of their own: ";" ends the split). */
export function effectVerbs(text: string, sentence: Span): number[] {
  const slice = text.slice(sentence.start, sentence.end);
  EFFECT_VERB.lastIndex = 0;
  return allMatches(slice, EFFECT_VERB).map((m) => sentence.start + m.index);
}

/**
 * True when a causative verb stands between the value and every one of `positions` in the
 * sentence (and no subordinate clause or semicolon lies between the verb and the value): the
 * fact is on the other side of a cause and its effect.
 */
export function acrossEffect(
  text: string,
  sentence: Span,
  value: Span,
  positions: readonly number[],
  verbs: readonly number[] = effectVerbs(text, sentence),
): boolean {
  const own = positions.filter(
    (p) => p >= sentence.start && p < sentence.end && (p < value.start || p >= value.end),
  );
  if (!own.length || !verbs.length) return false;
  const between = (v: number, p: number) =>
    (p < v && v < value.start && !SUBORDINATE.test(text.slice(v, value.start))) ||
    (value.end <= v && v < p && !SUBORDINATE.test(text.slice(value.end, v)));
  return own.every((p) => verbs.some((v) => between(v, p)));
}

/**
 * True when a disagreeing date's claim on `factId` came from the effect's side of a cause and its
 * effect: the date comes after the verb, some dated fact stands before it, and `factId` is not
 * named by its own name. The split only sets candidates aside; it never makes the words left on
 * the effect's side ("halt" in "forced carmakers to halt production in June") enough to call the
 * date wrong. (A date on the cause's side, "The April 24 curbs, the ones that left automakers
 * short …", is the cause's own and still checked.)
 */
export function splitLeavesDoubt(
  text: string,
  sentence: Span,
  value: Span,
  mentions: readonly Mention[],
  factId: string,
): boolean {
  const verbs = effectVerbs(text, sentence).filter(
    (v) => v < value.start && !SUBORDINATE.test(text.slice(v, value.start)),
  );
  if (!verbs.length) return false;
  const own = mentions.find((m) => m.fact.id === factId);
  if (own?.strength === 'alias') return false;
  return mentions.some((m) => m.fact.date && acrossEffect(text, sentence, value, m.positions, verbs));
}
