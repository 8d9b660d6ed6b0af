import { describe, expect, it, vi } from 'vitest';
import { onRevisitFind, type RevisitDeps } from '../../../src/background/handlers/revisit';
import type { ClipMeta } from '../../../src/core/clips/model';
import { splitClip } from '../../../src/core/clips/model';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings';
import type { Sender } from '../../../src/platform/messaging';
import { sampleClip } from '../../support/clips';

const CLIP = splitClip(sampleClip({ note: 'a private note', tags: ['private-tag'] })).meta;
const PAGE = 'https://example.org/news/lac-patrols?utm_source=feed#comments';

function deps(settings: Partial<Settings>, clips: readonly ClipMeta[] = [CLIP]) {
  const byUrl = vi.fn(async (urls: readonly string[]) => clips.filter((c) => urls.includes(c.url)));
  const inject = vi.fn(async () => {});
  const d: RevisitDeps = {
    settings: async () => ({ ...DEFAULT_SETTINGS, ...settings }),
    clipsAt: byUrl,
    inject,
  };
  return { d, byUrl, inject };
}

const sender = (url = PAGE, frameId = 0): Sender => ({ tab: { id: 7, url } as Sender['tab'], url, frameId });

describe('revisit/find in the worker', () => {
  it('with the setting off (the default) it answers nothing and reads no clip', async () => {
    const { d, byUrl, inject } = deps({});
    expect(await onRevisitFind({ canonical: null, loaded: false }, sender(), d)).toEqual({ passages: [] });
    expect(byUrl).not.toHaveBeenCalled();
    expect(inject).not.toHaveBeenCalled();
  });

  it('with it on, the page gets the selectors of its saved passages and the feature, and nothing else', async () => {
    const { d, byUrl, inject } = deps({ revisit: true });
    const answer = await onRevisitFind({ canonical: null, loaded: false }, sender(), d);
    expect(byUrl).toHaveBeenCalledWith(['https://example.org/news/lac-patrols']);
    expect(answer.passages).toEqual([
      { quote: CLIP.passages[0]?.quote, position: CLIP.passages[0]?.position },
    ]);
    expect(inject).toHaveBeenCalledWith(7, 0);
    const wire = JSON.stringify(answer);
    for (const secret of ['a private note', 'private-tag', CLIP.title, CLIP.id])
      expect(wire).not.toContain(secret);
  });

  it('injects into the asking frame, and not again when the feature is already there', async () => {
    const { d, inject } = deps({ revisit: true });
    await onRevisitFind({ canonical: null, loaded: false }, sender(PAGE, 3), d);
    expect(inject).toHaveBeenCalledWith(7, 3);
    inject.mockClear();
    const again = await onRevisitFind({ canonical: null, loaded: true }, sender(), d);
    expect(again.passages).toHaveLength(1);
    expect(inject).not.toHaveBeenCalled();
  });

  it('a page with nothing saved gets nothing injected', async () => {
    const { d, inject } = deps({ revisit: true });
    expect(
      await onRevisitFind({ canonical: null, loaded: false }, sender('https://example.org/other'), d),
    ).toEqual({
      passages: [],
    });
    expect(inject).not.toHaveBeenCalled();
  });

  it('finds a clip filed under the canonical link, but a page cannot claim another site', async () => {
    const { d } = deps({ revisit: true });
    const amp = 'https://amp.example.org/story/1';
    const canonical = 'https://example.org/news/lac-patrols';
    expect((await onRevisitFind({ canonical, loaded: true }, sender(amp), d)).passages).toHaveLength(1);
    const hostile = 'https://attacker.test/page';
    expect((await onRevisitFind({ canonical, loaded: true }, sender(hostile), d)).passages).toEqual([]);
  });

  it('nothing where Gloss is off for the site or paused, or without a tab', async () => {
    for (const s of [{ disabledSites: ['example.org'] }, { enabled: false }]) {
      const { d } = deps({ revisit: true, ...s });
      expect((await onRevisitFind({ canonical: null, loaded: true }, sender(), d)).passages).toEqual([]);
    }
    const { d } = deps({ revisit: true });
    expect((await onRevisitFind({ canonical: null, loaded: true }, { url: PAGE }, d)).passages).toEqual([]);
  });
});
