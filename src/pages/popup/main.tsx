/** Popup entry: wires the Popup component to the browser (platform/). */
import { render } from 'preact';
import type { PageSummary } from '../../core/messages';
import { send } from '../../platform/messaging';
import { openCompare, openLibrary, openOptionsPage } from '../../platform/runtime';
import { localise, openSettingsStore } from '../shared/platform-services';
import { Popup } from './Popup';
import {
  checkPage,
  loadPageSummary,
  loadRevisitStatus,
  openAnnotation,
  skippedPage,
  targetTab,
} from './summary';

async function start(root: HTMLElement): Promise<void> {
  const tab = targetTab(location.search).catch(() => undefined);
  const ask = () => tab.then(loadPageSummary).catch(() => null);
  // Ask the page at once: its answer is the slow part, and settings are read meanwhile.
  let first: Promise<PageSummary | null> | null = ask();
  const loadSummary = () => {
    const answer = first ?? ask();
    first = null;
    return answer;
  };
  const loadRevisit = () => tab.then(loadRevisitStatus).catch(() => null);
  render(
    <Popup
      store={await openSettingsStore()}
      localise={localise}
      loadSummary={loadSummary}
      open={async (id) => openAnnotation(await tab, id)}
      openOptions={openOptionsPage}
      saveClip={async (note) => {
        const tabId = await tab;
        if (tabId === undefined) return { saved: false, reason: 'unreachable' };
        const reply = await send('clips/take', { tabId, scope: 'auto', note });
        return reply.ok ? reply.value : { saved: false, reason: 'unreachable', detail: reply.error };
      }}
      openLibrary={() => openLibrary()}
      openCompare={async () => {
        const tabId = await tab;
        await openCompare(tabId === undefined ? '' : `?a=tab:${tabId}`);
      }}
      close={() => window.close()}
      loadRevisit={loadRevisit}
      loadSkipped={() => tab.then(skippedPage).catch(() => null)}
      check={() => tab.then(checkPage).catch(() => false)}
    />,
    root,
  );
}

void start(document.getElementById('app') as HTMLElement);
