import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_KEYS, renderReason, renderReasons } from '../../../src/core/claims/explain';
import { REASON_PARAMS, type ReasonCode, reason } from '../../../src/core/claims/reasons';
import { RULES } from '../../../src/core/claims/temporal-rules';
import { type Catalog, createTranslate } from '../../../src/ui/i18n';

const ROOT = new URL('../../../', import.meta.url).pathname;
const catalog = (lang: string): Catalog =>
  JSON.parse(readFileSync(`${ROOT}public/_locales/${lang}/messages.json`, 'utf8'));
const en = catalog('en');
const hi = catalog('hi');
const tEn = createTranslate(en, en);
const tHi = createTranslate(hi, en);

/** Parameters that are codes, rendered through their own messages rather than shown as is. */
const CODED: Record<string, string> = { rule: 'weekday', confidence: 'one-source', unit: 'percent' };
/** A distinct, recognisable value for every other parameter. */
const sampleValue = (code: string, param: string) => CODED[param] ?? `«${code}:${param}»`;

const codes = Object.keys(REASON_PARAMS) as ReasonCode[];
const sample = (code: ReasonCode) =>
  reason(code, Object.fromEntries(REASON_PARAMS[code].map((p) => [p, sampleValue(code, p)])));

const LEFTOVER = /\$\w+\$?|\b(reason|rule|unit|confidence)_[a-z_]+\b/;
const DEVANAGARI = /[\u0900-\u097F]/;

describe('renderReasons', () => {
  it.each(codes)('renders %s in English and Hindi with every parameter', (code) => {
    const r = sample(code);
    const english = renderReason(r, tEn);
    const hindi = renderReason(r, tHi);
    for (const text of [english, hindi]) {
      expect(text).not.toMatch(LEFTOVER);
      expect(text.length).toBeGreaterThan(10);
      for (const p of REASON_PARAMS[code]) if (!(p in CODED)) expect(text).toContain(sampleValue(code, p));
    }
    expect(english).not.toMatch(DEVANAGARI);
    expect(hindi).toMatch(DEVANAGARI);
    expect(hindi).not.toBe(english);
  });

  it('renders coded parameters through their own messages', () => {
    const read = reason('read-date', { said: 'on Monday', resolved: '14 Oct 2024', rule: 'weekday' });
    expect(renderReason(read, tEn)).toBe(`“on Monday” reads as 14 Oct 2024 (${tEn('rule_weekday')}).`);
    expect(renderReason(read, tHi)).toContain(tHi('rule_weekday'));
    const record = reason('record', { record: '23 Oct 2024', confidence: 'disputed' });
    expect(renderReason(record, tEn)).toContain(tEn('confidence_disputed'));
    expect(renderReason(record, tHi)).toContain(tHi('confidence_disputed'));
    const figure = reason('read-figure', { said: 'nearly 70%', value: 70, unit: 'percent' });
    expect(renderReason(figure, tEn)).toBe('“nearly 70%” reads as 70 percent.');
    expect(renderReason(figure, tHi)).toContain('70 प्रतिशत');
  });

  it('has a phrase for every temporal rule, and a generic one for a rule it does not know', () => {
    for (const rule of RULES) {
      expect(Object.hasOwn(RULE_KEYS, rule.name), rule.name).toBe(true);
      for (const c of [en, hi]) expect(c[RULE_KEYS[rule.name] as string], rule.name).toBeDefined();
    }
    const unknown = (rule: string) => reason('read-date', { said: 'x', resolved: '1 Jan 2024', rule });
    for (const rule of ['a-rule-from-a-newer-engine', 'constructor', '']) {
      expect(renderReason(unknown(rule), tEn)).toBe(`“x” reads as 1 Jan 2024 (${tEn('rule_other')}).`);
      expect(renderReason(unknown(rule), tHi)).toContain(tHi('rule_other'));
    }
  });

  it('uses the singular for a count of one', () => {
    const apart = (days: number) =>
      reason('dates-apart', { claimed: '24 Oct 2024', record: '23 Oct 2024', days });
    expect(renderReason(apart(1), tEn)).toBe("24 Oct 2024 is 1 day away from the record's 23 Oct 2024.");
    expect(renderReason(apart(3), tEn)).toBe("24 Oct 2024 is 3 days away from the record's 23 Oct 2024.");
    const lasting = (years: number) => reason('read-duration', { said: 'a year', years });
    expect(renderReason(lasting(1), tEn)).toContain('1 year.');
    expect(renderReason(lasting(2.5), tEn)).toContain('2.5 years.');
  });

  it('says a date that did not resolve is read from the publication date, with no empty value', () => {
    const pending = reason('read-date', { said: 'on Monday', resolved: '', rule: 'weekday' });
    expect(renderReason(pending, tEn)).toBe(
      `“on Monday” is read from the publication date (${tEn('rule_weekday')}).`,
    );
    const hindi = renderReason(pending, tHi);
    expect(hindi).toContain('प्रकाशन की तारीख़');
    expect(hindi).toContain(tHi('rule_weekday'));
    expect(hindi).not.toMatch(/\(\s*\)|\s{2}/);
  });

  it('renders a list in order, as text, without empty or doubled spaces', () => {
    const rendered = renderReasons(
      [
        reason('found-alias', { fact: 'A <b>meeting</b>', quote: 'the meeting' }),
        reason('characterisation', { note: '' }),
        reason('no-publication-date'),
      ],
      tEn,
    );
    expect(rendered).toEqual([
      '“the meeting” is a name for A <b>meeting</b>.',
      'This is a characterisation, not a figure the record can check.',
      'The article has no publication date, so a date relative to it cannot be checked.',
    ]);
    expect(renderReasons([], tHi)).toEqual([]);
  });
});
