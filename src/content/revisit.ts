/**
 * The revisit feature as its own file, injected by the worker (`scripting.executeScript`) only
 * where the reader chose to see saved passages again and the page has some (docs/adr/0019-revisit.md).
 * It hands the feature to the probe, which starts it with the passages and stops it on navigation.
 */
import { startRevisit } from './features/revisit';
import { glossGlobal } from './globals';

glossGlobal().__glossRevisit = (passages, signal) => startRevisit(window, passages, signal);
