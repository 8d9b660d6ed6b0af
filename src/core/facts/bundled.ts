/**
 * The bundled fact packs, as data. Validated by tests and at build time
 * (scripts/vite/fact-base-plugin.ts), so trusted here without a runtime check. Building
 * the fact base from them (and the reader's packs) is `buildFactBase`'s job, done by
 * whoever needs one: nothing here is computed at import.
 */
import base from '../../data/base.json';
import type { FactPack } from './schema';

/** The packs that ship with Gloss, in merge order (the base first). */
export const BUNDLED_PACKS: readonly FactPack[] = [base as FactPack];
