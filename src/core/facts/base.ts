/**
 * The bundled fact base and its term index. The data is validated by tests (and at build
 * time), so it is trusted here without a runtime check.
 */
import pack from '../../data/base.json';
import type { CardContext } from './card';
import { FactGraph } from './graph';
import { type FactBase, mergePacks } from './packs';
import type { Fact, FactPack } from './schema';

export const BASE_PACK: FactPack = pack as FactPack;

/** The bundled base; user packs will be merged after it (see packs.ts). */
export const FACT_BASE: FactBase = mergePacks([BASE_PACK]);

/** Looks a fact up by id. */
export function factById(id: string): Fact | undefined {
  return FACT_BASE.facts.get(id);
}

let graph: FactGraph | null = null;

/**
 * What card views need from the base. The cross-reference graph is built on the first
 * card, not when the content script starts (most pages never show one).
 */
export const CARD_CONTEXT: CardContext = {
  get graph() {
    graph ??= new FactGraph(factById, FACT_BASE.facts.values());
    return graph;
  },
  provenance: (id) => {
    const p = FACT_BASE.provenance.get(id);
    return p ? `${p.packId}@${p.packVersion}` : '';
  },
  lang: BASE_PACK.lang,
};
