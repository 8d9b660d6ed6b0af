/** Types of closed-roots.mjs for the TypeScript tests and scripts. */
import type { Page } from 'playwright-core';

export const HOST_SELECTOR: string;
export const EXPOSE: string;
export const NEEDS: string;
export function HOST_AT(index: number): string;
export const MAX_HOSTS: number;
export function chromiumRevealer(page: Page): () => Promise<void>;
export function waitRevealed<T, A>(
  page: Page,
  reveal: () => Promise<void>,
  fn: (arg: A) => T,
  arg: A,
  options?: { timeout?: number; polling?: number; what?: string },
): Promise<NonNullable<Awaited<T>>>;
