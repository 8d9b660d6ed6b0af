/**
 * The reader's settings read ahead for a probe (ADR 0033): when the worker injects the probe into a tab,
 * it starts reading the settings, and the probe's message from that tab takes the read instead of asking
 * storage after it arrives. On a loaded machine the storage round trip after the message was a visible
 * part of a woken worker's first answer; started at the injection, it overlaps the browser's injecting.
 * The read is a snapshot like any other, taken some milliseconds earlier; a change of the settings drops
 * every read made ahead (the probe of a page that never spoke at once, e.g. one with too much text, may
 * ask much later). Held for the worker's lifetime only; taken once.
 */
import type { Settings } from '../../core/settings';

export class SettingsAhead {
  private readonly byTab = new Map<number, Promise<Settings>>();

  constructor(private readonly read: () => Promise<Settings>) {}

  /** The probe is being injected into `tabId`: start reading the settings for its message. */
  start(tabId: number): void {
    const read = this.read();
    read.catch(() => undefined); // a failed read is the taker's to see (or nobody's)
    this.byTab.set(tabId, read);
  }

  /** The read started for `tabId`'s probe, once; else a fresh read. */
  take(tabId: number | undefined): Promise<Settings> {
    const ahead = tabId === undefined ? undefined : this.byTab.get(tabId);
    if (tabId !== undefined) this.byTab.delete(tabId);
    return ahead ?? this.read();
  }

  /** The tab closed before its probe spoke: drop the read. */
  forget(tabId: number): void {
    this.byTab.delete(tabId);
  }

  /** The settings changed: every read made ahead may be stale, so none is taken. */
  clear(): void {
    this.byTab.clear();
  }
}
