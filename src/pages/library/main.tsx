/** Library entry: wires the Library component to storage and the browser (platform/). */
import { render } from 'preact';
import { rememberCanary, rememberedCanary, requestPersistence } from '../../platform/durability';
import { send } from '../../platform/messaging';
import { GlossDb } from '../../storage/db';
import { localise, openSettingsStore } from '../shared/platform-services';
import { Library, queryFromUrl } from './Library';
import type { OutFile } from './service';
import { createLibraryService } from './service';

/** Offers a file as a download (an object URL, released once the click has started it). */
function download(file: OutFile): void {
  const blob = new Blob([file.data as BlobPart], { type: file.type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The worker annotates a stored article with the current fact base, as it does a page's (ADR 0011). */
async function analyze(text: string, published: string | null) {
  const reply = await send('page/analyze', { text, published });
  return reply.ok ? reply.value : null;
}

async function start(root: HTMLElement): Promise<void> {
  const service = createLibraryService(new GlossDb(), {
    requestPersistence,
    rememberedCanary,
    rememberCanary,
  });
  render(
    <Library
      store={await openSettingsStore()}
      localise={localise}
      service={service}
      save={download}
      initialQuery={queryFromUrl(location.search)}
      analyze={analyze}
    />,
    root,
  );
}

void start(document.getElementById('app') as HTMLElement);
