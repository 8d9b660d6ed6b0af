/**
 * `rulesFor` (ADR 0048, round 20): a temporal rule that reads no month's name is not run over words
 * without the words every match of it holds (`SCREENS`: a year's digits, a weekday's name, "ago", a
 * unit of time after a number …). A woken worker's first page (the trap pages: the claims engine runs
 * to say "no") then compiles the few patterns its sentences can use; what the rules find must be the
 * same, so every rule left out must be one that could not have matched.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, rulesFor, SCREENS } from '../../../src/core/claims/temporal-rules';
import type { TemporalRule } from '../../../src/core/claims/temporal-types';
import { MONTH_NAMES } from '../../../src/core/claims/words';

const ROOT = join(import.meta.dirname, '../../..');
const dir = join(ROOT, 'test/fixtures/eval/articles');
const sentences = readdirSync(dir)
  .filter((n) => n.endsWith('.json'))
  .flatMap((n) => {
    const a = JSON.parse(readFileSync(join(dir, n), 'utf8')) as { title: string; paragraphs: string[] };
    return [a.title, ...a.paragraphs.flatMap((p) => p.split(/(?<=[.!?])\s+/))];
  });

const names = (rules: readonly { name: string }[]) => rules.map((r) => r.name);
const once = (r: TemporalRule) => new RegExp(r.pattern.source, r.pattern.flags.replace('g', ''));
const screened = RULES.filter((r) => SCREENS.has(r.name));
const screenOf = (r: TemporalRule) => SCREENS.get(r.name) as RegExp;

describe('rulesFor: a rule whose words are not there is left out', () => {
  it('leaves out every screened rule from words that have none of their words, keeps the others in order', () => {
    const got = names(rulesFor('It happened in May, officials said.'));
    for (const r of screened) expect(got).not.toContain(r.name);
    expect(got).toEqual(names(RULES.filter((r) => !SCREENS.has(r.name))));
  });

  it('keeps each screened rule where it matches (the first eval sentence it matches)', () => {
    let checked = 0;
    for (const r of screened) {
      const s = sentences.find((x) => once(r).test(x));
      if (s === undefined) continue;
      checked++;
      expect({ rule: r.name, kept: names(rulesFor(s)).includes(r.name) }).toEqual({
        rule: r.name,
        kept: true,
      });
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('screens only rules that exist and that read no month', () => {
    expect(screened.length).toBe(SCREENS.size);
    for (const r of screened) expect(r.pattern.source.includes(MONTH_NAMES)).toBe(false);
  });
});

describe('rulesFor: a screen holds in every match of its rule', () => {
  it('finds its words inside every match of its rule in the eval sentences', () => {
    let matches = 0;
    for (const r of screened)
      for (const s of sentences)
        for (const m of s.matchAll(r.pattern)) {
          matches++;
          expect({ rule: r.name, match: m[0], held: screenOf(r).test(m[0]) }).toEqual({
            rule: r.name,
            match: m[0],
            held: true,
          });
        }
    expect(matches).toBeGreaterThan(500);
  });

  it('finds its words inside made-up matches of every screened rule', () => {
    const made = [
      '2024-05-01',
      '05/01/2024',
      'between 2019 and 2021',
      'in 2020',
      'on the 21st of that month',
      'on Wednesday',
      'last Saturday',
      'over the weekend',
      'Today',
      'TOMORROW',
      'last week',
      'this past year',
      'two years ago today',
      'two years and three months ago',
      'the deadly 2020 clash',
      "from 2024's ban",
      'a decade ago',
      '3.5 days ago',
      'the following day',
      'the same week',
      'during his visit that month',
      'two weeks later',
      'a week and two days later',
      'a month afterwards',
      'four-year',
      'more than 12 months',
      'the end of the month',
      'close of last month',
      'the summer of 2020',
      'spring 2021',
      'later this autumn',
      'last winter',
      'five days from now',
      'about a year away',
      'over the past two months',
      'its year-old ban',
      'in 2020 and that spring',
    ];
    const covered = new Set<string>();
    for (const words of made)
      for (const r of screened)
        for (const m of words.matchAll(r.pattern)) {
          covered.add(r.name);
          expect({ rule: r.name, match: m[0], held: screenOf(r).test(m[0]) }).toEqual({
            rule: r.name,
            match: m[0],
            held: true,
          });
        }
    expect([...covered].sort()).toEqual(names(screened).sort());
  });

  it('the rule finds nothing in eval sentences once its words are gone', () => {
    for (const r of screened) {
      const all = new RegExp(screenOf(r).source, `${screenOf(r).flags}g`);
      const hits = sentences.map((s) => s.replace(all, ' xx ')).filter((s) => once(r).test(s));
      expect({ rule: r.name, hits }).toEqual({ rule: r.name, hits: [] });
    }
  });

  it('leaves out, in every eval sentence, only rules without a match there', () => {
    let left = 0;
    const patterns = new Map(RULES.map((r) => [r, once(r)]));
    for (const s of sentences) {
      const kept = new Set(rulesFor(s));
      for (const rule of RULES) {
        if (kept.has(rule)) continue;
        left++;
        const matched = patterns.get(rule)?.test(s);
        expect({ rule: rule.name, s, matched }).toEqual({ rule: rule.name, s, matched: false });
      }
    }
    expect(left).toBeGreaterThan(50_000);
    // Every rule over every eval sentence: some 4 s on an idle machine, more on a loaded one; the
    // unit project's own timeout (test/vitest.config.ts), also when run without that config.
  }, 30_000);
});
