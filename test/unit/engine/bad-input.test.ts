/**
 * Bad input for the engine (issue #3): no date context, absurd dates, a 5 MB page, a
 * non-English page, an article with no publication date. Each gets a result, never a throw,
 * and unresolvable relative dates are `context`, never `differs`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import { annotateText } from '../../../src/core/annotate';
import { dayNumber, isoDay } from '../../../src/core/claims/dates';
import { renderReasons } from '../../../src/core/claims/explain';
import { findTemporal } from '../../../src/core/claims/temporal';
import { BUNDLED_PACKS } from '../../../src/core/facts/bundled';
import { buildFactBase } from '../../../src/core/facts/factbase';
import { createTranslate } from '../../../src/ui/i18n';

const { matcher, factById } = buildFactBase(BUNDLED_PACKS);
const annotate = (text: string, published: string | null) =>
  annotateText(text, { matcher, factById, published });

const PARA =
  'The two sides reached an understanding to end the face-off on the LAC on Monday, and this was followed two days later by a meeting between Prime Minister Narendra Modi and Chinese President Xi Jinping in Kazan.';

describe('engine on bad input', () => {
  it('without a publication date, relative dates stay unresolved and are context, never differs', () => {
    const claims = annotate(PARA, null).filter((a) => a.kind === 'claim');
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.verdict).toBe('context');
    const monday = claims.find((c) => c.quote === 'on Monday');
    expect(monday?.reasons.map((r) => r.code)).toContain('no-publication-date');
    expect(renderReasons(monday?.reasons ?? [], createTranslate(en, en)).join(' ')).toContain(
      'no publication date',
    );
  });

  it('with an absurd publication date, nothing throws and nothing resolves', () => {
    for (const published of ['not a date', '2025-13-45', '0000-00-00', '']) {
      const out = annotate(PARA, published);
      for (const c of out.filter((a) => a.kind === 'claim')) expect(c.verdict).not.toBe('differs');
    }
  });

  it('ignores impossible dates in the text', () => {
    const out = annotate('The Galwan clash happened on 31 June 2020 and on 30 February 2020.', '2025-10-30');
    expect(out.filter((a) => a.kind === 'claim')).toEqual([]);
  });

  it('annotates a 5 MB page, with offsets that slice to the quotes', { timeout: 600_000 }, () => {
    let text = '';
    while (text.length < 5_000_000) text += `${PARA}\n`;
    const out = annotate(text, '2024-10-25');
    expect(out.length).toBeGreaterThan(10_000);
    for (const a of out.slice(-20)) expect(text.slice(a.start, a.end)).toBe(a.quote);
  });

  it('handles a non-English page without false matches or errors', () => {
    const hindi = 'भारत और चीन ने पूर्वी लद्दाख में गश्त पर समझौता किया। यह अक्टूबर 2024 में हुआ।';
    const french = 'Le lac est gelé. Le mois de mai 2020 fut calme à Kazan, une ville de Russie.';
    expect(() => annotate(hindi, '2025-10-30')).not.toThrow();
    const fr = annotate(french, '2025-10-30');
    expect(fr.some((a) => a.quote.toLowerCase() === 'lac')).toBe(false);
    expect(fr.filter((a) => a.factIds.includes('event.kazan-modi-xi-meeting'))).toEqual([]);
  });
});

describe('date resolution properties', () => {
  const EXPRESSIONS = [
    'on Thursday',
    'last year',
    'in June',
    'two months ago',
    'October last year',
    'last week',
    'yesterday',
    'on 21 October',
  ];
  const day = fc.integer({ min: dayNumber(1990, 1, 1), max: dayNumber(2060, 12, 31) });

  it('is monotonic in the publication date', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EXPRESSIONS), day, day, (expr, a, b) => {
        const [p1, p2] = a <= b ? [a, b] : [b, a];
        const r1 = findTemporal(expr, { start: 0, end: expr.length }, p1)[0]?.interval;
        const r2 = findTemporal(expr, { start: 0, end: expr.length }, p2)[0]?.interval;
        expect(r1 && r2, `${expr} @ ${isoDay(p1)} / ${isoDay(p2)}`).toBeTruthy();
        expect((r1 as { start: number }).start).toBeLessThanOrEqual((r2 as { start: number }).start);
      }),
      { numRuns: 1000 },
    );
  });

  it('never resolves a past-tense relative date after the publication date', () => {
    // An untensed day ("on 21 October") within three months after publication is the coming one
    // (ADR 0147); every other expression here is past.
    const ahead = (expr: string) => (expr === 'on 21 October' ? 92 : 0);
    fc.assert(
      fc.property(fc.constantFrom(...EXPRESSIONS), day, (expr, pub) => {
        const r = findTemporal(expr, { start: 0, end: expr.length }, pub)[0]?.interval;
        expect(r?.start).toBeLessThanOrEqual(pub + ahead(expr));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('bounds', () => {
  it('does not turn an "until" bound that agrees with nothing into a claim', () => {
    const out = annotate('Until 2019, the Galwan Valley clash had not happened.', '2025-10-30');
    expect(out.filter((a) => a.kind === 'claim' && a.quote === 'Until 2019')).toEqual([]);
  });
});

describe('precision on ordinary words', () => {
  it('does not take common words for the people they also name', () => {
    // On a page about the Galwan clash, so that people are carded at all (ADR 0008).
    const text =
      'In modi diversi, he played his trump card; the misri was sweet. Modi spoke later of the Galwan clash.';
    const quotes = annotate(text, '2025-10-30').map((a) => a.quote);
    expect(quotes).toEqual(['Modi', 'Galwan clash']);
  });
});
