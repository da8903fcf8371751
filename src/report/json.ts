import type { Report } from './report.js';

/**
 * The JSON report. `sections` adds top-level fields after the contract's
 * (the cluster stage's `cluster`); it never replaces one of them.
 */
export function formatJson(report: Report, sections: Readonly<Record<string, unknown>> = {}): string {
  const added = Object.entries(sections).filter(([key]) => !(key in report));
  return `${JSON.stringify({ ...report, ...Object.fromEntries(added) }, null, 2)}\n`;
}
