/**
 * The fact base as one value: the facts of the bundled base and the reader's packs, the
 * compiled matcher, the card context, a version string and where each fact came from.
 * Built by one function, `buildFactBase`, and passed to whatever needs it (content script,
 * background, CLI, tests), so nothing reaches for a module-level singleton (issue #8).
 *
 * Same-id rule (ADR 0010, docs/fact-packs.md): packs are merged in order (the bundled base
 * first). A later pack replaces an earlier fact only when it names that id in its
 * `overrides` list; otherwise the earlier fact is kept and the clash is reported in
 * `conflicts`, so a pack can never silently rewrite what a card says.
 */
import type { AnnotateOptions, AnnotationRecord } from '../annotate';
import { annotateText, hasAnnotations } from '../annotate';
import { compileMatcher, Matcher, type MatcherIndex } from '../match/terms';
import type { CardContext } from './card';
import { FactGraph } from './graph';
import type { Fact, FactPack } from './schema';

/** Where a fact comes from. */
export interface Provenance {
  readonly packId: string;
  readonly packVersion: string;
  /** The pack's human title, for cards ("Kerala floods 2018"). */
  readonly packTitle: string;
}

/** What the base knows about each pack it was built from, in merge order. */
export interface PackInfo {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly lang: string;
  readonly author?: string;
  /** Facts this pack contributes after the same-id rule. */
  readonly facts: number;
}

/** A later pack's fact that was NOT used because an earlier pack has the id and no override was declared. */
export interface FactConflict {
  readonly id: string;
  /** `packId@version` of the fact that stays. */
  readonly kept: string;
  /** `packId@version` of the fact that was ignored. */
  readonly ignored: string;
}

/** A declared override: a later pack's fact replaced an earlier one. */
export interface FactOverride {
  readonly id: string;
  readonly replaced: string;
  readonly by: string;
}

export interface FactBaseOptions {
  /**
   * A matcher index compiled (by the build, `npm run pack -- build` or the storage cache)
   * from exactly these packs' merged facts, in this order. Callers key it by the base's
   * `version`; when absent the index is compiled on first use of `matcher`. A function is
   * called on first use (parsing a bundled index costs time most pages never need).
   */
  readonly index?: MatcherIndex | (() => MatcherIndex);
  /**
   * How many leading packs ship with Gloss (default 1, the base). A card names the pack of
   * a fact only when it comes from a reader's pack: bundled facts need no such line.
   */
  readonly bundled?: number;
}

/** The fact base as one immutable value. */
export interface FactBase {
  /** Every fact after the same-id rule, by id, in merge order. */
  readonly facts: ReadonlyMap<string, Fact>;
  readonly factById: (id: string) => Fact | undefined;
  /** The matcher over every fact (compiled lazily unless an index was passed in). */
  readonly matcher: Matcher;
  /** Its index (JSON-serialisable, for storage and messages). */
  readonly index: MatcherIndex;
  /** What card views need; the cross-reference graph is built on the first card. */
  readonly card: CardContext;
  /** "gloss-base@1.1.1, kerala-floods-2018@1.0.0": identifies the merged content. */
  readonly version: string;
  readonly provenance: ReadonlyMap<string, Provenance>;
  readonly packs: readonly PackInfo[];
  readonly conflicts: readonly FactConflict[];
  readonly overrides: readonly FactOverride[];
  /** Language of the base's content (the first pack's). */
  readonly lang: string;
}

const tag = (p: { packId: string; packVersion: string }) => `${p.packId}@${p.packVersion}`;

/** `packId@version`, the form used in versions, conflicts and cards. */
export function packTag(pack: Pick<FactPack, 'id' | 'version'>): string {
  return `${pack.id}@${pack.version}`;
}

/** The packs merged by the same-id rule: what `buildFactBase` reads off the packs. */
interface Merged {
  readonly facts: ReadonlyMap<string, Fact>;
  readonly provenance: ReadonlyMap<string, Provenance>;
  readonly packs: readonly PackInfo[];
  readonly conflicts: readonly FactConflict[];
  readonly overrides: readonly FactOverride[];
  readonly bundledIds: ReadonlySet<string>;
  readonly version: string;
  readonly lang: string;
}

function merge(packs: readonly FactPack[], bundled: number): Merged {
  const facts = new Map<string, Fact>();
  const provenance = new Map<string, Provenance>();
  const conflicts: FactConflict[] = [];
  const overrides: FactOverride[] = [];
  const seen = new Set<string>();
  for (const pack of packs) {
    if (seen.has(pack.id)) throw new Error(`fact pack "${pack.id}" is loaded twice`);
    seen.add(pack.id);
    const mine: Provenance = { packId: pack.id, packVersion: pack.version, packTitle: pack.title };
    const declared = new Set(pack.overrides ?? []);
    for (const fact of pack.facts) {
      const prev = provenance.get(fact.id);
      if (prev && !declared.has(fact.id)) {
        conflicts.push({ id: fact.id, kept: tag(prev), ignored: tag(mine) });
        continue;
      }
      if (prev) {
        overrides.push({ id: fact.id, replaced: tag(prev), by: tag(mine) });
        facts.delete(fact.id); // re-inserted below: merge order follows the winning pack
      }
      facts.set(fact.id, fact);
      provenance.set(fact.id, mine);
    }
  }
  const infos = packs.map((pack): PackInfo => {
    let count = 0;
    for (const p of provenance.values()) if (p.packId === pack.id) count++;
    return {
      id: pack.id,
      version: pack.version,
      title: pack.title,
      lang: pack.lang,
      ...(pack.author ? { author: pack.author } : {}),
      facts: count,
    };
  });
  return {
    facts,
    provenance,
    packs: infos,
    conflicts,
    overrides,
    bundledIds: new Set(packs.slice(0, bundled).map((p) => p.id)),
    version: packs.map(packTag).join(', '),
    lang: packs[0]?.lang ?? 'en',
  };
}

/**
 * Builds the fact base from validated packs (the bundled base first). Throws on a pack id given twice.
 *
 * `packs` may be a function: it is called, and the packs merged, when something first reads the facts
 * (a woken worker's gate needs only the matcher index, so the bundled packs' JSON is parsed after it,
 * while the probe is injected: ADR 0048). Given as an array, the packs are merged at once.
 */
export function buildFactBase(
  packs: readonly FactPack[] | (() => readonly FactPack[]),
  options: FactBaseOptions = {},
): FactBase {
  let merged: Merged | null = null;
  const merging = () => {
    merged ??= merge(typeof packs === 'function' ? packs() : packs, options.bundled ?? 1);
    return merged;
  };
  if (typeof packs !== 'function') merging();
  const factById = (id: string) => merging().facts.get(id);
  // Lazy: most pages never need the matcher parsed or the graph built.
  let index: MatcherIndex | null = null;
  const given = options.index;
  let matcher: Matcher | null = null;
  let graph: FactGraph | null = null;
  const card: CardContext = {
    get graph() {
      graph ??= new FactGraph(factById, merging().facts.values());
      return graph;
    },
    provenance: (id) => {
      const p = merging().provenance.get(id);
      return p ? tag(p) : '';
    },
    packTitle: (id) => {
      const { provenance, bundledIds } = merging();
      const p = provenance.get(id);
      return p && !bundledIds.has(p.packId) ? p.packTitle : '';
    },
    get lang() {
      return merging().lang;
    },
  };
  return {
    get facts() {
      return merging().facts;
    },
    factById,
    get index() {
      index ??=
        typeof given === 'function' ? given() : (given ?? compileMatcher([...merging().facts.values()]));
      return index;
    },
    get matcher() {
      matcher ??= new Matcher(this.index);
      return matcher;
    },
    card,
    get version() {
      return merging().version;
    },
    get provenance() {
      return merging().provenance;
    },
    get packs() {
      return merging().packs;
    },
    get conflicts() {
      return merging().conflicts;
    },
    get overrides() {
      return merging().overrides;
    },
    get lang() {
      return merging().lang;
    },
  };
}

/** Annotates `text` with `base` (the same as `annotateText` with the base's matcher and lookup). */
export function annotateWith(
  base: FactBase,
  text: string,
  published: AnnotateOptions['published'],
): AnnotationRecord[] {
  return annotateText(text, optionsOf(base, published));
}

/** What annotating with `base` needs: its matcher, its lookup, and which facts are a reader's. */
function optionsOf(base: FactBase, published: AnnotateOptions['published']): AnnotateOptions {
  return {
    matcher: base.matcher,
    factById: base.factById,
    published,
    // A card names a reader's pack only for its facts (card.ts): the same test.
    fromReaderPack: (id) => (base.card.packTitle?.(id) ?? '') !== '',
  };
}

/** Would `annotateWith(base, text, null)` return any record? (`hasAnnotations`: often without the claims engine.) */
export function hasAnnotationsWith(base: FactBase, text: string): boolean {
  return hasAnnotations(text, optionsOf(base, null));
}
