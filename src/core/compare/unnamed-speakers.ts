/**
 * Two remarks of two unnamed speakers (ADR 0164). Coverage quotes people it does not name: "Ferry
 * operators in Sandvik said they expected a busy summer" / "More sailings will follow as bookings
 * grow, harbour officials said"; "'It feels like coming home,' said a visitor from Leeds" / "'We
 * waited ten years for this,' a visitor from Cork said". Two such remarks share the story's words
 * (demand, expect; a dream, a wait) and nothing else, and other-speakers.ts cannot tell them apart:
 * it reads only named persons. An editor does not pair them: two speakers, two remarks.
 *
 * A sentence's unnamed speaker is the common-noun phrase beside its verb of saying ("industry
 * insiders said", "said an analyst at a consultancy", "Travel agents in Sandvik said …"): its head
 * noun (the last word before a preposition) and the capitalised words that qualify it ("from
 * Leeds"). Two speakers differ when their head nouns differ, or when both are qualified by a name
 * and the names differ. Used on weak candidates only (align.ts): a strong pair keeps its evidence.
 */
import type { Vector } from './features';
import { tokenize } from './tokens';

interface Speaker {
  readonly head: string;
  /** The phrase's words before its preposition, lower case, a plural's "s" dropped. */
  readonly words: ReadonlySet<string>;
  readonly names: ReadonlySet<string>;
}

const DET = String.raw`((?:a|an|the|some|several|many|other)\s+)?`;
const VERB = String.raw`(?:said|says|added|told\s+(?:reporters|[a-z]+))`;
/** "…," said an analyst at a consultancy, … / "…," said industry insiders. */
const AFTER = new RegExp(String.raw`[,"”]\s*${VERB}\s+${DET}([^,.;:"“”]{3,80})`);
/** …, a pilgrim from Leeds said. / "…," an Indian official said. */
const BEFORE = new RegExp(String.raw`[,"”]\s*${DET}([^,.;:"“”]{3,80}?)\s+${VERB}\b`);
/** Travel agents in Sandvik said … (a sentence's subject). */
const LEAD = new RegExp(String.raw`^${DET}([A-Za-z][^,.;:"“”]{2,80}?)\s+${VERB}\b`, 'i');

const PREPOSITION = /^(?:in|from|at|of|with)$/;
/** Words that make no speaker of a phrase before "said": a pronoun, a function word, a verb form. */
const NOT_HEAD =
  /^(?:he|she|they|it|we|i|you|who|which|that|this|these|those|also|has|have|had|was|were|is|are|later|then|again|earlier|spokesperson|spokesman|spokeswoman)$/;

const cache = new WeakMap<Vector, Speaker | null>();

function speakerOfPhrase(phrase: string, lead = false): Speaker | null {
  const words = phrase.trim().split(/\s+/).filter(Boolean);
  const at = words.findIndex((w) => PREPOSITION.test(w));
  const core = at < 0 ? words : words.slice(0, at);
  // A speaker is a short noun phrase ("travel agents", "a former official"), not a clause.
  if (!core.length || core.length > 4 || core.some((w) => NOT_HEAD.test(w.toLowerCase()))) return null;
  const last = core[core.length - 1] as string;
  // Its head is a common noun: lower case (a sentence's first word aside), not a name.
  if (!/^[a-z]/.test(last) || (lead && core.length === 1)) return null;
  const head = last.toLowerCase().replace(/s$/, '');
  if (head.length < 3) return null;
  const names = new Set(
    (at < 0 ? [] : words.slice(at + 1)).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase()),
  );
  const own = new Set(core.map((w) => w.toLowerCase().replace(/s$/, '')));
  return { head, words: own, names };
}

/** The unnamed speaker of `text`'s remark, or null (a named speaker, a pronoun, no verb of saying). */
export function unnamedSpeaker(text: string): Speaker | null {
  const t = text.trim();
  const m = AFTER.exec(t) ?? BEFORE.exec(t) ?? LEAD.exec(t);
  // "the people", "the ministry": someone the article named before, whom the words do not tell.
  if (!m || /^the\s/i.test(m[1] ?? '')) return null;
  return speakerOfPhrase(m[2] as string, m.index === 0 && !m[1] && !/^[,"”]/.test(m[0]));
}

function speakerOf(v: Vector): Speaker | null {
  let s = cache.get(v);
  if (s === undefined) {
    s = v.text ? unnamedSpeaker(v.text) : null;
    cache.set(v, s);
  }
  return s;
}

/** Both sentences are remarks of unnamed speakers, and the speakers differ (see the file comment). */
export function otherUnnamedSpeakers(a: Vector, b: Vector): boolean {
  const sa = speakerOf(a);
  if (!sa) return false;
  const sb = speakerOf(b);
  if (!sb) return false;
  if (sa.head !== sb.head) {
    for (const w of sa.words) if (sb.words.has(w)) return false;
    return true;
  }
  if (!sa.names.size || !sb.names.size) return false;
  for (const n of sa.names) if (sb.names.has(n)) return false;
  return true;
}

/**
 * A named speaker before a verb of saying past other-speakers.ts's list ("Xi noted that …", "Modi
 * stressed …", "Trump predicted …"): that list stays narrow because it vetoes strong pairs too, and
 * ADR 0132 found these verbs there cost right pairs on unseen coverage. For a weak pair the wider
 * list is asked: two persons named as speakers, none in common, are two remarks.
 */
const NAMED_SPEAKER =
  /((?:[A-Z][\w'’.-]*\s+){1,4})(?:said|says|added|adds|told|tells|stated|remarked|noted|stressed|underlined|emphasi[sz]ed|urged|insisted|reiterated|predicted|observed|recalled)\b/g;

const namedCache = new WeakMap<Vector, ReadonlySet<string>>();

function namedSpeakersOf(v: Vector): ReadonlySet<string> {
  let out = namedCache.get(v);
  if (!out) {
    const found = new Set<string>();
    if (v.text && v.names?.size)
      for (const m of v.text.matchAll(NAMED_SPEAKER))
        for (const t of tokenize(m[1] as string, [])) if (v.names.has(t.key)) found.add(t.key);
    out = found;
    namedCache.set(v, out);
  }
  return out;
}

/** Both sentences name a person who speaks (the wider verbs), and none speaks in both. */
export function otherNamedSpeakers(a: Vector, b: Vector): boolean {
  const sa = namedSpeakersOf(a);
  if (!sa.size) return false;
  const sb = namedSpeakersOf(b);
  if (!sb.size) return false;
  for (const k of sa) if (sb.has(k)) return false;
  return true;
}
