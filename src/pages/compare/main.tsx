/** Compare entry: wires the Compare component to storage, the worker, messaging and downloads. */
import { render } from 'preact';
import { send } from '../../platform/messaging';
import { GlossDb } from '../../storage/db';
import { localise, openSettingsStore } from '../shared/platform-services';
import { Compare } from './Compare';
import { workerHtmlParser, workerRunner } from './engine-client';
import { writeReport } from './report-writer';
import { createCompareService } from './service';
import { refsFromUrl } from './sources';
import type { ToWorker } from './worker-protocol';

/** Offers a file as a download (an object URL, released once the click has started it). */
function download(file: { name: string; type: string; data: string }): void {
  const url = URL.createObjectURL(new Blob([file.data], { type: file.type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

async function start(root: HTMLElement): Promise<void> {
  const worker = new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' });
  // A second instance reads side B's facts while the first reads side A's (facts-helper.ts).
  const helper = new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' });
  const channel = new MessageChannel();
  helper.postMessage({ type: 'serve' } satisfies ToWorker, [channel.port2]);
  worker.postMessage({ type: 'helper' } satisfies ToWorker, [channel.port1]);
  const service = createCompareService(new GlossDb(), {
    tab: async (tabId) => {
      const reply = await send('compare/tab', { tabId });
      if (!reply.ok) throw new Error(reply.error);
      return reply.value;
    },
    run: workerRunner(worker),
    report: writeReport,
    parseHtml: workerHtmlParser(worker),
  });
  // Files dropped outside a slot must not replace the page.
  for (const type of ['dragover', 'drop'] as const)
    document.addEventListener(type, (e) => e.preventDefault());
  render(
    <Compare
      store={await openSettingsStore()}
      localise={localise}
      service={service}
      save={download}
      refs={refsFromUrl(location.search)}
      setQuery={(query) => history.replaceState(null, '', `${location.pathname}${query}`)}
    />,
    root,
  );
}

void start(document.getElementById('app') as HTMLElement);
