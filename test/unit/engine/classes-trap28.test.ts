/**
 * A page that never names the base's party is about something else (issue #7, ADR 0116): sentences
 * written for the rule (not from the eval corpus or the stress sets), checked to fail without it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../../src/core/annotate';
import { BUNDLED_PACKS } from '../../../src/core/facts/bundled';
import { annotateWith, buildFactBase } from '../../../src/core/facts/factbase';
import type { FactPack } from '../../../src/core/facts/schema';
import { namedInPassing, namesBaseParty } from '../../../src/core/page-topic';
import { factById, matcher } from './claims-of';

const ROOT = new URL('../../../', import.meta.url).pathname;

const records = (text: string, wholePage?: boolean) =>
  annotateText(text, {
    matcher,
    factById,
    published: '2025-10-10',
    ...(wholePage === undefined ? {} : { wholePage }),
  });

// Another country's export rules, in the base's words: "commerce ministry", "Announcement No. 61",
// controls effective "December 1", "truce", "tariffs". Six sentences, no word for China.
const OTHER = [
  'The commerce ministry of Norvania issued Announcement No. 61 on Thursday, restricting exports of rare earth concentrate.',
  'The controls take effect on December 1 and require exporters to apply for licences.',
  'Norvania said the measures were needed to build a domestic smelting industry.',
  'Its neighbours said they would seek talks.',
  'A trade truce between the two sides agreed in May had cut tariffs on steel.',
  'The ministry said it would review the list in one year.',
];

describe('a page that never names the base’s party gets no cards (page-topic.ts)', () => {
  it('another country’s announcement, controls and truce: no card, no differs', () => {
    expect(records(OTHER.join(' '))).toEqual([]);
  });
  it('the same page naming China keeps its cards', () => {
    const text = OTHER.join(' ').replace('Its neighbours', 'China and Japan');
    expect(records(text).length).toBeGreaterThan(0);
  });
  it('a page naming one of the party’s people in full keeps its cards', () => {
    const text = OTHER.join(' ').replace(
      'Its neighbours said',
      'Foreign Minister Wang Yi said in a call that his neighbours',
    );
    expect(records(text).length).toBeGreaterThan(0);
  });
  it('a part of a page (wholePage: false) and a short text keep their cards', () => {
    expect(records(OTHER.join(' '), false).length).toBeGreaterThan(0);
    expect(records(OTHER.slice(0, 2).join(' ')).length).toBeGreaterThan(0);
  });
  it('the party’s names', () => {
    for (const t of [
      'in China',
      'Chinese exports',
      'Beijing said',
      'Sino-Indian ties',
      'MOFCOM',
      'Xi Jinping',
      "the People's Liberation Army",
    ])
      expect(namesBaseParty(t)).toBe(true);
    for (const t of ['Xi Rong', 'Indochinese', 'Latin America and the Caribbean'])
      expect(namesBaseParty(t)).toBe(false);
    const two = [
      { factId: 'a', place: false },
      { factId: 'b', place: false },
    ];
    expect(
      namedInPassing(
        () => 6,
        two,
        () => false,
      ),
    ).toBe(true);
    expect(
      namedInPassing(
        () => 6,
        two,
        () => true,
      ),
    ).toBe(false);
    expect(
      namedInPassing(
        () => 3,
        two,
        () => false,
      ),
    ).toBe(false);
  });
});

describe("a reader's pack is not held to the bundled base's party (ADR 0116)", () => {
  // The e2e fixture's article about the Chandrayaan-3 anniversary: five sentences and more, two of the
  // example pack's facts, and no word for China: it is the reader's pack's subject, not a trap.
  const page = readFileSync(join(ROOT, 'test/fixtures/packs/chandrayaan.html'), 'utf8')
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 60)
    .join('\n');
  const moon = JSON.parse(readFileSync(join(ROOT, 'docs/examples/chandrayaan-3.json'), 'utf8')) as FactPack;

  it('cards a pack fact on a page that never names China', () => {
    expect(namesBaseParty(page)).toBe(false);
    const base = buildFactBase([...BUNDLED_PACKS, moon]);
    const ids = new Set(annotateWith(base, page, '2024-08-20').flatMap((r) => r.factIds));
    expect([...ids].filter((id) => base.card.packTitle?.(id))).not.toEqual([]);
  });

  it('still gives no card to the bundled base alone on such a page', () => {
    const bundledOnly = buildFactBase([...BUNDLED_PACKS, { ...moon, id: 'moon-as-bundled' }], {
      bundled: 2,
    });
    expect(annotateWith(bundledOnly, page, '2024-08-20')).toEqual([]);
  });
});
