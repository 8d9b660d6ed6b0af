/**
 * A cue word that heads another event's name ("The specialty-fertiliser halt, in force for
 * roughly two to three months, …"): there "halt" names the fertiliser halt, whose cue is met in
 * two adjacent words, so a measure found through that word (the length of the export controls'
 * pause, "halt + restrictions") is not what the figure measures. Used by check-quantities.ts
 * only against a figure that disagrees: it keeps a false `differs` away, never makes one.
 */
import { relatedEither } from '../facts/graph';
import type { Span } from '../match/sentences';
import { cueGroupOnlyInAnchorPhrase } from './anchor-phrase';
import type { Checker } from './check-common';
import { factInterval, ymd } from './dates';
import type { Mention } from './mentions';

/** The farthest apart two words of one short name may be. */
const NAME_CHARS = 32;

/** The positions of a short window that meets every group of the event's cue, or null. */
function compactName(c: Checker, o: Mention): readonly number[] | null {
  if (o.strength !== 'cue' || !o.cueGroups || o.cueGroups.length < 2) return null;
  const inSentence = (p: number) => p >= c.sentence.start && p < c.sentence.end;
  const groups = o.cueGroups.map((g) => g.filter(inSentence));
  for (const p of groups[0] ?? []) {
    const near = groups.map((g) => g.filter((q) => Math.abs(q - p) <= NAME_CHARS));
    if (near.every((g) => g.length > 0)) return near.flat();
  }
  return null;
}

/** "halt", not "Misri": a common noun, which a name shares with another only as its head. */
const lowerCase = (text: string, p: number) => /^\p{Ll}/u.test(text.slice(p, p + 1));

/**
 * A quantity recorded at the time of the named event ("Today's Kazan meeting will be the first
 * … in three years", a gap counted up to October 2024) may be that event's own measure.
 */
function measuredThen(o: Mention, m: Mention): boolean {
  const asOf = m.fact.quantity?.asOf;
  const when = o.fact.date ? factInterval(o.fact.date) : null;
  if (!asOf || !when) return false;
  const [y, mo] = asOf.split('-').map(Number);
  if (y === undefined || mo === undefined || Number.isNaN(y) || Number.isNaN(mo)) return false;
  const month = y * 12 + mo;
  const [a, b] = [ymd(when.start), ymd(when.end)];
  return a.year * 12 + a.month <= month && month <= b.year * 12 + b.month;
}

/**
 * True when, for one of the cue's groups, the word nearest the figure is a common noun heading
 * another event's short name, joined to a word of that name the cue does not have: right
 * before it ("the specialty-fertiliser halt") or after a preposition ("the halt in
 * specialty-fertiliser shipments"). Not "Misri", a name two meetings share, nor words of a cue
 * that merely stand near each other.
 */
export function cueWordOfAnotherName(c: Checker, figure: Span, m: Mention): boolean {
  if (m.strength !== 'cue' || m.derived || m.inherited || !m.cueGroups?.length) return false;
  const text = c.input.text;
  const names = c.mentions
    .filter(
      (o) =>
        o.fact.id !== m.fact.id &&
        o.fact.kind === 'event' &&
        !relatedEither(o.fact, m.fact) &&
        !measuredThen(o, m),
    )
    .map((o) => compactName(c, o))
    .filter((ps): ps is readonly number[] => ps !== null);
  if (!names.length) return false;
  const off = (p: number) => (p < figure.start ? figure.start - p : Math.max(0, p - figure.end));
  const joined = (p: number, q: number) =>
    m.positions.includes(q)
      ? false
      : q < p
        ? /^[\w-]+\s+$/.test(text.slice(q, p))
        : /^[\w-]+\s+(?:in|of|on|to)\s+(?:the\s+)?$/i.test(text.slice(p, q));
  return m.cueGroups.some((g) => {
    const own = g.filter((p) => p >= c.sentence.start && p < c.sentence.end);
    const p = own.reduce<number | null>((a, q) => (a === null || off(q) < off(a) ? q : a), null);
    if (p === null || !lowerCase(text, p)) return false;
    return names.some((ps) => ps.includes(p) && ps.some((q) => q !== p && joined(p, q)));
  });
}

/**
 * The cue's words are another event's there: met only inside a phrase counting from another
 * event (anchor-phrase.ts), or heading another event's short name (above).
 */
export function cueWordsOfAnotherEvent(c: Checker, figure: Span, m: Mention): boolean {
  return cueGroupOnlyInAnchorPhrase(c, figure, m) || cueWordOfAnotherName(c, figure, m);
}
