/** Types of bench-doc.mjs for the TypeScript bench scripts. */
/** Replaces (or appends) the section headed `## ${title}` of docs/benchmarks.md below the marker. */
export function writeSection(title: string, section: string): void;
/** Replaces the row starting with `start` in the section `## ${title}` by `row`; false if not found. */
export function replaceRow(title: string, start: string, row: string): boolean;
/** The row starting with `start` in the section `## ${title}`, or null. */
export function readRow(title: string, start: string): string | null;
