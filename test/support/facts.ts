/** Test facts: a valid Fact with only what a test cares about spelled out. */
import type { Fact } from '../../src/core/facts/schema';

export function testFact(id: string, aliases: Fact['aliases'], over: Partial<Fact> = {}): Fact {
  return {
    id,
    kind: 'topic',
    title: id,
    summary: id,
    aliases,
    confidence: 'confirmed',
    sources: [{ url: 'https://example.org/', publisher: 'Example' }],
    asOf: '2026-11-22',
    ...over,
  };
}
