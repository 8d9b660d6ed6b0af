/**
 * The engine's pure report functions (core/compare/report-*.ts) as the page's ReportWriter:
 * Markdown, or a standalone HTML report (inline CSS, no script, no remote resource). The
 * sides are named by their titles.
 */
import { toHtmlReport } from '../../core/compare/report-html';
import { toMarkdown } from '../../core/compare/report-markdown';
import type { ReportWriter } from './export';

export const writeReport: ReportWriter = (format, result, sides) => {
  const labels = { a: sides.a.title, b: sides.b.title };
  return format === 'html' ? toHtmlReport(result, labels) : toMarkdown(result, labels);
};
