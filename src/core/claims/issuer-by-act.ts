/**
 * An organisation by an alias that needs a context, carded where its sentence dates one of the
 * organisation's own instruments (issue #7, class 8; ADR 0041 round 22). "Commerce Ministry" is
 * China's only with China, Chinese or Beijing in the sentence (India has its own); but "Its
 * Commerce Ministry has confirmed only that it will pause … the controls it unveiled Oct. 9",
 * "On April 4, 2025, its Ministry of Commerce began requiring export licenses": a date of the
 * sentence that agrees with an instrument the organisation issued (a `related` instrument of
 * the organisation in the fact base) is the evidence the context word would have been.
 *
 * Not where another owner stands before the name ("India's Commerce Ministry", "the Indian
 * Commerce Ministry"): a capitalised word there other than a determiner or one of the alias's
 * own context words names someone else's ministry.
 */
import type { Fact } from '../facts/schema';
import type { Span } from '../match/sentences';
import { spanAt } from '../match/sentences';
import type { MatcherIndex } from '../match/terms';
import { agreesWithRecord, type Claim } from './claim';
import type { Memo } from './mention-lookups';
import { escapeRegExp } from './words';

export interface IssuerCard extends Span {
  readonly factId: string;
}

/** Capitalised words before a name that do not name its owner. */
const DETERMINERS = new Set(['the', 'its', 'their', 'this', 'that', 'his', 'her', 'a', 'an']);

/** Organisations with aliases that need a context, once per fact base. */
function contextOrganisations(
  index: MatcherIndex,
  factById: (id: string) => Fact | undefined,
  memo: Memo,
): Fact[] {
  return memo('issuer-by-act:organisations', () => {
    const ids = new Set(index.terms.filter((t) => t.context).map((t) => t.factId));
    return [...ids].map(factById).filter((f): f is Fact => f?.kind === 'organisation');
  });
}

/** True when the word before `at` names another owner ("India's", "Indian"). */
function otherOwner(text: string, sentence: Span, at: number, own: readonly string[]): boolean {
  const before = /([\p{L}.]+)(?:['’]s)?\s+$/u.exec(text.slice(sentence.start, at));
  const word = before?.[1];
  if (!word || !/^\p{Lu}/u.test(word)) return false;
  if (DETERMINERS.has(word.toLowerCase())) return false;
  return !own.some((w) => w.toLowerCase() === word.toLowerCase());
}

/** The cards described above: one per uncarded occurrence. */
export function issuersByAct(
  text: string,
  claims: readonly Claim[],
  carded: readonly Span[],
  index: MatcherIndex,
  factById: (id: string) => Fact | undefined,
  memo: Memo,
  sentencesOnce: () => readonly Span[],
): IssuerCard[] {
  const dated = claims.filter((c) => agreesWithRecord(c) && factById(c.factId)?.kind === 'instrument');
  if (!dated.length) return [];
  const out: IssuerCard[] = [];
  const sents = sentencesOnce();
  for (const org of contextOrganisations(index, factById, memo)) {
    const issued = new Set(org.relations?.filter((r) => r.type === 'related').map((r) => r.target) ?? []);
    for (const c of dated) {
      if (!issued.has(c.factId)) continue;
      const sentence = sents[spanAt(sents, c.start)];
      if (!sentence) continue;
      for (const alias of org.aliases) {
        if (!alias.context) continue;
        const re = new RegExp(
          `(?<![\\p{L}\\p{N}])${escapeRegExp(alias.text)}(?![\\p{L}\\p{N}])`,
          alias.caseSensitive ? 'gu' : 'giu',
        );
        for (const m of text.slice(sentence.start, sentence.end).matchAll(re)) {
          const start = sentence.start + (m.index as number);
          const end = start + m[0].length;
          const taken = [...carded, ...out].some((x) => x.start < end && start < x.end);
          if (taken || otherOwner(text, sentence, start, alias.context.anyOf)) continue;
          out.push({ start, end, factId: org.id });
        }
      }
    }
  }
  return out;
}
