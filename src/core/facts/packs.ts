/**
 * Merging fact packs: the bundled base first, then user packs (later). Each fact keeps
 * the id and version of the pack it came from (provenance), so a card can say where a
 * fact comes from and a pack can be removed or upgraded on its own. A later pack cannot
 * silently replace a fact of an earlier one: a clash is reported and the first wins.
 */
import type { Fact, FactPack } from './schema';

export interface Provenance {
  readonly packId: string;
  readonly packVersion: string;
}

export interface FactBase {
  readonly facts: ReadonlyMap<string, Fact>;
  readonly provenance: ReadonlyMap<string, Provenance>;
  /** "gloss-base@1.0.0, my-pack@0.2.0" */
  readonly version: string;
  /** Ids defined by more than one pack (the first pack's fact is kept). */
  readonly clashes: readonly { readonly id: string; readonly kept: string; readonly ignored: string }[];
}

/** Merges validated packs in order. */
export function mergePacks(packs: readonly FactPack[]): FactBase {
  const facts = new Map<string, Fact>();
  const provenance = new Map<string, Provenance>();
  const clashes: { id: string; kept: string; ignored: string }[] = [];
  const seenPacks = new Set<string>();
  for (const pack of packs) {
    if (seenPacks.has(pack.id)) throw new Error(`fact pack "${pack.id}" is loaded twice`);
    seenPacks.add(pack.id);
    for (const fact of pack.facts) {
      const prev = provenance.get(fact.id);
      if (prev) {
        clashes.push({
          id: fact.id,
          kept: `${prev.packId}@${prev.packVersion}`,
          ignored: `${pack.id}@${pack.version}`,
        });
        continue;
      }
      facts.set(fact.id, fact);
      provenance.set(fact.id, { packId: pack.id, packVersion: pack.version });
    }
  }
  return { facts, provenance, version: packs.map((p) => `${p.id}@${p.version}`).join(', '), clashes };
}
