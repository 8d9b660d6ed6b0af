import type { ChunkSizes } from './types';

/** The work one step does by default (ADR 0015; A's candidates in quarter batches, ADR 0022 round 19). */
export const DEFAULT_CHUNK: ChunkSizes = { sentences: 100, pairs: 200, chars: 8_000 };
