/**
 * `rulesFor` (ADR 0048, round 18): the temporal rules that read a month's name are not run over words
 * without one. A woken worker's first page then compiles fewer patterns; what the rules find must be
 * the same, so every rule left out must be one that could not have matched.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, rulesFor, SCREENS } from '../../../src/core/claims/temporal-rules';
import { MONTH_NAMES } from '../../../src/core/claims/words';

const ROOT = join(import.meta.dirname, '../../..');
const dir = join(ROOT, 'test/fixtures/eval/articles');
const sentences = readdirSync(dir)
  .filter((n) => n.endsWith('.json'))
  .flatMap((n) => {
    const a = JSON.parse(readFileSync(join(dir, n), 'utf8')) as { title: string; paragraphs: string[] };
    return [a.title, ...a.paragraphs.flatMap((p) => p.split(/(?<=[.!?])\s+/))];
  });

const readsMonth = RULES.filter((r) => r.pattern.source.includes(MONTH_NAMES));
/** The rules' names, less those round 20 screens by their own words (temporal-rules-wake20.test.ts). */
const names = (rules: readonly { name: string }[]) => rules.map((r) => r.name).filter((n) => !SCREENS.has(n));

/** Every spelling MONTH_NAMES accepts: "Jan", "January", "Jun", "June", "Sep", "Sept", "September" … */
const SPELLINGS = MONTH_NAMES.split('|').flatMap((alt) => {
  const m = /^(\w+)(?:\(\?:(\w+)\)\?|(\w)\?)?(?:\(\?:(\w+)\)\?)?$/.exec(alt);
  if (!m) throw new Error(`unexpected spelling pattern ${alt}`);
  const [, stem = '', opt, letter, rest] = m;
  if (opt) return [stem, stem + opt];
  if (letter && rest) return [stem, stem + letter, stem + rest, stem + letter + rest];
  if (letter) return [stem, stem + letter];
  return [stem];
});

describe("rulesFor: the rules that read a month's name, left out where no month is named", () => {
  it('leaves them out of words that name no month', () => {
    const got = names(rulesFor('Officials said on Tuesday that 3 million tourists came last year.'));
    expect(got).not.toEqual(names(RULES));
    for (const r of readsMonth) expect(got).not.toContain(r.name);
    expect(got).toEqual(names(RULES.filter((r) => !readsMonth.includes(r))));
  });

  it('keeps every rule, in order, where a month is named as the rules spell it', () => {
    // A digit and a unit of time too, so round 20's screens keep their rules.
    for (const spelling of SPELLINGS)
      expect(names(rulesFor(`It opened on ${spelling} 5 last year.`))).toEqual(names(RULES));
  });

  it('keeps the rules that ignore case where a month is named in another case ("may")', () => {
    const got = rulesFor('Officials may visit the market 3 times in the decade ahead.');
    expect(names(got)).toEqual(
      names(RULES.filter((r) => !readsMonth.includes(r) || r.pattern.flags.includes('i'))),
    );
  });

  it('knows every spelling of a month (the list above is the pattern’s)', () => {
    const whole = new RegExp(`^(?:${MONTH_NAMES})$`);
    expect(SPELLINGS.length).toBeGreaterThanOrEqual(24);
    for (const s of SPELLINGS) expect(whole.test(s)).toBe(true);
  });
});

describe('rulesFor: a rule left out could not have matched', () => {
  it('finds rules that read a month in each family of dates', () => {
    expect(readsMonth.length).toBeGreaterThan(10);
  });

  it("needs the month's name in every match (the pattern without it matches nothing)", () => {
    for (const rule of readsMonth) {
      const without = new RegExp(rule.pattern.source.split(MONTH_NAMES).join('(?!)'), rule.pattern.flags);
      const once = new RegExp(without.source, without.flags.replace('g', ''));
      const hits = sentences.filter((s) => once.test(s));
      expect({ rule: rule.name, hits }).toEqual({ rule: rule.name, hits: [] });
    }
  });

  it('leaves out, in every sentence of the eval articles, only rules without a match there', {
    timeout: 30_000,
  }, () => {
    let left = 0;
    const once = new Map(
      RULES.map((r) => [r, new RegExp(r.pattern.source, r.pattern.flags.replace('g', ''))]),
    );
    for (const s of sentences) {
      const kept = new Set(rulesFor(s));
      for (const rule of RULES) {
        if (kept.has(rule)) continue;
        left++;
        const matched = once.get(rule)?.test(s);
        expect({ rule: rule.name, s, matched }).toEqual({ rule: rule.name, s, matched: false });
      }
    }
    expect(left).toBeGreaterThan(1000);
  });
});
