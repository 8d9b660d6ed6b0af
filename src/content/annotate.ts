/**
 * The annotate feature as its own file, injected by the worker (`scripting.executeScript`,
 * ADR 0011) into the same isolated world as the probe, only on pages where the fact base
 * has something to say. It hands the feature to the probe, which starts and stops it.
 */
import { annotate } from './features/annotate';
import { glossGlobal } from './globals';

glossGlobal().__glossAnnotate = annotate;
