/** Types of package.mjs for the package test. */
export interface KnownWarning {
  readonly id: string;
  readonly library: string;
  readonly why: string;
  readonly near: RegExp;
}
export const ROOT: string;
export const RELEASE_DIR: string;
export const THIRD_PARTY_WARNINGS: readonly KnownWarning[];
export function listFiles(dir: string): string[];
export function zipDir(dir: string): Uint8Array;
export function unzipTo(zip: Uint8Array, dir: string): void;
export function lintFirefox(dir: string): {
  errors: string[];
  thirdParty: (KnownWarning & { file: string })[];
  own: string[];
};
export function sourceArchive(version: string): Buffer;
export function gitArchive(version: string): Buffer;
