/**
 * The compare page's current tab in the worker (`compare/tab`): only Gloss's extension pages may
 * ask; the clip feature's draft becomes an unsaved clip through clipFromDraft; a tab Gloss cannot
 * reach, or without an article, says why. And the two new messages' runtime guards.
 */
import { describe, expect, it, vi } from 'vitest';
import { fromExtensionPage, onCompareTab } from '../../../src/background/handlers/compare';
import type { DraftDeps } from '../../../src/core/clips/draft';
import { type ClipDraft, makeRequest, parseRequest } from '../../../src/core/messages';
import type { Sender } from '../../../src/platform/messaging';

const PAGE: Sender = { id: 'gloss', url: 'chrome-extension://abc/src/pages/compare/index.html?a=tab:3' };
const FIREFOX_PAGE: Sender = { id: 'gloss', url: 'moz-extension://1234-5678/src/pages/compare/index.html' };
const CONTENT: Sender = { id: 'gloss', url: 'https://hostile.example/', tab: { id: 9 } as Sender['tab'] };

const TEXT = 'China granted licences to Indian firms.\nThe ministry said so on Thursday.';
const draft: ClipDraft = {
  url: 'https://news.example/story?utm_source=x',
  canonical: null,
  title: 'Licences',
  site: 'News',
  byline: null,
  published: '2025-10-30',
  lang: 'en',
  article: { text: TEXT, html: '<p>China granted licences…</p>' },
  passage: { start: 0, end: 5, context: null },
  annotations: [],
  note: 'a note typed elsewhere',
};
const deps = (): DraftDeps => ({
  id: '00000000-0000-4000-8000-000000000001',
  now: 1_700_000_000_000,
  factBaseVersion: 'gloss-base@test',
  knows: () => true,
  annotate: () => [],
});

describe('compare/tab', () => {
  it('answers only Gloss’s own pages, in both browsers', async () => {
    expect(fromExtensionPage(PAGE)).toBe(true);
    expect(fromExtensionPage(FIREFOX_PAGE)).toBe(true);
    expect(fromExtensionPage(CONTENT)).toBe(false);
    const inject = vi.fn(async () => undefined);
    await expect(
      onCompareTab({ tabId: 3 }, CONTENT, {
        inject,
        draft: async () => ({ ok: true, value: { draft } }),
        deps,
      }),
    ).rejects.toThrow(/only for Gloss/);
    expect(inject).not.toHaveBeenCalled();
  });

  it('builds the tab’s article as a clip (the whole article, no note), and stores nothing', async () => {
    const inject = vi.fn(async () => undefined);
    const ask = vi.fn(async () => ({ ok: true as const, value: { draft } }));
    const out = await onCompareTab({ tabId: 3 }, PAGE, { inject, draft: ask, deps });
    expect(inject).toHaveBeenCalledWith(3, 0);
    expect(ask).toHaveBeenCalledWith(3, 0);
    if (!out.found) throw new Error(out.reason);
    expect(out.clip).toMatchObject({
      kind: 'article',
      url: 'https://news.example/story',
      note: '',
      passages: [],
      article: { text: TEXT },
    });
  });

  it('says why there is no article: unreachable tab, refused draft, no reply', async () => {
    const base = { draft: async () => ({ ok: true as const, value: { draft } }), deps };
    const failing = async () => {
      throw new Error('Cannot access a chrome:// URL');
    };
    expect(await onCompareTab({ tabId: 3 }, PAGE, { ...base, inject: failing })).toMatchObject({
      found: false,
      reason: 'unreachable',
      detail: 'Cannot access a chrome:// URL',
    });
    const inject = async () => undefined;
    expect(
      await onCompareTab({ tabId: 3 }, PAGE, {
        inject,
        deps,
        draft: async () => ({ ok: true, value: { refused: 'nothing' } }),
      }),
    ).toEqual({ found: false, reason: 'nothing' });
    expect(
      await onCompareTab({ tabId: 3 }, PAGE, {
        inject,
        deps,
        draft: async () => ({ ok: false, error: 'gone' }),
      }),
    ).toEqual({ found: false, reason: 'unreachable', detail: 'gone' });
    expect(
      await onCompareTab({ tabId: 3 }, PAGE, {
        inject,
        deps,
        draft: async () => ({ ok: true, value: { draft: { ...draft, url: 'chrome://settings/' } } }),
      }),
    ).toEqual({ found: false, reason: 'not-web' });
  });

  it('checks both messages at run time', () => {
    expect(parseRequest(makeRequest('compare/tab', { tabId: 12 }))).not.toBeNull();
    expect(parseRequest({ gloss: 1, name: 'compare/tab', payload: { tabId: -1 } })).toBeNull();
    expect(parseRequest({ gloss: 1, name: 'compare/tab', payload: { tabId: '12' } })).toBeNull();
    expect(parseRequest(makeRequest('clip/draft', {}))).not.toBeNull();
    expect(parseRequest({ gloss: 1, name: 'clip/draft', payload: { scope: 'article' } })).toBeNull();
  });
});
