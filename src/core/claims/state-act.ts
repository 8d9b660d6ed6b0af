/**
 * An event that is a state's act on trade, named by its verb and object (issue #7; ADR 0066):
 * "China formally suspended the export controls on Friday", "stopped clearing specialty
 * fertilisers bound for India between April and June", "has granted licences to some Indian
 * companies to import rare-earth magnets, the MEA confirmed on Thursday". The verb is the act
 * itself (suspending, halting, granting), its object says what the act was done to, and a date of
 * the clause that agrees with the record confirms that this is the act the fact base records.
 *
 * Such words get their card (cuedAndClaimed's: the shortest stretch holding a word of each of
 * the fact's cue groups, one clause, over no value) even where the article names the event
 * elsewhere, and over the name of a topic that is the act's object ("stopped sending [specialty
 * fertilizers] to India"): the once-per-article rule is for descriptions of an event, not for the
 * verb that is the act (as for acts of commitment, act-verb.ts). The verb is one of ACTS and opens
 * the stretch, the act before what it was done to; either it is one of the fact's own cue words
 * ("suspended", "stopped"), or it stands right before the stretch ("granted licences to some Indian
 * companies") and is no cue word of another fact the sentence refers to ("pause the measures
 * announced on Oct. 9": pausing is the suspension's act, not the measures').
 */
import type { Claim } from './claim';
import type { Paraphrase } from './context';
import type { Mention } from './mentions';

/** Verbs (their stems) of a state's act on trade: stopping, suspending, banning, granting. */
const ACTS =
  /^(?:suspend(?:s|ed|ing)?|halt(?:s|ed|ing)?|stop(?:s|ped|ping)?|ban(?:s|ned|ning)?|barred|grant(?:s|ed|ing)?|approv(?:e|es|ed|ing)|lift(?:s|ed|ing)?|paus(?:e|es|ed|ing)|freez(?:e|es|ing)|froze)$/i;

/** A verb right before a stretch, with at most a determiner or possessive between. */
const VERB_BEFORE = /\b(\p{L}+)\s+(?:(?:the|a|an|its|their|some|more|new)\s+)?$/iu;

const cueWordsOf = (m: Mention): ReadonlySet<string> =>
  new Set((m.fact.cues ?? []).flatMap((c) => c.allOf.flatMap((g) => g.map((w) => w.toLowerCase()))));

/** The act cards described above, for one sentence: cuedAndClaimed's cards opened by an act's verb. */
export function stateActs(
  text: string,
  /** The sentence's cuedAndClaimed cards. */
  cued: readonly Paraphrase[],
  mentions: readonly Mention[],
  claims: readonly Claim[],
): Paraphrase[] {
  const out: Paraphrase[] = [];
  for (const p of cued) {
    const cues = cueWordsOf(p.mention);
    // The verb opens the stretch: the act, then what it was done to ("stopped sending specialty
    // fertilizers"), not a subject the act befell ("shipments … to India stopped").
    const first = /^\p{L}+/u.exec(text.slice(p.start, p.end))?.[0] ?? '';
    if (ACTS.test(first) && cues.has(first.toLowerCase())) {
      out.push({ ...p, act: true });
      continue;
    }
    // "granted licences to …": the act's verb right before its object, the cue's first word.
    const verb = VERB_BEFORE.exec(text.slice(Math.max(0, p.start - 40), p.start));
    const word = (verb?.[1] ?? '').toLowerCase();
    // Not another fact's act ("pause the measures announced on Oct. 9": the pause is the suspension's).
    const others = mentions.some((m) => m.fact.id !== p.factId && cueWordsOf(m).has(word));
    if (!verb || !ACTS.test(word) || others) continue;
    const start = p.start - verb[0].length;
    if (!claims.some((c) => c.start < p.start && c.end > start)) out.push({ ...p, start, act: true });
  }
  return out;
}
