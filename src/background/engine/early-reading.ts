/**
 * The reading a woken worker's first answer left out (ADR 0028), made right after the answer from the
 * document the probe sent, for the `page/parse` the page's annotate feature then sends: the parse runs
 * while the answer travels and the feature starts, instead of after its message arrives. Held for one
 * frame at a time, handed only to the frame that sent the document and only for the same document (a
 * page changed in between is read again), and dropped once handed over or replaced.
 */
export class EarlyReading<T> {
  private held: { key: string; html: string; reading: T } | null = null;

  /**
   * Reads `html` for the frame `key` now (`read` runs at once) and keeps the result for it. A read
   * that throws keeps nothing: the page's own `page/parse` reads again and gets the error.
   */
  make(key: string, html: string, read: (html: string) => T): void {
    this.held = null;
    try {
      this.held = { key, html, reading: read(html) };
    } catch {
      // nothing kept
    }
  }

  /** The reading made for `key` from exactly `html`, once; undefined when there is none. */
  take(key: string, html: string): T | undefined {
    const held = this.held;
    if (!held || held.key !== key) return undefined;
    this.held = null;
    return held.html === html ? held.reading : undefined;
  }
}

/** The key of a message's sending frame (`tabId:frameId`), or null when it is not from a tab. */
export function frameKey(sender: { tab?: { id?: number }; frameId?: number }): string | null {
  const tabId = sender.tab?.id;
  return tabId === undefined ? null : `${tabId}:${sender.frameId ?? 0}`;
}
