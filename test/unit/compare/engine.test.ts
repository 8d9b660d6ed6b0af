/**
 * The compare engine's behaviours, one by one: paraphrase and shared facts as evidence,
 * moved paragraphs, unrelated and empty inputs said plainly, quotations compared by speaker,
 * conflicts with the side the record supports, values read across a pair, the summary, and
 * the non-English note.
 */
import { describe, expect, it } from 'vitest';
import { bundledBase, goldSets } from '../../../scripts/compare';
import { compareArticles } from '../../../src/core/compare/index';
import { annotateWith } from '../../../src/core/facts/factbase';

const factBase = bundledBase();
const { dev, heldOut } = goldSets();
const gold = (name: RegExp) => {
  const g = [...dev, ...heldOut].find((p) => name.test(p.name));
  if (!g) throw new Error(`no gold pair ${name}`);
  return g;
};
const compareGold = (name: RegExp) => {
  const g = gold(name);
  return compareArticles(
    { text: g.a.text, published: g.a.published },
    { text: g.b.text, published: g.b.published },
    { factBase },
  );
};

describe('alignment evidence', () => {
  it('pairs "external affairs ministry" with "Ministry of External Affairs" (words folded, the same fact)', () => {
    const r = compareArticles(
      'The Ministry of External Affairs confirmed the licences on Thursday.',
      'The licences were confirmed by the external affairs ministry.',
      { factBase },
    );
    expect(r.pairs.map((p) => [p.a, p.b])).toEqual([[0, 0]]);
  });

  it('counts a shared fact as evidence: the pair scores higher with the fact base than without', () => {
    // B never names Kazan: the claim engine reads "two days later" as the Kazan meeting.
    const a = 'Modi and Xi held talks in Kazan in October last year.';
    const b = 'The border deal was announced on October 21, 2024, and two days later Modi and Xi held talks.';
    const withFacts = compareArticles(
      { text: a, published: '2025-10-30' },
      { text: b, published: '2025-10-30' },
      { factBase },
    );
    const without = compareArticles(a, b);
    expect(withFacts.pairs[0]?.score ?? 0).toBeGreaterThan(without.pairs[0]?.score ?? 0);
    expect(withFacts.facts.both.map((f) => f.id)).toContain('event.kazan-modi-xi-meeting');
  });

  it('keeps the pairs of a paragraph moved to the top, and marks them moved', () => {
    const r = compareGold(/Kazan meeting, wire report/);
    const g = gold(/Kazan meeting, wire report/);
    const idOf = (i: number) => g.a.sentences[i]?.id;
    const moved = r.pairs.filter((p) => p.moved).map((p) => idOf(p.a));
    // B opens with A's last paragraph (Galwan background): those pairs are out of order.
    expect(moved).toEqual(expect.arrayContaining(['a7', 'a8']));
    expect(r.pairs.find((p) => idOf(p.a) === 'a1')?.moved).toBe(false);
  });

  it('word-diffs a pair: what both say, what A dropped, what B added', () => {
    const r = compareArticles(
      'Twenty Indian soldiers were killed in the clash.',
      'Twenty Indian soldiers lost their lives in the clash.',
    );
    const p = r.pairs[0];
    expect(p?.diff.map((o) => o.op)).toEqual(['same', 'removed', 'added', 'same']);
    expect(
      p?.diff
        .filter((o) => o.op !== 'added')
        .map((o) => o.text)
        .join(''),
    ).toBe('Twenty Indian soldiers were killed in the clash.');
    expect(
      p?.diff
        .filter((o) => o.op !== 'removed')
        .map((o) => o.text)
        .join(''),
    ).toBe('Twenty Indian soldiers lost their lives in the clash.');
  });

  it('lists figures that changed inside a pair', () => {
    const r = compareGold(/Kailash Mansarovar Yatra, two versions/);
    const changed = r.pairs.find((p) => p.figures.a.length);
    expect(changed?.figures).toEqual({ a: ['5561'], b: ['5651'] });
  });
});

describe('what the summary says', () => {
  it('identical articles: all aligned, no difference, said plainly', () => {
    const g = gold(/the same article twice/);
    const r = compareArticles(g.a.text, g.a.text, { factBase });
    expect(r.summary.verdict).toBe('identical');
    expect(r.summary.text).toMatch(/identical: all 5 sentences aligned, no differences/);
    expect(r.conflicts).toEqual([]);
  });

  it('unrelated articles: nothing aligned, said plainly, never forced pairs', () => {
    for (const name of [/Unrelated: direct flights/, /Unrelated on one theme/]) {
      const r = compareGold(name);
      expect(r.pairs).toEqual([]);
      expect(r.summary.verdict).toBe('unrelated');
      expect(r.summary.text).toMatch(/unrelated/);
      expect(r.onlyA.length + r.onlyB.length).toBe(r.sentences.a.length + r.sentences.b.length);
    }
  });

  it('different stories on one theme: no pair unless a sentence says the same thing closely', () => {
    // The Kazan meeting (A of dev pair 01) against China's Galwan admission (B of 02): both
    // mention Galwan, soldiers and June 2020, and tell different stories.
    const kazan = gold(/Kazan meeting, wire report/);
    const galwan = gold(/China admits Galwan deaths/);
    const r = compareArticles(
      { text: kazan.a.text, published: kazan.a.published },
      { text: galwan.b.text, published: galwan.b.published },
      { factBase },
    );
    expect(r.pairs.every((p) => p.score >= 0.5)).toBe(true);
    expect(r.pairs.length).toBeLessThanOrEqual(1);
    // The same two sentences, between articles that tell one story, would be a pair.
    const twenty = compareArticles(
      'Twenty Indian soldiers were killed in the clash.',
      'Twenty Indian Army personnel, including Col. B. Santosh Babu, lost their lives in the clash.',
    );
    expect(twenty.pairs).toHaveLength(1);
  });

  it('an empty article: nothing to compare, said plainly; both empty too', () => {
    const r = compareArticles('', 'Some text here. And more.');
    expect(r.summary.verdict).toBe('empty');
    expect(r.summary.text).toBe('Article A is empty: there is nothing to compare with.');
    expect(r.onlyB).toEqual([0, 1]);
    expect(compareArticles(' \n ', '').summary.text).toBe(
      'Both articles are empty: there is nothing to compare.',
    );
  });

  it('a non-English article: a note, and no forced pairs with an English one', () => {
    const hindi =
      'चीन ने कुछ भारतीय कंपनियों को दुर्लभ पृथ्वी चुंबकों के आयात के लिए लाइसेंस दिए हैं। विदेश मंत्रालय के प्रवक्ता ने गुरुवार को इसकी पुष्टि की। उन्होंने कंपनियों के नाम नहीं बताए।';
    const r = compareArticles(gold(/Kazan meeting, wire report/).a.text, hindi, { factBase });
    expect(r.summary.notes).toEqual([expect.stringMatching(/^Article B does not look like English/)]);
    expect(r.pairs).toEqual([]);
    expect(r.sentences.b).toHaveLength(3);
  });

  it('counts pairs, only-A/only-B, conflicts and outdated claims', () => {
    const r = compareGold(/China admits Galwan deaths/);
    const c = r.summary.counts;
    expect(c.pairs).toBe(r.pairs.length);
    expect(c.onlyA + c.pairs).toBe(c.sentencesA);
    expect(c.onlyB + c.pairs).toBe(c.sentencesB);
    expect(c.conflicts).toBe(1);
    expect(r.summary.text).toMatch(/1 conflict on a date or figure/);
  });
});

describe('quotations', () => {
  it('same speaker, different wording: a changed quote, even when the pair is not the quote', () => {
    const r = compareGold(/Trump–Xi in Busan/);
    const q = r.quotes.find((x) => x.changed);
    expect(q?.speakerName).toMatch(/Trump/);
    expect(q?.quoteA).toMatch(/the meeting was a 12/);
    expect(q?.quoteB).toMatch(/a 12/);
  });

  it('finds the speaker of "he told" in the sentences before', () => {
    const r = compareGold(/Jaishankar in China/);
    const q = r.quotes.find((x) => x.quoteB.startsWith('India-China ties'));
    expect(q).toMatchObject({ changed: true, speaker: 'person.s-jaishankar' });
  });

  it('similar words by different speakers are not compared as one quote', () => {
    const r = compareGold(/24th Special Representatives/);
    expect(r.quotes).toEqual([]);
  });

  it('a quoted part of the same words: compared, a fragment, not a change', () => {
    const r = compareGold(/Modi–Xi in Tianjin/);
    const q = r.quotes.find((x) => x.quoteA.startsWith('We are committed'));
    expect(q).toMatchObject({ changed: false, fragment: true, speaker: 'person.narendra-modi' });
    const kazan = compareGold(/Kazan meeting, wire report/);
    expect(kazan.quotes.find((x) => x.quoteB === 'should be our priority')).toMatchObject({
      changed: false,
      fragment: true,
    });
  });

  it('the same quotation word for word is neither changed nor a fragment', () => {
    const text = '"We will come back to you," Jaiswal said.';
    const r = compareArticles(text, `${text} He did not elaborate.`, { factBase });
    expect(r.quotes).toEqual([expect.objectContaining({ changed: false, fragment: false })]);
  });
});

describe('conflicts and outdated claims', () => {
  it('a figure that differs for the same fact: a conflict, and the side the record supports', () => {
    const r = compareGold(/China admits Galwan deaths/);
    expect(r.conflicts).toEqual([
      expect.objectContaining({
        factId: 'quantity.galwan-pla-soldiers-killed',
        a: expect.objectContaining({ value: '4 people', verdict: 'consistent' }),
        b: expect.objectContaining({ value: '5 people', verdict: 'differs' }),
        supports: 'a',
      }),
    ]);
  });

  it('a corrected figure in a second version: a conflict the record settles for the first', () => {
    const r = compareGold(/Rare-earth explainer/);
    expect(r.conflicts.map((c) => [c.factId, c.supports])).toEqual([
      ['quantity.china-rare-earth-mine-production-2024', 'a'],
    ]);
  });

  it('a date the claim engine reads only through the aligned sentence of the other side', () => {
    const lead =
      "China's commerce ministry issued six announcements tightening export controls on rare-earth technologies and lithium batteries on Thursday.";
    const r = compareArticles(
      { text: `${lead} Most of the new rules will take effect on November 8.`, published: '2025-10-10' },
      { text: `${lead}\n\nMost of them take effect from November 1.`, published: '2025-10-11' },
      { factBase },
    );
    // B's date is read on the October controls' start, whether the claim engine ties it alone
    // (since ADR 0139, a start frame's date after the one instrument named just before) or
    // only through A's aligned sentence (ADR 0038's paragraph reading); either way one conflict.
    expect(r.conflicts).toEqual([
      expect.objectContaining({
        factId: 'event.mofcom-october-2025-controls-effective',
        a: expect.objectContaining({ value: '8 Nov 2025', sentence: 1 }),
        b: expect.objectContaining({
          quote: 'November 1',
          value: '1 Nov 2025',
          verdict: 'differs',
          sentence: 1,
        }),
        supports: 'a',
      }),
    ]);
  });

  it('a figure read through the other side when only the figure is kept and its words reworded', () => {
    const lead =
      "India's external affairs ministry said on Thursday that some Indian companies have received licences to import rare-earth magnets from China.";
    const b = `${lead} Around 45 other Indian bids are still pending, officials said.`;
    const r = compareArticles(
      {
        text: `${lead} About 25 more applications from Indian firms are still awaiting approval, officials said.`,
        published: '2025-10-31',
      },
      { text: b, published: '2025-11-01' },
      { factBase },
    );
    // B's figure alone is tied to no fact, and B's whole changed run put into A's sentence
    // ("Around 45 other Indian firms are…") loses the word that ties it: only the figure is swapped.
    // ("bids": the claim engine reads "45 other Indian applications" on its own since session 6.)
    expect(annotateWith(factBase, b, '2025-11-01')).not.toContainEqual(
      expect.objectContaining({
        kind: 'claim',
        factIds: ['quantity.rare-earth-licence-applications-pending'],
      }),
    );
    expect(r.conflicts).toEqual([
      expect.objectContaining({
        factId: 'quantity.rare-earth-licence-applications-pending',
        a: expect.objectContaining({ value: '25 count', sentence: 1 }),
        b: expect.objectContaining({ quote: 'Around 45 other', value: '45 count', sentence: 1 }),
      }),
    ]);
  });

  it('values that both fit the record are no conflict; an identical copy never conflicts with itself', () => {
    expect(compareGold(/Kazan meeting, wire report/).conflicts).toEqual([]);
    const g = gold(/the same article twice/);
    expect(
      compareArticles(
        { text: g.a.text, published: g.a.published },
        { text: g.a.text, published: g.a.published },
        { factBase },
      ).conflicts,
    ).toEqual([]);
  });

  it('reports outdated claims with their side and sentence', () => {
    const text =
      'Although Beijing lifted its curbs on urea exports in June, India was not included in the relaxation.';
    const r = compareArticles(
      { text, published: '2025-10-30' },
      { text: 'Nothing here.', published: null },
      { factBase },
    );
    expect(r.outdated).toEqual([
      expect.objectContaining({
        side: 'a',
        sentence: 0,
        factId: 'event.china-urea-easing-jun-2025-excluding-india',
      }),
    ]);
  });

  it('without a fact base: alignment only, no facts, conflicts or outdated claims', () => {
    const g = gold(/China admits Galwan deaths/);
    const r = compareArticles(g.a.text, g.b.text);
    expect(r.pairs.length).toBeGreaterThan(0);
    expect(r.facts).toEqual({ a: [], b: [], both: [] });
    expect(r.conflicts).toEqual([]);
    expect(r.outdated).toEqual([]);
  });
});
