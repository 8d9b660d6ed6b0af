/**
 * Which facts each sentence refers to, by alias or by claim cue. Built once per text:
 * term matches and phrase positions are bucketed by sentence and paragraph in one pass,
 * and cues are indexed by their phrases, so the cost grows with the text and its matches,
 * not with sentences × facts.
 */
import { getOrInit, pushTo } from '../collections';
import type { Fact } from '../facts/schema';
import { paragraphs, type Span, sentences, spanAt } from '../match/sentences';
import type { Analysis, IndexedCue, MatcherIndex } from '../match/terms';

export interface Mention {
  readonly fact: Fact;
  /** Where in the sentence the fact is named or cued (text offsets). */
  readonly positions: readonly number[];
  /** How it was found, for the explanation. */
  readonly via: string;
}

export interface SentenceInfo {
  readonly span: Span;
  readonly paragraph: number;
}

export class MentionIndex {
  readonly sentences: readonly SentenceInfo[];
  readonly paragraphs: readonly Span[];
  /** Sentence index → key → positions. */
  private readonly sentenceKeys: Map<number, Map<number, number[]>> = new Map();
  /** Paragraph index → keys present. */
  private readonly paragraphKeys: Map<number, Set<number>> = new Map();
  /** Sentence index → term matches in it. */
  private readonly sentenceTerms: Map<number, Analysis['terms'][number][]> = new Map();
  /** Key → cues that use it in any group. */
  private readonly cuesByKey: Map<number, IndexedCue[]> = new Map();

  constructor(
    private readonly text: string,
    index: MatcherIndex,
    analysis: Analysis,
    private readonly factById: (id: string) => Fact | undefined,
  ) {
    this.paragraphs = paragraphs(text);
    const sents = sentences(text);
    this.sentences = sents.map((span) => ({
      span,
      paragraph: Math.max(0, spanAt(this.paragraphs, span.start)),
    }));
    for (const [key, positions] of analysis.positions) {
      for (const p of positions) {
        const s = spanAt(sents, p);
        if (s === -1) continue;
        pushTo(
          getOrInit(this.sentenceKeys, s, () => new Map()),
          key,
          p,
        );
        const para = (this.sentences[s] as SentenceInfo).paragraph;
        getOrInit(this.paragraphKeys, para, () => new Set()).add(key);
      }
    }
    for (const t of analysis.terms) {
      const s = spanAt(sents, t.start);
      if (s === -1) continue;
      pushTo(this.sentenceTerms, s, t);
    }
    for (const cue of index.cues) {
      for (const key of new Set([...cue.allOf.flat(), ...cue.paragraph.flat()])) {
        pushTo(this.cuesByKey, key, cue);
      }
    }
  }

  /** True if the sentence names or cues anything (cheap). */
  hasAny(s: number): boolean {
    return this.sentenceTerms.has(s) || this.sentenceKeys.has(s);
  }

  /** The facts sentence `s` refers to. */
  mentions(s: number): Mention[] {
    const out = new Map<string, Mention>();
    const add = (fact: Fact | undefined, positions: readonly number[], via: string) => {
      if (!fact || !positions.length) return;
      const prev = out.get(fact.id);
      out.set(
        fact.id,
        prev ? { ...prev, positions: [...prev.positions, ...positions] } : { fact, positions, via },
      );
    };
    for (const t of this.sentenceTerms.get(s) ?? []) {
      add(this.factById(t.factId), [t.start], `"${this.text.slice(t.start, t.end)}"`);
    }
    const keys = this.sentenceKeys.get(s);
    if (!keys) return [...out.values()];
    const paraKeys =
      this.paragraphKeys.get((this.sentences[s] as SentenceInfo).paragraph) ?? new Set<number>();
    const seen = new Set<IndexedCue>();
    for (const key of keys.keys()) {
      for (const cue of this.cuesByKey.get(key) ?? []) {
        if (seen.has(cue)) continue;
        seen.add(cue);
        const groups = cue.allOf.map((g) => g.flatMap((k) => keys.get(k) ?? []));
        if (groups.some((g) => !g.length)) continue;
        if (cue.paragraph.some((g) => !g.some((k) => paraKeys.has(k)))) continue;
        const words = groups.map((g) => {
          const p = Math.min(...g);
          return this.text.slice(p, p + 24).split(/[\s,.;:!?]/)[0];
        });
        add(this.factById(cue.factId), groups.flat(), `the words ${words.map((w) => `"${w}"`).join(' + ')}`);
      }
    }
    return [...out.values()];
  }
}
