/** The engine's pure report functions as the page's ReportWriter. */
import type { ReportWriter } from './export';

export const writeReport: ReportWriter = () => {
  throw new Error('reports are not available yet');
};
