/** Library entry: wires the Library component to storage and the browser (platform/). */
import { render } from 'preact';
import { rememberCanary, rememberedCanary, requestPersistence } from '../../platform/durability';
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
    />,
    root,
  );
}

void start(document.getElementById('app') as HTMLElement);
