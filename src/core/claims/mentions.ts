/**
 * Which facts each sentence refers to, and how firmly: by alias (named), by claim cue, or
 * by evidence (the fact's paraphrase keywords, weighted by rarity, plus its actors and
 * places named nearby). Built once per text: term matches and phrase positions are bucketed
 * by sentence and paragraph in one pass, and cues and keywords are indexed by their keys,
 * so the cost grows with the text and its matches, not with sentences × facts.
 */
import { getOrInit, pushTo } from '../collections';
import type { Fact } from '../facts/schema';
import { type Span, spanAt, TextSpans } from '../match/sentences';
import type { Analysis, IndexedCue, IndexedKeywords, MatcherIndex } from '../match/terms';
import { everyGroupMet, type KeywordRef, lookupsOf, type Memo } from './mention-lookups';
import { metThere, recencyPrior } from './mention-priors';
import { reason } from './reasons';

export * from './mention-types';

import {
  ACTOR_BONUS,
  ALIAS_SCORE,
  CUE_SCORE,
  EVIDENCE_MIN,
  LEAD_PARAGRAPHS,
  type Mention,
  PARAGRAPH_SHARE,
  RANK,
  type SentenceInfo,
  type WeakFact,
} from './mention-types';

export { REPORTING_LAG_DAYS } from './mention-priors';

export class MentionIndex {
  readonly sentences: readonly SentenceInfo[];
  readonly paragraphs: readonly Span[];
  /** Sentence index → key → positions. */
  private readonly sentenceKeys: Map<number, Map<number, number[]>> = new Map();
  /** Paragraph index → keys present. */
  private readonly paragraphKeys: Map<number, Set<number>> = new Map();
  /** Sentence index → term matches in it. */
  private readonly sentenceTerms: Map<number, Analysis['terms'][number][]> = new Map();
  /** Paragraph index → facts named in it. */
  private readonly paragraphFacts: Map<number, Set<string>> = new Map();
  /** Key → cues that use it in any group. */
  private readonly cuesByKey: ReadonlyMap<number, readonly IndexedCue[]>;
  /** Key → keyword sets (facts) that contain it. */
  private readonly keywordsByKey: ReadonlyMap<number, readonly KeywordRef[]>;
  private readonly cache: Map<number, Mention[]> = new Map();
  /** The lead's keys (cueContextKeys), gathered on first use. */
  private leadKeys: Set<number> | null = null;
  /**
   * The keys a cue's paragraph condition may use, by paragraph (× 2, + 1 for a paragraph of one
   * sentence): cueContextKeys's three sets in one, gathered on first use (ADR 0068).
   */
  private readonly contextKeys: Map<number, ReadonlySet<number>> = new Map();
  /** Start offset of an indexed phrase → its longest end (lazy: only paraphrase cards need it). */
  private phraseEnds: Map<number, number> | null = null;
  private readonly analysis: Analysis;
  /** Aliases (lower case) that also name a place. */
  private readonly placeNames: ReadonlySet<string>;
  /** Aliases (lower case) of people, places and organisations. */
  private readonly entityNames: ReadonlySet<string>;

  constructor(
    private readonly text: string,
    index: MatcherIndex,
    analysis: Analysis,
    private readonly factById: (id: string) => Fact | undefined,
    /** Publication day, for the recency prior of keyword evidence; null when unknown. */
    private readonly published: number | null = null,
    /** Keeps the per-index lookups between texts (the matcher's memo); rebuilt per text without it. */
    memo?: Memo,
    /** The text's spans, when the caller keeps them (ClaimInput.spans); split here otherwise. */
    spans: TextSpans = new TextSpans(text),
  ) {
    this.paragraphs = spans.paragraphs();
    const sents = spans.sentences();
    this.sentences = sents.map((span) => ({
      span,
      paragraph: Math.max(0, spanAt(this.paragraphs, span.start)),
    }));
    // One pass over every phrase occurrence (hot on long pages: no closures, no copies).
    for (const [key, positions] of analysis.positions) {
      for (const p of positions) {
        const s = spanAt(sents, p);
        if (s === -1) continue;
        let byKey = this.sentenceKeys.get(s);
        if (!byKey) {
          byKey = new Map();
          this.sentenceKeys.set(s, byKey);
        }
        const list = byKey.get(key);
        if (list) list.push(p);
        else byKey.set(key, [p]);
        const para = (this.sentences[s] as SentenceInfo).paragraph;
        let keysHere = this.paragraphKeys.get(para);
        if (!keysHere) {
          keysHere = new Set();
          this.paragraphKeys.set(para, keysHere);
        }
        keysHere.add(key);
      }
    }
    this.analysis = analysis;
    for (const t of analysis.terms) {
      const s = spanAt(sents, t.start);
      if (s === -1) continue;
      pushTo(this.sentenceTerms, s, t);
      getOrInit(this.paragraphFacts, this.paragraphOf(s), () => new Set()).add(t.factId);
    }
    const lookups = lookupsOf(index, factById, memo);
    this.placeNames = lookups.placeNames;
    this.entityNames = lookups.entityNames;
    this.cuesByKey = lookups.cuesByKey;
    this.keywordsByKey = lookups.keywordsByKey;
  }

  paragraphOf(s: number): number {
    return (this.sentences[s] as SentenceInfo).paragraph;
  }

  /**
   * The keys a cue's paragraph condition may use for sentence `s`: its paragraph's; the
   * lead's (the first `LEAD_PARAGRAPHS` paragraphs set what the story is about: "a tougher
   * set of controls announced on October 9" in the tenth paragraph of a story whose lead is
   * about rare-earth magnets); and when that paragraph is this one sentence (wire and
   * state-agency copy put each sentence in its own paragraph), the previous paragraph's too
   * ("The suspension … No. 70 …" / "Most of the measures had been due to take effect on Nov. 8").
   */
  private cueContextKeys(s: number): ReadonlySet<number> {
    const para = this.paragraphOf(s);
    const alone =
      para > 0 &&
      (s === 0 || this.paragraphOf(s - 1) !== para) &&
      (s + 1 >= this.sentences.length || this.paragraphOf(s + 1) !== para);
    const at = para * 2 + (alone ? 1 : 0);
    const kept = this.contextKeys.get(at);
    if (kept) return kept;
    if (!this.leadKeys) {
      this.leadKeys = new Set<number>();
      for (let q = 0; q < LEAD_PARAGRAPHS; q++)
        for (const k of this.paragraphKeys.get(q) ?? []) this.leadKeys.add(k);
    }
    const keys = new Set(this.leadKeys);
    for (const k of this.paragraphKeys.get(para) ?? []) keys.add(k);
    if (alone) for (const k of this.paragraphKeys.get(para - 1) ?? []) keys.add(k);
    this.contextKeys.set(at, keys);
    return keys;
  }

  /** True if the sentence names, cues or has a keyword of anything (cheap). */
  hasAny(s: number): boolean {
    return this.sentenceTerms.has(s) || this.sentenceKeys.has(s);
  }

  /** Where the indexed phrase that starts at `p` ends (the longest one), or null. Built on first use. */
  phraseEnd(p: number): number | null {
    if (!this.phraseEnds) {
      const ends = new Map<number, number>();
      for (const [key, positions] of this.analysis.positions) {
        const e = this.analysis.ends.get(key) ?? [];
        positions.forEach((start, i) => {
          const end = e[i] ?? start;
          if (end > (ends.get(start) ?? start)) ends.set(start, end);
        });
      }
      this.phraseEnds = ends;
    }
    return this.phraseEnds.get(p) ?? null;
  }

  /** The facts named by alias anywhere in the paragraph of sentence `s`. */
  namedInParagraph(s: number): ReadonlySet<string> {
    return this.paragraphFacts.get(this.paragraphOf(s)) ?? new Set();
  }

  /** The facts named by alias in sentence `s`. */
  named(s: number): readonly Analysis['terms'][number][] {
    return this.sentenceTerms.get(s) ?? [];
  }

  /**
   * Facts sentence `s` has at least one keyword of (not a bare name), with where those
   * words are: too little to say the sentence is about them, enough to confirm a date that
   * agrees with one of them exactly ("the broader controls it announced on Oct. 9").
   */
  weakFacts(s: number): WeakFact[] {
    const keys = this.sentenceKeys.get(s);
    if (!keys) return [];
    const found = new Map<string, { fact: Fact; positions: number[]; words: string[] }>();
    for (const [key, positions] of keys)
      for (const ref of this.keywordsByKey.get(key) ?? []) {
        const word = ref.set.words[ref.group] ?? '';
        if (this.entityNames.has(word.toLowerCase())) continue;
        const fact = this.factById(ref.set.factId);
        if (!fact) continue;
        const got = getOrInit(found, fact.id, () => ({ fact, positions: [], words: [] }));
        got.positions.push(...positions);
        if (!got.words.includes(word)) got.words.push(word);
      }
    return [...found.values()];
  }

  /**
   * Where sentence `s` has words of a claim cue of `factId` (any of its groups): the words that
   * name what kind of event it is ("pilgrims", "cleared", "talks"), as opposed to its details.
   */
  cueWords(s: number, factId: string): number[] {
    const keys = this.sentenceKeys.get(s);
    if (!keys) return [];
    const out: number[] = [];
    for (const [key, positions] of keys)
      if (
        (this.cuesByKey.get(key) ?? []).some(
          (c) => c.factId === factId && c.allOf.some((g) => g.includes(key)),
        )
      )
        out.push(...positions);
    return out;
  }

  /** The facts sentence `s` refers to, strongest first. */
  mentions(s: number): Mention[] {
    let out = this.cache.get(s);
    if (!out) {
      out = this.compute(s).sort((a, b) => RANK[b.strength] - RANK[a.strength] || b.score - a.score);
      this.cache.set(s, out);
    }
    return out;
  }

  private compute(s: number): Mention[] {
    const out = new Map<string, Mention>();
    const add = (m: Omit<Mention, 'fact'> & { fact: Fact | undefined }) => {
      if (!m.fact || !m.positions.length) return;
      const prev = out.get(m.fact.id);
      const cued = m.strength === 'cue' || prev?.cued === true || prev?.strength === 'cue';
      // A named fact is tied through its names, not through the cue words it also has
      // ("Wednesday's meeting came eight weeks after … met in Kazan": "meeting" is not Kazan).
      if (!prev) out.set(m.fact.id, m as Mention);
      else if (RANK[m.strength] > RANK[prev.strength]) out.set(m.fact.id, { ...(m as Mention), cued });
      else if (RANK[m.strength] < RANK[prev.strength]) out.set(m.fact.id, { ...prev, cued });
      else out.set(m.fact.id, { ...prev, positions: [...prev.positions, ...m.positions], cued });
    };
    const namedHere = new Set<string>();
    const support = new Map<string, { score: number; keywords: number }>();
    for (const t of this.named(s)) {
      namedHere.add(t.factId);
      const fact = this.factById(t.factId);
      const loose = fact?.kind !== 'place' && this.placeNames.has(t.alias.toLowerCase());
      add({
        fact,
        positions: [t.start],
        strength: 'alias',
        ...(loose ? { loose } : {}),
        score: ALIAS_SCORE,
        via: reason('found-alias', { fact: fact?.title ?? '', quote: this.text.slice(t.start, t.end) }),
      });
    }
    const keys = this.sentenceKeys.get(s);
    if (keys) {
      this.addCues(s, keys, add);
      this.addEvidence(s, keys, namedHere, out, add, support);
    }
    // A place's name stands firmly for the event held there when the sentence also cues
    // the event or names two of its people ("Xi met Modi … in Kazan"), not one ("Modi
    // arrived in Kazan").
    return [...out.values()].map((x) => {
      const backed = support.get(x.fact.id);
      const m = backed && x.strength === 'cue' ? { ...x, support: backed } : x;
      return m.loose &&
        (m.cued ||
          metThere(this.text, m.positions) ||
          (m.fact.actors ?? []).filter((a) => namedHere.has(a) && this.factById(a)?.kind === 'person')
            .length >= 2)
        ? { ...m, loose: false }
        : m;
    });
  }

  private wordAt(p: number): string {
    return this.text.slice(p, p + 24).split(/[\s,.;:!?]/)[0] ?? '';
  }

  private addCues(
    s: number,
    keys: ReadonlyMap<number, readonly number[]>,
    add: (m: Omit<Mention, 'fact'> & { fact: Fact | undefined }) => void,
  ): void {
    let inContext: ReadonlySet<number> | null = null;
    const seen = new Set<IndexedCue>();
    for (const key of keys.keys()) {
      const cues = this.cuesByKey.get(key);
      if (!cues) continue;
      for (const cue of cues) {
        if (seen.has(cue)) continue;
        seen.add(cue);
        // Cheap membership checks first: most cues a key touches miss another group.
        if (!everyGroupMet(cue.allOf, keys)) continue;
        if (cue.paragraph.length) {
          inContext ??= this.cueContextKeys(s);
          if (!everyGroupMet(cue.paragraph, inContext)) continue;
        }
        const groups = cue.allOf.map((g) => g.flatMap((k) => keys.get(k) ?? []));
        const words = groups.map((g) => this.wordAt(Math.min(...g)));
        const fact = this.factById(cue.factId);
        add({
          fact,
          positions: groups.flat(),
          cueGroups: groups,
          strength: 'cue',
          score: CUE_SCORE,
          via: reason('found-cue', { fact: fact?.title ?? '', words: words.join(' + ') }),
        });
      }
    }
  }

  private addEvidence(
    s: number,
    keys: ReadonlyMap<number, readonly number[]>,
    namedHere: ReadonlySet<string>,
    out: ReadonlyMap<string, Mention>,
    add: (m: Omit<Mention, 'fact'> & { fact: Fact | undefined }) => void,
    support: Map<string, { score: number; keywords: number }>,
  ): void {
    const found = new Map<IndexedKeywords, Map<number, number[]>>();
    for (const [key, positions] of keys) {
      for (const ref of this.keywordsByKey.get(key) ?? []) {
        const groups = getOrInit(found, ref.set, () => new Map());
        groups.set(ref.group, [...(groups.get(ref.group) ?? []), ...positions]);
      }
    }
    const namedInParagraph = this.paragraphFacts.get(this.paragraphOf(s)) ?? new Set<string>();
    const paraKeys = this.paragraphKeys.get(this.paragraphOf(s)) ?? new Set<number>();
    for (const [set, groups] of found) {
      const prev = out.get(set.factId);
      if (prev && prev.strength !== 'cue') continue;
      const fact = this.factById(set.factId);
      if (!fact) continue;
      let score = 0;
      for (const g of groups.keys()) score += set.weights[g] ?? 0;
      // The paragraph's other keywords of the fact count half ("Its share of refining is even
      // higher" after a sentence about rare earths).
      const around = new Set<number>();
      set.keys.forEach((k, i) => {
        const g = set.groups[i] as number;
        if (!groups.has(g) && paraKeys.has(k)) around.add(g);
      });
      for (const g of around) score += PARAGRAPH_SHARE * (set.weights[g] ?? 0);
      if (groups.size + around.size < 2) continue;
      // Names alone ("Demchok … Depsang") say where, not what happened there.
      if ([...groups.keys()].every((g) => this.entityNames.has((set.words[g] ?? '').toLowerCase()))) continue;
      for (const id of [...(fact.actors ?? []), ...(fact.places ?? [])]) {
        if (namedHere.has(id)) score += ACTOR_BONUS;
        else if (namedInParagraph.has(id)) score += ACTOR_BONUS / 2;
      }
      score += recencyPrior(fact, this.published);
      if (prev) {
        support.set(fact.id, { score, keywords: groups.size });
        continue;
      }
      if (score < EVIDENCE_MIN) continue;
      const ordered = [...groups.entries()].sort(
        (a, b) => (set.weights[b[0]] ?? 0) - (set.weights[a[0]] ?? 0),
      );
      add({
        fact,
        positions: ordered.flatMap(([, p]) => p),
        strength: 'evidence',
        score,
        keywords: groups.size,
        keywordGroups: [...groups.values()],
        via: reason('found-evidence', {
          fact: fact.title,
          words: ordered.map(([g]) => set.words[g]).join(', '),
        }),
      });
    }
  }
}
