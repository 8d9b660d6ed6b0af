/**
 * The bundled fact base and its term index. The data is validated by tests (and at build
 * time), so it is trusted here without a runtime check.
 */
import pack from '../../data/base.json';
import type { Fact, FactPack } from './schema';

export const BASE_PACK: FactPack = pack as FactPack;

const byId = new Map<string, Fact>(BASE_PACK.facts.map((f) => [f.id, f]));

/** Looks a fact up by id. */
export function factById(id: string): Fact | undefined {
  return byId.get(id);
}
