/**
 * What a pack would add to the fact base, shown before the reader accepts it: its facts
 * and aliases, metadata, sources, and every bundled (or earlier) fact it would override
 * or collide with. Computed by merging it for real, so the preview cannot disagree with
 * what the extension will then do (ADR 0010).
 */
import { buildFactBase, type FactConflict } from './factbase';
import type { FactKind, FactPack } from './schema';

export interface PreviewFact {
  readonly id: string;
  readonly kind: FactKind;
  readonly title: string;
  readonly aliases: readonly string[];
}

export interface PreviewOverride {
  readonly id: string;
  /** Title of the fact that would be replaced, and where it comes from (`packId@version`). */
  readonly replacedTitle: string;
  readonly replaced: string;
  /** Title the pack gives it. */
  readonly title: string;
}

export interface PackPreview {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly lang: string;
  readonly author: string | null;
  readonly description: string | null;
  readonly facts: readonly PreviewFact[];
  readonly aliasCount: number;
  /** Distinct publishers and URLs the pack cites. */
  readonly sources: readonly { readonly publisher: string; readonly url: string }[];
  readonly overrides: readonly PreviewOverride[];
  /** Same-id facts that would be ignored (no declared override). */
  readonly conflicts: readonly FactConflict[];
}

/** Previews `pack` joining the fact base built from `current` (the bundled packs first). */
export function previewPack(pack: FactPack, current: readonly FactPack[]): PackPreview {
  const base = buildFactBase(current);
  const merged = buildFactBase([...current, pack]);
  const sources = new Map<string, { publisher: string; url: string }>();
  for (const fact of pack.facts) {
    for (const s of fact.sources) sources.set(s.url, { publisher: s.publisher, url: s.url });
  }
  return {
    id: pack.id,
    version: pack.version,
    title: pack.title,
    lang: pack.lang,
    author: pack.author ?? null,
    description: pack.description ?? null,
    facts: pack.facts.map((f) => ({
      id: f.id,
      kind: f.kind,
      title: f.title,
      aliases: f.aliases.map((a) => a.text),
    })),
    aliasCount: pack.facts.reduce((n, f) => n + f.aliases.length, 0),
    sources: [...sources.values()],
    overrides: merged.overrides.map((o) => ({
      id: o.id,
      replaced: o.replaced,
      replacedTitle: base.factById(o.id)?.title ?? o.id,
      title: merged.factById(o.id)?.title ?? o.id,
    })),
    conflicts: merged.conflicts.filter((c) => c.ignored === `${pack.id}@${pack.version}`),
  };
}
