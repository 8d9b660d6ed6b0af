/**
 * The clip feature as its own file, injected by the worker (`scripting.executeScript`) into
 * the frame the reader saves from, only when they save (docs/adr/0014-save-flow.md): pages
 * never load it otherwise. Injected again on the next save, it starts only once per world.
 */
import { startClip } from './features/clip';
import { glossGlobal } from './globals';

const g = glossGlobal();
if (!g.__glossClip) {
  g.__glossClip = true;
  startClip(window);
}
