/**
 * A recency word that says which of two measures sharing their cue words is meant (issue #7,
 * class 7: paraphrase; ADR 0122). "a one-year reprieve from China's newest rare-earth
 * restrictions", "Beijing would hold off on its latest rare-earth restrictions", "its new
 * rare-earth licensing regime": "rare-earth … restrictions" is the cue of April's controls and
 * of October's alike, so cuedInClause leaves the words uncarded (another event cued by the same
 * words). The word before them ("newest", "latest", "new", "recently announced") is evidence of
 * another kind: of the measures those words cue, the one put in place last before the page was
 * published. Three kinds of evidence decide the card, and the card shows all of them: the cue's
 * words (what kind of measure), the recency word (which of them), and the publication date
 * (which is the newest).
 *
 * Only when:
 * - two or more facts of the same kind are cued by the same words (the tie this rule breaks);
 * - the recency word stands right before the cue's words (at most two words between, no
 *   punctuation: "its newest set of rare-earth export restrictions");
 * - the page has a publication date, the newest measure started before it and within
 *   FRESH_DAYS of it (a year-old measure is not "new"), and every rival started before it;
 * - no claim of the sentence disagrees with the chosen measure or agrees with a rival (a date
 *   that says which measure is stronger evidence than the recency word);
 * - the card has the shape of a cue card (one clause, at most CLAUSE_CARD_CHARS, over no value)
 *   and the clause does not deny it.
 *
 * The card is `unconfirmed`: it never makes a page about the fact base's topics by itself.
 */
import { allMatches } from '../match/all-matches';
import { agreesWithRecord, type Claim } from './claim';
import { cueCover, PARAPHRASE_KINDS, type Paraphrase, wordEnd } from './context';
import { CLAUSE_CARD_CHARS } from './cue-cards';
import { factInterval } from './dates';
import type { Mention, MentionIndex } from './mentions';

interface Span {
  readonly start: number;
  readonly end: number;
}

/** The longest a measure stays "new": about half a year after it started. */
export const FRESH_DAYS = 183;

/** Words that say a measure is the most recent of its kind (one kept pattern: ADR 0068). */
const RECENCY_WORD = /\b(?:newest|latest|new|most recent|recently|recent)\b/gi;

/** Between the recency word and the cue's first word: at most two words, no punctuation. */
const CLOSE_GAP = /^\s+(?:[\p{L}'’-]+\s+){0,2}$/u;

/** Punctuation that ends a clause (as for a cue card). */
const CLAUSE_END = /[,;:()—–]/;

/** Words that deny what follows them in the clause. */
const DENIAL = /\b(?:not|never|no|without)\b/i;

const startOf = (m: Mention): number | null =>
  m.fact.date ? (factInterval(m.fact.date)?.start ?? null) : null;

/** The cards described above, for one sentence. */
export function newestOfKin(
  text: string,
  index: MentionIndex,
  sentence: Span,
  mentions: readonly Mention[],
  claims: readonly Claim[],
  published: number | null,
): Paraphrase[] {
  if (published === null) return [];
  const cued = mentions.filter(
    (m) => m.strength === 'cue' && !m.derived && !m.inherited && PARAPHRASE_KINDS.has(m.fact.kind),
  );
  const out: Paraphrase[] = [];
  const done = new Set<string>();
  for (const m of cued) {
    const cover = cueCover(m.cueGroups);
    if (!cover) continue;
    const key = `${cover[0]}:${cover[1]}`;
    if (done.has(key)) continue;
    done.add(key);
    // The facts of the same kind cued by exactly these words.
    const kin = cued.filter((o) => {
      const c = cueCover(o.cueGroups);
      return o.fact.kind === m.fact.kind && c !== null && c[0] === cover[0] && c[1] === cover[1];
    });
    if (kin.length < 2) continue;
    const dated = kin.map((o) => ({ o, start: startOf(o) }));
    if (dated.some((d) => d.start === null || d.start > published)) continue;
    const newest = dated.reduce((a, b) => ((b.start as number) > (a.start as number) ? b : a));
    const at = newest.start as number;
    if (dated.some((d) => d !== newest && (d.start as number) >= at) || published - at > FRESH_DAYS) continue;
    const word = recencyWordBefore(text, sentence, cover[0]);
    if (!word) continue;
    const end = wordEnd(text, index, cover[1]);
    const span = { start: word.start, end };
    if (end - span.start > CLAUSE_CARD_CHARS || CLAUSE_END.test(text.slice(span.start, end))) continue;
    if (claims.some((c) => c.start < end && c.end > span.start)) continue;
    const chosen = newest.o;
    if (claims.some((c) => c.factId === chosen.fact.id && !agreesWithRecord(c))) continue;
    if (
      claims.some(
        (c) => c.factId !== chosen.fact.id && kin.some((o) => o.fact.id === c.factId) && agreesWithRecord(c),
      )
    )
      continue;
    if (DENIAL.test(clauseBefore(text, sentence, span.start))) continue;
    out.push({ ...span, factId: chosen.fact.id, mention: chosen, unconfirmed: true });
  }
  return out;
}

/** The recency word that stands right before `at` in the sentence, or null. */
function recencyWordBefore(text: string, sentence: Span, at: number): Span | null {
  const from = Math.max(sentence.start, at - 40);
  let best: Span | null = null;
  for (const w of allMatches(text.slice(from, at), RECENCY_WORD)) {
    const start = from + (w.index as number);
    const end = start + w[0].length;
    if (CLOSE_GAP.test(text.slice(end, at)) || end === at) best = { start, end };
  }
  return best;
}

/** The clause's words before `at`. */
function clauseBefore(text: string, sentence: Span, at: number): string {
  let a = at;
  while (a > sentence.start && !CLAUSE_END.test(text[a - 1] as string)) a--;
  return text.slice(a, at);
}
