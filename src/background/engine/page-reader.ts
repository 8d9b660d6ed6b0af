/**
 * Who reads a page's serialised copy for the worker (ADR 0039). The worker has no DOM in Chrome, and
 * an HTML parser in its own script (linkedom, ADR 0023) was compiled on every wake, before the first
 * answer, which never needs it: Chrome's worker asks its reader document (an offscreen page with the
 * platform's `DOMParser`, pages/reader/), Firefox's event page parses with its own `DOMParser`
 * (page-reader-here.ts). Either way the reading comes back as data (core/page-map.ts).
 */
import type { Result } from '../../core/envelope';
import type { PageMap } from '../../core/page-map';

/** Reads pages' serialised documents for the worker. */
export interface PageReader {
  /** The article of `html` and its map to the page's text; null when it has none. */
  read(html: string): Promise<PageMap | null>;
  /** Makes the reader ready to read (Chrome: its document opened), e.g. while a page loads. */
  warm(): Promise<void>;
}

/** The reader document's page, in the package (vite.config.ts builds it for Chrome). */
export const READER_PAGE = 'src/pages/reader/index.html';
/** Why Gloss opens it (Chrome shows this nowhere to readers; the API requires one). */
export const READER_JUSTIFICATION = "Read the article of a page's serialised copy (Readability needs a DOM).";

export interface OffscreenReaderDeps {
  /** Is the reader document open? */
  readonly exists: () => Promise<boolean>;
  /** Opens it (resolves once it has loaded). */
  readonly open: () => Promise<void>;
  /** Asks the reader document to read `html` (`page/read`). */
  readonly ask: (html: string) => Promise<Result<PageMap | null>>;
}

/**
 * The reader for Chrome's worker: its offscreen document, opened on first need in a worker's life
 * unless it is already open (it outlives the worker), and opened again if Chrome closed it meanwhile.
 */
export class OffscreenReader implements PageReader {
  /** The document is known to be open in this worker's life. */
  private open = false;
  private opening: Promise<void> | null = null;

  constructor(private readonly deps: OffscreenReaderDeps) {}

  /** Opens the document unless it is open; concurrent callers share one opening. */
  warm(): Promise<void> {
    if (this.open) return Promise.resolve();
    this.opening ??= (async () => {
      try {
        if (!(await this.deps.exists())) await this.deps.open();
        this.open = true;
      } finally {
        this.opening = null;
      }
    })();
    return this.opening;
  }

  async read(html: string): Promise<PageMap | null> {
    const known = this.open;
    await this.warm();
    const first = await this.deps.ask(html);
    if (first.ok) return first.value;
    // Known open, yet no answer: the document may have been closed since; opened again, asked once more.
    if (known && !(await this.deps.exists())) {
      this.open = false;
      await this.warm();
      const again = await this.deps.ask(html);
      if (again.ok) return again.value;
      throw new Error(again.error);
    }
    throw new Error(first.error);
  }
}

/** A reader made on first use (`make` may load its code then: Firefox's event page can `import()`). */
export function lazyReader(make: () => Promise<PageReader>): PageReader {
  let made: Promise<PageReader> | null = null;
  const reader = () => {
    made ??= make().catch((e: unknown) => {
      made = null;
      throw e;
    });
    return made;
  };
  return {
    read: async (html) => (await reader()).read(html),
    warm: async () => {
      await (await reader()).warm();
    },
  };
}
