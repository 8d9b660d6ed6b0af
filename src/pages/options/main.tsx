/** Options entry: wires the Options component to the browser (platform/). */
import { render } from 'preact';
import { localise, openSettingsStore } from '../shared/platform-services';
import { Options } from './Options';

async function start(root: HTMLElement): Promise<void> {
  render(<Options store={await openSettingsStore()} localise={localise} />, root);
}

void start(document.getElementById('app') as HTMLElement);
