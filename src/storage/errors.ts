/**
 * Storage failures as the reader should hear them. IndexedDB reports a full disk or an
 * exhausted quota as `QuotaExceededError`, which Dexie wraps (`inner`) and browsers word
 * differently; every such failure becomes one `ClipStorageError` of kind `quota`. The
 * transaction that failed is aborted by IndexedDB, so nothing of it was written.
 */

export type StorageFailure = 'quota' | 'invalid' | 'missing' | 'other';

/** A clip store operation that failed and wrote nothing. */
export class ClipStorageError extends Error {
  constructor(
    readonly kind: StorageFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ClipStorageError';
  }
}

/** True when `error` (or what it wraps) is a quota failure. */
export function isQuotaFailure(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 5; depth++) {
    const { name, message } = e as { name?: unknown; message?: unknown };
    if (/quota/i.test(`${String(name)} ${String(message)}`)) return true;
    e = (e as { inner?: unknown; cause?: unknown }).inner ?? (e as { cause?: unknown }).cause;
  }
  return false;
}

/** Rethrows storage errors as ClipStorageError with a plain message. */
export function asStorageError(error: unknown): ClipStorageError {
  if (error instanceof ClipStorageError) return error;
  if (isQuotaFailure(error))
    return new ClipStorageError(
      'quota',
      'The browser has no room left for Gloss’s clips (storage quota exceeded). Nothing was saved; free some space or delete clips, then try again.',
      { cause: error },
    );
  const message = error instanceof Error ? error.message : String(error);
  return new ClipStorageError('other', `Storage failed: ${message}. Nothing was saved.`, { cause: error });
}
