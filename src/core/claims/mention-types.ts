/**
 * What a mention of a fact in a sentence is (MentionIndex's result) and the scores that rank
 * mentions: named beats cued beats keyword evidence. Split from mentions.ts, which builds them.
 */
import type { Fact } from '../facts/schema';
import type { Span } from '../match/sentences';
import type { Reason } from './reasons';

/** How firmly a sentence refers to a fact. */
export type Strength = 'alias' | 'cue' | 'evidence';

export interface Mention {
  readonly fact: Fact;
  /** Where in the sentence the fact is named, cued or evidenced (text offsets). */
  readonly positions: readonly number[];
  readonly strength: Strength;
  /** Evidence score: fixed for aliases and cues, the weighted keyword sum for evidence. */
  readonly score: number;
  /** How it was found, for the explanation. */
  readonly via: Reason;
  /**
   * Named only by a place's name ("Kazan" for the meeting held there): the sentence may be
   * about the place ("arrived in Kazan on Tuesday"), so a disagreement is never certain.
   */
  readonly loose?: boolean;
  /** Stands in for a topic named in the sentence (one of the topic's events). */
  readonly derived?: boolean;
  /** Named and also cued in the sentence. */
  readonly cued?: boolean;
  /** Stands in for an event of an earlier sentence ("It was …"). */
  readonly inherited?: boolean;
  /** Keyword evidence: how many distinct keywords of the fact the sentence itself has. */
  readonly keywords?: number;
  /**
   * Keyword evidence for the subject of a gap counted from a named event ("The notice,
   * numbered 70, was published three weeks after Busan"): the gap's frame ties it as a cue would.
   */
  readonly framed?: boolean;
  /** A cue: where each of its groups' words are (text offsets), group by group. */
  readonly cueGroups?: readonly (readonly number[])[];
  /**
   * A cue's second opinion: the fact's keyword evidence in the sentence (scored as for an
   * evidence mention), and how many distinct keywords of the fact the sentence has.
   */
  readonly support?: { readonly score: number; readonly keywords: number };
  /** Keyword evidence: where each of the fact's keywords is in the sentence, keyword by keyword. */
  readonly keywordGroups?: readonly (readonly number[])[];
}

/** A fact a sentence has at least one keyword of, and where (MentionIndex.weakFacts). */
export interface WeakFact {
  readonly fact: Fact;
  readonly positions: readonly number[];
  readonly words: readonly string[];
}

export interface SentenceInfo {
  readonly span: Span;
  readonly paragraph: number;
}

/** Score of a named and a cued fact, on the evidence scale. */
export const ALIAS_SCORE = 12;
export const CUE_SCORE = 8;
/** Evidence below this is not a mention (two rare keywords, or one with its actors). */
export const EVIDENCE_MIN = 5.5;
/** Added per actor or place of the fact named in the sentence (half in its paragraph). */
export const ACTOR_BONUS = 1.5;
/** Share of a keyword's weight when it occurs in the sentence's paragraph but not the sentence. */
export const PARAGRAPH_SHARE = 0.5;

/** Paragraphs at the start of a text whose words are context for every cue of the text (its lead). */
export const LEAD_PARAGRAPHS = 2;

/** Order of strengths: a name beats a cue beats evidence. */
export const RANK: Readonly<Record<Strength, number>> = { alias: 3, cue: 2, evidence: 1 };

/** Added to keyword evidence for an event dated within this many days before publication. */
export const RECENT_DAYS = 60;
export const RECENT_BONUS = 1.5;
