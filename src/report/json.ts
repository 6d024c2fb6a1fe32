import type { Report } from '../types.js';
import { buildRoadmap } from './roadmap.js';

/**
 * The report as its schema describes it (schemas/report.schema.json), with the
 * roadmap computed from it, so a pipeline can read the plan without re-deriving it.
 */
export function renderJson(report: Report): string {
  return JSON.stringify({ ...report, roadmap: buildRoadmap(report) }, null, 2) + '\n';
}
