/** Options entry: wires the Options component to the browser (platform/). */
import { render } from 'preact';
import { send } from '../../platform/messaging';
import { writePacksFlag } from '../../platform/packs-flag';
import { GlossDb } from '../../storage/db';
import { localise, openSettingsStore } from '../shared/platform-services';
import { Options } from './Options';
import { createPackService } from './pack-service';

/** Tells the worker that packs changed; it reloads its fact base before the next page. */
async function notifyWorker(): Promise<void> {
  const reply = await send('packs/changed', {});
  if (!reply.ok) throw new Error(reply.error);
}

async function start(root: HTMLElement): Promise<void> {
  // Before each change the worker is told to read IndexedDB on its next wake; its reload says what is stored.
  const packs = createPackService(new GlossDb(), notifyWorker, () => writePacksFlag(true));
  render(<Options store={await openSettingsStore()} localise={localise} packs={packs} />, root);
}

void start(document.getElementById('app') as HTMLElement);
