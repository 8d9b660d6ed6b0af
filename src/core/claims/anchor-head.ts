/**
 * Which of the events named after a gap ("five weeks into …", "five years after …") the gap counts
 * from, when the phrase itself says it is not one of them (ADR 0123):
 *
 * - **Another instance by its number.** "… came three days short of five years after the 22nd
 *   round in New Delhi": the 24th round, only cued there (the talks, the city), is not what the
 *   phrase names when the phrase gives an ordinal before an instance noun ("22nd round") other
 *   than the one in the fact's own title, or when its title has no number at all (the visit to
 *   New Delhi cued by "Wang Yi … New Delhi" is no numbered round). A fact named by its own name
 *   keeps its place (its name carries its number).
 * - **The head of the phrase, not its "of" complement.** "Five weeks into China's year-long pause
 *   of its October 2025 controls": the gap counts from the pause, the event the head noun stands
 *   for, not from the controls its complement names. Only when an event of the phrase is found on
 *   the head's side of "of" (the pause's notice, cued by "pause"); a complement's event whose
 *   every word in the sentence is after "of" is then no anchor.
 */
import type { Span } from '../match/sentences';
import type { Mention } from './mention-types';

/** An ordinal in figures: "22nd", "24th". */
const ORDINAL = /\b(\d{1,3})(?:st|nd|rd|th)\b/;

/** An ordinal before a noun of one instance in a series ("22nd round", "23rd SR meeting"), up to three words apart. */
const ORDINAL_INSTANCE =
  /\b(\d{1,3})(?:st|nd|rd|th)\s+(?:[\p{L}'’()-]+\s+){0,3}?(?:round|rounds|meeting|meetings|talks|session|sessions|summit|edition|batch|plenum|congress|dialogue)\b/giu;

/** The ordinals the phrase `[from, to)` gives instances of a series. */
function ordinalsIn(text: string, from: number, to: number): Set<number> {
  const out = new Set<number>();
  const g = new RegExp(ORDINAL_INSTANCE.source, ORDINAL_INSTANCE.flags);
  const words = text.slice(from, to);
  for (let m = g.exec(words); m; m = g.exec(words)) out.add(Number(m[1]));
  return out;
}

/**
 * True when `m` is not named by its own name and the phrase numbers an instance its title does not
 * carry: another number ("the 22nd round" for the 24th), or a number for a fact whose title has none.
 */
export function otherInstance(text: string, m: Mention, from: number, to: number): boolean {
  if (m.strength === 'alias') return false;
  const given = ordinalsIn(text, from, to);
  if (!given.size) return false;
  const own = ORDINAL.exec(m.fact.title);
  return !own || !given.has(Number(own[1]));
}

/**
 * True when the date's stretch of its sentence (between punctuation) numbers an instance of a series ("the 22nd round having been held in
 * New Delhi in December 2019") and `m`, a numbered instance not named by its own name there, is
 * another one, found only outside the date's clause (the 23rd round, cued by the envoys' names in
 * the main clause): the date is that other instance's.
 */
export function numberedOtherInstance(text: string, sentence: Span, e: Span, m: Mention): boolean {
  // (Only a fact whose title carries a number of its own: a visit during "the 24th round" is
  // no other instance of the visit.)
  if (!ORDINAL.test(m.fact.title)) return false;
  // The date's stretch between punctuation ("…, the 22nd round having been held … in December 2019.").
  const before = text.slice(sentence.start, e.start);
  const open = Math.max(...[',', ';', ':', '—', '–'].map((ch) => before.lastIndexOf(ch)));
  const start = open < 0 ? sentence.start : sentence.start + open + 1;
  const close = text.slice(e.end, sentence.end).search(/[,;:—–]/);
  const end = close < 0 ? sentence.end : e.end + close;
  // (Found there too: "met in Beijing on Wednesday for the 22nd round" misnumbers the round the
  // stretch's own words name; its wrong day is still that round's.)
  if (m.positions.some((p) => p >= start && p < end && (p < e.start || p >= e.end))) return false;
  return otherInstance(text, m, start, end);
}

/** "of" after the head noun of the phrase: no clause break before it, within a short noun phrase. */
const HEAD_OF = /^[^,;:()—–]{1,60}?\s(of)\s/i;

/**
 * The events named after a gap without those its phrase rules out (see above): other instances
 * by number, and events of the head noun's "of" complement when an event is named on the head's
 * side. `[from, to)` is the phrase after the gap.
 */
export function anchorsOfHead(text: string, named: readonly Mention[], from: number, to: number): Mention[] {
  const own = named.filter((m) => !otherInstance(text, m, from, to));
  const head = HEAD_OF.exec(text.slice(from, to));
  if (!head) return own;
  const of = from + head[0].length - 3;
  const inPhrase = (m: Mention) => m.positions.filter((p) => p >= from && p < to);
  const onHead = own.some((m) => inPhrase(m).some((p) => p < of));
  if (!onHead) return own;
  return own.filter((m) => {
    const here = inPhrase(m);
    return !here.length || here.some((p) => p < of);
  });
}

/**
 * True when `m` is named only in the "of" complement of the phrase after a gap (`[from, to)`)
 * whose head one of `anchors` stands for: it is part of what the gap counts from ("into the pause
 * of its October controls"), not what the gap dates.
 */
export function inAnchorComplement(
  text: string,
  sentence: { readonly start: number; readonly end: number },
  m: Mention,
  anchors: readonly Mention[],
  from: number,
  to: number,
): boolean {
  const head = HEAD_OF.exec(text.slice(from, to));
  if (!head) return false;
  const of = from + head[0].length - 3;
  if (!anchors.some((a) => a.positions.some((p) => p >= from && p < of))) return false;
  const here = m.positions.filter((p) => p >= sentence.start && p < sentence.end);
  return here.length > 0 && here.every((p) => p >= of && p < to);
}
