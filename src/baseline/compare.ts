/**
 * New, existing, fixed: head findings are matched to base findings by
 * fingerprint, as multisets (two identical findings in base and one in head
 * leave one fixed). Only new findings gate in new-only mode.
 */
import type { Finding } from '../rules/types.js';
import { compareFindings } from '../rules/engine.js';

export function compareWithBase(head: readonly Finding[], base: readonly Finding[]): Finding[] {
  const remaining = new Map<string, Finding[]>();
  for (const finding of base) {
    const list = remaining.get(finding.fingerprint) ?? [];
    list.push(finding);
    remaining.set(finding.fingerprint, list);
  }
  const result: Finding[] = head.map((finding) => {
    const match = remaining.get(finding.fingerprint)?.pop();
    return { ...finding, status: match ? 'existing' : 'new' };
  });
  for (const leftovers of remaining.values()) {
    for (const finding of leftovers) result.push({ ...finding, status: 'fixed' });
  }
  return result.sort(compareFindings);
}
