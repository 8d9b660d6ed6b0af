/**
 * Two quotations of one speaker (ADR 0022, round 33). A story quotes its spokesman more than
 * once, and an article that reports him twice ("In Beijing, spokesperson Lin Jian said China
 * would 'work with the Indian side to implement the resolution'" / "Lin Jian said earlier this
 * week that China and India had 'reached a resolution on the relevant matter'") gives each
 * quotation the same frame: his name, his title, his ministry. When all that two sentences share
 * outside their quotations is that frame, and the quotations themselves share at most one word,
 * they are two remarks of one speaker, and an editor pairs neither with the other. Round 19's
 * `oneSpeakerTwoRemarks` (speakers.ts) asks the same of reported speech with at most one shared
 * word in all; here the quotations are weighed apart from their frame, which is longer.
 */
import { properKeysOf, type Vector } from './features';
import { splitQuotes } from './quotes';
import { SAYING } from './speakers';
import { tokenize } from './tokens';

/** Words of a speaker's frame besides names: who speaks for whom. */
const FRAME = new Set(
  tokenize(
    'spokesperson spokesman spokeswoman official minister ministry foreign office statement briefing',
    [],
  ).map((t) => t.key),
);
/** Words the two quotations may share and still be two remarks. */
export const QUOTE_WORDS_SHARED = 1;

/** The capitalised run just before a verb of saying: who speaks ("spokesperson Lin Jian said"). */
const SPEAKER = /((?:[A-Z][\w'’.-]*\s+){1,4})(?:said|says|added|adds|told|stated|remarked)\b/g;

const speakerKeys = (text: string): Set<string> =>
  new Set([...text.matchAll(SPEAKER)].flatMap((m) => tokenize(m[1] as string, []).map((t) => t.key)));

const quoteKeys = (text: string): Set<string> =>
  new Set(splitQuotes(text).quotes.flatMap((q) => tokenize(q, []).map((t) => t.key)));

/**
 * Both sentences quote a remark of a person both name, their quotations share at most
 * QUOTE_WORDS_SHARED words, and everything else they share is the frame (names, the speaker's
 * title or office, facts of the claim engine).
 */
export function twoQuotesOneSpeaker(a: Vector, b: Vector): boolean {
  if (!a.text || !b.text || !SAYING.test(a.text) || !SAYING.test(b.text)) return false;
  const qa = quoteKeys(a.text);
  if (!qa.size) return false;
  const qb = quoteKeys(b.text);
  if (!qb.size) return false;
  const sa = speakerKeys(a.text);
  const sb = speakerKeys(b.text);
  let person = false;
  let inQuotes = 0;
  let pa: ReadonlySet<string> | null = null;
  let pb: ReadonlySet<string> | null = null;
  for (const k of a.w.keys()) {
    if (!b.w.has(k)) continue;
    if (a.names?.has(k) || b.names?.has(k) || (sa.has(k) && sb.has(k))) {
      person = true;
      continue;
    }
    if (qa.has(k) && qb.has(k)) {
      if (++inQuotes > QUOTE_WORDS_SHARED) return false;
      continue;
    }
    if (k.startsWith('f:') || FRAME.has(k)) continue;
    pa ??= properKeysOf(a);
    pb ??= properKeysOf(b);
    if (!pa.has(k) && !pb.has(k)) return false;
  }
  return person;
}
