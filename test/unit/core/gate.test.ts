/** The worker's first gate on a page's title and URL (src/core/gate.ts, ADR 0021). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFactBase } from '../../../scripts/vite/fact-base-plugin';
import { buildFactBase } from '../../../src/core/facts/factbase';
import type { FactPack } from '../../../src/core/facts/schema';
import { gateVocabulary, passesGate, urlWords } from '../../../src/core/gate';
import { testFact } from '../../support/facts';

const ROOT = new URL('../../../', import.meta.url).pathname;

const pack = (facts: FactPack['facts'], id = 'p'): FactPack => ({
  schemaVersion: 1,
  id,
  version: '1.0.0',
  title: id,
  lang: 'en',
  facts,
});

describe('gate vocabulary', () => {
  const base = buildFactBase([
    pack([
      testFact('place.galwan', [{ text: 'Galwan Valley' }, { text: 'Galwan' }]),
      testFact('org.lac', [{ text: 'LAC', caseSensitive: true }]),
      testFact('topic.licence', [{ text: 'import licence', inflect: true }], {
        keywords: ['rare earth magnets', 'patrolling', 'disengagement'],
        cues: [{ allOf: [['fertiliser curbs'], ['eased']] }],
      }),
    ]),
  ]);
  const v = gateVocabulary(base);
  const pass = (title: string, url = 'https://news.example/') => passesGate(v, title, url);

  it('passes a title that names an alias, in any case, as whole words', () => {
    expect(pass('Five years after Galwan: what changed')).toBe(true);
    expect(pass('GALWAN VALLEY REVISITED')).toBe(true);
    expect(pass('Galwanised steel prices')).toBe(false);
  });

  it('passes spelling variants and plurals of an inflected alias', () => {
    expect(pass('New import licenses for magnets')).toBe(true);
    expect(pass('Import licences granted')).toBe(true);
  });

  it('matches a case-sensitive alias only in its own case', () => {
    expect(pass('Talks on the LAC resume')).toBe(true);
    expect(pass('A lac of rupees')).toBe(false);
  });

  it('passes a keyword of several words alone, but a single story word only with a second of the same fact', () => {
    expect(pass('Rare earth magnets: the supply squeeze')).toBe(true);
    expect(pass('Patrolling resumes in the north')).toBe(false);
    expect(pass('Patrolling resumes after disengagement')).toBe(true);
    // A claim cue's groups: one group is one piece of evidence, two groups pass.
    expect(pass('Markets eased on Friday')).toBe(false);
    expect(pass('Fertiliser curbs eased')).toBe(true);
  });

  it('reads the words of the URL path, not its host or query', () => {
    expect(pass('Home', 'https://news.example/world/2020/06/galwan-valley-clash.html')).toBe(true);
    expect(pass('Home', 'https://galwan.example/world/?q=galwan#galwan')).toBe(false);
    expect(urlWords('https://x.example/a%20b/c_d-e.f?x=1')).toBe(' a b c d e f');
    expect(urlWords('https://x.example/%E0%A4%zz')).toBe(' %E0%A4%zz');
    expect(urlWords('not a url')).toBe('');
  });

  it('fails a page that names nothing the base knows', () => {
    expect(pass('Nintendo launches its first iPhone game', 'https://news.example/tech/nintendo')).toBe(false);
    expect(pass('')).toBe(false);
  });

  it("follows the base value: a reader's pack opens the gate to its own aliases", () => {
    const withPack = buildFactBase([
      pack([testFact('place.galwan', [{ text: 'Galwan' }])]),
      pack([testFact('event.chandrayaan-3', [{ text: 'Chandrayaan-3' }])], 'moon'),
    ]);
    expect(passesGate(gateVocabulary(withPack), 'Chandrayaan-3 lands', 'https://x.example/')).toBe(true);
    expect(pass('Chandrayaan-3 lands')).toBe(false);
  });
});

describe('gate on the bundled base', () => {
  const base = loadFactBase(join(ROOT, 'src/data'));
  const v = gateVocabulary(base);
  const titleOf = (file: string) => /<title>([^<]*)<\/title>/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';

  it('passes every seed page and every eval article about the stories by its title alone', () => {
    const titles = [
      titleOf(join(ROOT, 'test/fixtures/seeds/coverage-a.html')),
      titleOf(join(ROOT, 'test/fixtures/seeds/coverage-b.html')),
    ];
    for (const dir of ['articles', 'holdout']) {
      const folder = join(ROOT, 'test/fixtures/eval', dir);
      for (const name of readdirSync(folder)) {
        if (!name.endsWith('.json')) continue;
        const article = JSON.parse(readFileSync(join(folder, name), 'utf8'));
        // Trap articles are about something else: the gate may skip them (that is its job).
        if (article.style !== 'trap') titles.push(article.title);
      }
    }
    const missed = titles.filter((t) => !passesGate(v, t, 'https://news.example/article'));
    expect(missed).toEqual([]);
  });
});
