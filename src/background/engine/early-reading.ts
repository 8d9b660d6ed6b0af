/**
 * The reading a woken worker's first answer left out (ADR 0028), made right after the answer from the
 * document the probe sent, for the `page/parse` the page's annotate feature then sends: the parse runs
 * while the answer travels and the feature starts, instead of after its message arrives. Held for one
 * frame at a time, handed only to the frame that sent the document and only for the same document (a
 * page changed in between is read again), and dropped once handed over or replaced.
 */
export class EarlyReading<T> {
  private held: { key: string; html: string; reading: Promise<T | undefined> } | null = null;

  /**
   * Reads `html` for the frame `key` now (`read` starts at once) and keeps the result for it. A read
   * that fails keeps nothing: the page's own `page/parse` reads again and gets the error.
   */
  make(key: string, html: string, read: (html: string) => Promise<T>): void {
    this.held = null;
    let reading: Promise<T | undefined>;
    try {
      reading = read(html).catch(() => undefined);
    } catch {
      return;
    }
    this.held = { key, html, reading };
  }

  /**
   * The reading made (or still being made) for `key` from exactly `html`, once; undefined when there
   * is none or it failed.
   */
  async take(key: string, html: string): Promise<T | undefined> {
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
