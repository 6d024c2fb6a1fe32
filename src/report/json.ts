import type { Report } from '../types.js';

/** The report as its schema describes it (schemas/report.schema.json). */
export function renderJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n';
}
