/**
 * Keeps the background worker's script ASCII (ADR 0024): V8 keeps a one-byte copy of an ASCII
 * script, which a woken worker scans on every start; one character outside ASCII makes the whole
 * script two bytes a character. The minifier writes characters of string and template literals
 * as they are (linkedom's U+FFFD replacement characters), so after minifying each one is written
 * as its `\uXXXX` escape, which means the same inside a string, template or regular expression
 * literal. A raw template (`String.raw`) would change meaning, so the build fails on one.
 */
import type { Plugin } from 'vite';

/** `code` with every character outside ASCII written as its `\uXXXX` escape (UTF-16 units). */
export function escapeNonAscii(code: string): string {
  return code.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function asciiWorkerPlugin(isWorker: (fileName: string) => boolean): Plugin {
  return {
    name: 'gloss:ascii-worker',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !isWorker(chunk.fileName)) continue;
        if (!/[\u0080-\uffff]/.test(chunk.code)) continue;
        if (/String\.raw/.test(chunk.code))
          throw new Error(
            `${chunk.fileName}: String.raw in the worker; its non-ASCII text cannot be escaped safely`,
          );
        chunk.code = escapeNonAscii(chunk.code);
      }
    },
  };
}
