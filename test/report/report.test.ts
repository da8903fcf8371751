import { describe, expect, it } from 'vitest';
import { buildReport, withFindings } from '../../src/report/report.js';
import type { Finding, Tier } from '../../src/rules/types.js';

function finding(
  ruleId: string,
  tier: Tier,
  file: string,
  line: number,
  status: Finding['status'] = 'new',
): Finding {
  return {
    ruleId,
    tier,
    title: ruleId,
    message: `${ruleId} at ${line}`,
    resource: { apiVersion: 'v1', kind: 'Pod', name: 'p' },
    location: { file, line, column: 1 },
    path: 'spec',
    fingerprint: `${ruleId}${line}`.padEnd(32, '0'),
    status,
  };
}

describe('withFindings (the cluster stage joining the check)', () => {
  const check = buildReport({
    findings: [
      finding('pss/privileged', 'medium', 'b.yaml', 9),
      finding('images/latest-tag', 'high', 'b.yaml', 20, 'existing'),
    ],
    errors: [],
    failOn: 'high',
    newOnly: true,
    objects: 3,
    files: 2,
    skippedDocuments: 1,
    skippedCharts: [],
    charts: 1,
    kustomizations: 0,
  });

  it('counts and gates the added findings as the check does, keeping the summary fields', () => {
    expect(check.summary.gate).toBe('pass');
    const merged = withFindings(check, [finding('cluster/dry-run', 'high', 'a.yaml', 4)]);
    expect(merged.summary).toMatchObject({
      gate: 'fail',
      high: 1,
      medium: 1,
      new: 2,
      existing: 1,
      objects: 3,
      files: 2,
      skippedDocuments: 1,
      charts: 1,
      newOnly: true,
    });
  });

  it('orders them with the others by file and line', () => {
    const merged = withFindings(check, [
      finding('cluster/dry-run', 'high', 'b.yaml', 12),
      finding('cluster/pod-security', 'medium', 'a.yaml', 1),
    ]);
    expect(merged.findings.map((f) => `${f.location.file}:${f.location.line}`)).toEqual([
      'a.yaml:1',
      'b.yaml:9',
      'b.yaml:12',
      'b.yaml:20',
    ]);
  });
});
