/**
 * Revisit in the worker (docs/adr/0019-revisit.md): a page whose probe was told the setting is on
 * asks which saved passages it has. The worker checks the setting and the site again (a page's
 * isolated world is not trusted to have been told), reads the clips filed under the page's URL or
 * its canonical link, and only when there are passages injects the revisit feature into that frame
 * and answers with their selectors. The content script never opens IndexedDB.
 */
import type { ClipMeta } from '../../core/clips/model';
import { revisitPassages, revisitUrls } from '../../core/clips/revisit';
import type { RequestOf, ResponseOf } from '../../core/messages';
import { isOffFor, type Settings } from '../../core/settings';
import type { Sender } from '../../platform/messaging';
import { ClipRepository } from '../../storage/clips';
import { GlossDb } from '../../storage/db';

export interface RevisitDeps {
  readonly settings: () => Promise<Settings>;
  /** The clips (metadata) filed under any of `urls`. */
  readonly clipsAt: (urls: readonly string[]) => Promise<readonly ClipMeta[]>;
  /** Injects the revisit feature into one frame (resolves when it has run). */
  readonly inject: (tabId: number, frameId: number) => Promise<void>;
}

/** The clips of `urls`, from a database opened for this question (the worker keeps no connection). */
export async function clipsAt(urls: readonly string[]): Promise<ClipMeta[]> {
  const db = new GlossDb();
  try {
    const repo = new ClipRepository(db);
    return (await Promise.all(urls.map((u) => repo.versionsOf(u)))).flat();
  } finally {
    db.close();
  }
}

const hostOf = (url: string | undefined): string => {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
};

const NONE: ResponseOf<'revisit/find'> = { passages: [] };

/**
 * `revisit/find`: the selectors of the saved passages of the sender's page, or none (setting off,
 * Gloss off for the site, nothing saved there). The URL looked up is the frame's own as the
 * browser reports it, and the page's canonical link only when `clipUrl` would have filed a save there.
 */
export async function onRevisitFind(
  payload: RequestOf<'revisit/find'>,
  sender: Sender,
  deps: RevisitDeps,
): Promise<ResponseOf<'revisit/find'>> {
  const tabId = sender.tab?.id;
  const frameUrl = sender.url ?? sender.tab?.url;
  if (tabId === undefined || !frameUrl) return NONE;
  const settings = await deps.settings();
  if (!settings.revisit || isOffFor(settings, hostOf(frameUrl))) return NONE;
  // The browser's word for the frame's URL, so a page cannot ask for another page's passages.
  const urls = revisitUrls(frameUrl, payload.canonical);
  if (!urls.length) return NONE;
  const passages = revisitPassages(await deps.clipsAt(urls));
  if (!passages.length) return NONE;
  if (!payload.loaded) await deps.inject(tabId, sender.frameId ?? 0);
  return { passages };
}
