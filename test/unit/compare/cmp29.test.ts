/**
 * Round 28 (ADR 0063): wrong pairs and conflicts by cause, with sentences of our own (a river
 * ferry, a mountain pass, a port fee and a cargo rule); each test fails with its rule removed.
 */
import { describe, expect, it } from 'vitest';
import { conflictsOf } from '../../../src/core/compare/facts-view';
import { firstSinceOf } from '../../../src/core/compare/first-since';
import { compareArticles } from '../../../src/core/compare/index';
import { measureNamed, otherMeasure } from '../../../src/core/compare/measure-names';
import type { Fact } from '../../../src/core/facts/schema';

const pairsOf = (a: string, b: string) => compareArticles(a, b, {}).pairs.map((p) => [p.a, p.b]);
const keys = (s: ReadonlySet<string> | undefined) => [...(s ?? [])];

describe('"the first X since Y": Y is a reference point (first-since.ts)', () => {
  it('reads what "first" counts and the happening it counts from', () => {
    const noun = firstSinceOf(
      'The ferry made its first crossing on the Brede since the flood in the valley, officials said.',
    );
    expect(keys(noun?.counted)).toEqual(['cross']);
    expect(keys(noun?.reference)).toEqual(['flood']);
    const time = firstSinceOf(
      'Rangers patrolled the Harl pass for the first time since the thaw began in the north.',
    );
    expect(keys(time?.counted)).toEqual(['patrol']);
    expect(keys(time?.reference)).toEqual(['thaw', 'start']);
    const bare = firstSinceOf('Ferry resumes sailing on the Brede, first since the flood.');
    expect(keys(bare?.counted)).toEqual(['sail']);
    // A point in time, a cleft, no "since": no frame.
    expect(firstSinceOf('The councils met in Alton for the first time since 2019.')).toBeNull();
    expect(firstSinceOf('It was the first time since 1990 that the port had closed.')).toBeNull();
    expect(firstSinceOf('It was the first crossing in four years.')).toBeNull();
  });

  it('does not pair the reference point with the happening counted from it', () => {
    const a = 'Engineers completed the repair of the Alton-Brede river bridge on Friday, the council said.';
    const b =
      'The Alton-Brede river ferry made its first crossing since the repair of the bridge, the council said on Monday.';
    expect(pairsOf(a, b)).not.toContainEqual([0, 0]);
    const c = 'UPDATE: Alton-Brede river ferry resumes sailing, first since bridge repair.';
    expect(pairsOf(a, c)).not.toContainEqual([0, 0]);
  });

  it('still pairs two tellings of the counted happening', () => {
    const a = 'The Alton-Brede river ferry made its first crossing since the repair of the bridge on Monday.';
    const b = 'On Monday the Alton-Brede river ferry crossed for the first time since the bridge repair.';
    expect(pairsOf(a, b)).toContainEqual([0, 0]);
  });
});

describe('a figure worn as the name of another measure (measure-names.ts)', () => {
  const port = {
    id: 'quantity.port-fee',
    kind: 'quantity',
    title: 'Harl port fee on cargo ships: 8%',
    aliases: [],
    cues: [{ allOf: [['harl'], ['fee', 'fees', 'levy']] }],
  } as unknown as Fact;

  it('reads the measure a figure names as its attribute', () => {
    const s = 'Harl will cut its port fee by 2 points and drop its 30 percent cargo-weight rule.';
    const at = s.indexOf('30 percent');
    expect(measureNamed(s, at, at + '30 percent'.length)).toBe('cargo-weight rule');
    const t = 'Harl lowered the levy to 8% on Monday.';
    const at2 = t.indexOf('8%');
    expect(measureNamed(t, at2, at2 + 2)).toBeNull();
  });

  it('tells another measure from the fact’s own', () => {
    expect(otherMeasure('cargo-weight rule', port)).toBe(true);
    expect(otherMeasure('port fee', port)).toBe(false);
    expect(otherMeasure('harbour fees', port)).toBe(false);
  });

  it('never makes such a figure a side of a conflict', () => {
    const claim = (sentence: number, quote: string, resolved: string, verdict: string, measure?: string) => ({
      sentence,
      start: 0,
      end: quote.length,
      quote,
      factId: port.id,
      verdict,
      resolved,
      record: '8 percent',
      ...(measure ? { measure } : {}),
    });
    const a = [claim(0, '8%', '8 percent', 'consistent')];
    const b = [claim(0, '30 percent', '30 percent', 'differs', 'cargo-weight rule')];
    expect(conflictsOf(a, b, () => port)).toEqual([]);
    const c = [claim(0, '30 percent', '30 percent', 'differs', 'port fee')];
    expect(conflictsOf(a, c, () => port).map((x) => x.factId)).toEqual([port.id]);
  });
});
