/**
 * Export: the comparison as Markdown or as a standalone HTML report (inline CSS, no script,
 * no remote resource), written by the engine's pure report functions and offered as a file.
 */
import type { CompareResult } from '../../core/compare/types';
import type { CompareDoc } from './sources';

export type ExportFormat = 'markdown' | 'html';

/** What a report says about each side besides the comparison itself. */
export interface ReportSides {
  readonly a: Pick<CompareDoc, 'title' | 'url' | 'published'>;
  readonly b: Pick<CompareDoc, 'title' | 'url' | 'published'>;
}

/** The engine's report writers, passed in by main.tsx. */
export type ReportWriter = (format: ExportFormat, result: CompareResult, sides: ReportSides) => string;

/** A file name from the two titles: "compare-<a>-vs-<b>.md", safe on every file system. */
export function reportName(sides: ReportSides, format: ExportFormat): string {
  const slug = (s: string) =>
    s
      .normalize('NFC')
      .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase()
      .slice(0, 40)
      .replace(/-+$/, '') || 'article';
  return `compare-${slug(sides.a.title)}-vs-${slug(sides.b.title)}.${format === 'html' ? 'html' : 'md'}`;
}

/** The file to download. */
export function reportFile(
  write: ReportWriter,
  format: ExportFormat,
  result: CompareResult,
  sides: ReportSides,
): { name: string; type: string; data: string } {
  return {
    name: reportName(sides, format),
    type: format === 'html' ? 'text/html;charset=utf-8' : 'text/markdown;charset=utf-8',
    data: write(format, result, sides),
  };
}
