/**
 * Versions of one URL (issue #10): saving a page again stores a new clip beside the old one
 * (never an overwrite), through the worker's real save handler and the clip repository, and
 * `versionsOf` lists them oldest first with their own texts, which compare opens two of.
 */
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { onSaveClip, PendingSaves, type SaveDeps } from '../../../src/background/handlers/clips';
import type { ClipDraft } from '../../../src/core/messages';
import { ClipRepository } from '../../../src/storage/clips';
import { GlossDb } from '../../../src/storage/db';

let db: GlossDb;
let repo: ClipRepository;
beforeEach(async () => {
  db = new GlossDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  repo = new ClipRepository(db);
});
afterEach(() => db.close());

const FIRST = 'China granted licences to four Indian firms.\nThe talks were held on Monday.';
const SECOND = 'China granted licences to five Indian firms.\nThe talks were held on Monday.\nA new line.';

const draft = (text: string, url: string): ClipDraft => ({
  url,
  canonical: null,
  title: 'Licences',
  site: 'Example',
  byline: null,
  published: '2025-10-30',
  lang: 'en',
  article: { text, html: `<p>${text}</p>` },
  passage: null,
  annotations: [],
  note: '',
});

/** The save handler with the real clip builder and repository; ids and clock advance per save. */
function saver(): SaveDeps {
  let n = 0;
  return {
    deps: () => {
      n += 1;
      return {
        id: `00000000-0000-4000-8000-00000000000${n}`,
        now: 1_700_000_000_000 + n * 60_000,
        factBaseVersion: 'gloss-base@test',
        knows: () => true,
        annotate: () => [],
      };
    },
    store: (clip) => repo.save(clip),
  };
}

const sender = { tab: { id: 7 }, frameId: 0 } as Parameters<typeof onSaveClip>[1];

/** A save as the worker makes it: a token handed to the frame, brought back with the draft. */
function saveAs(body: ClipDraft, save: ReturnType<typeof saver>) {
  const pending = new PendingSaves();
  return onSaveClip({ draft: body, token: pending.begin(7, 0) }, sender, pending, save);
}

describe('versions of one URL', () => {
  it('saving a URL again keeps the first save and adds a new version', async () => {
    const save = saver();
    const url = 'https://news.example/story?utm_source=feed';
    const one = await saveAs(draft(FIRST, url), save);
    const two = await saveAs(draft(SECOND, `${url}#comments`), save);
    expect(one.saved && two.saved).toBe(true);
    if (!one.saved || !two.saved) return;
    expect(one.id).not.toBe(two.id);

    const versions = await repo.versionsOf('https://news.example/story');
    expect(versions.map((v) => v.id)).toEqual([one.id, two.id]);
    expect(versions[0]?.savedAt).toBeLessThan(versions[1]?.savedAt ?? 0);
    expect((await repo.get(one.id))?.article?.text).toBe(FIRST);
    expect((await repo.get(two.id))?.article?.text).toBe(SECOND);
  });

  it('keeps other pages out of a page’s versions', async () => {
    const save = saver();
    await saveAs(draft(FIRST, 'https://news.example/a'), save);
    await saveAs(draft(FIRST, 'https://news.example/b'), save);
    expect(await repo.versionsOf('https://news.example/a')).toHaveLength(1);
  });
});
