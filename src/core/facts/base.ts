/**
 * The bundled fact base and its term index. The data is validated by tests (and at build
 * time), so it is trusted here without a runtime check.
 */
import pack from '../../data/base.json';
import { type FactBase, mergePacks } from './packs';
import type { Fact, FactPack } from './schema';

export const BASE_PACK: FactPack = pack as FactPack;

/** The bundled base; user packs will be merged after it (see packs.ts). */
export const FACT_BASE: FactBase = mergePacks([BASE_PACK]);

/** Looks a fact up by id. */
export function factById(id: string): Fact | undefined {
  return FACT_BASE.facts.get(id);
}
