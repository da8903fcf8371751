import { describe, expect, test } from 'vitest';
import { findingsOf, lineOf, where } from '../workload/support.js';

const RULE = ['namespaces/pod-security-enforce'];
const PRODUCTION = { namespaces: { production: ['prod-*', 'payments'] } };

function namespace(name: string, labels: string): string {
  return `---
apiVersion: v1
kind: Namespace
metadata:
  name: ${name}${labels === '' ? '' : `\n  labels:\n${labels.replace(/^(?=.)/gm, '    ')}`}
`;
}

describe('namespaces/pod-security-enforce', () => {
  test('does not fire without production namespaces configured', () => {
    expect(findingsOf(namespace('prod-shop', ''), RULE)).toEqual([]);
  });

  test('passes production namespaces that enforce restricted, and ignores the others', () => {
    const yaml =
      namespace('prod-shop', 'pod-security.kubernetes.io/enforce: restricted') + namespace('dev-shop', '');
    expect(findingsOf(yaml, RULE, PRODUCTION)).toEqual([]);
  });

  test('fires on a missing label at the labels, and on a weaker level at the label', () => {
    const yaml =
      namespace('payments', 'team: pay') +
      namespace(
        'prod-shop',
        'pod-security.kubernetes.io/enforce: baseline\npod-security.kubernetes.io/warn: restricted',
      );
    const findings = findingsOf(yaml, RULE, PRODUCTION);
    expect(where(findings)).toEqual([
      // the labels: line, just above the team label
      `${lineOf(yaml, 'team: pay') - 1} metadata.labels["pod-security.kubernetes.io/enforce"]`,
      `${lineOf(yaml, 'enforce: baseline')} metadata.labels["pod-security.kubernetes.io/enforce"]`,
    ]);
    expect(findings.map((finding) => finding.message)).toEqual([
      'production namespace "payments" has no pod-security.kubernetes.io/enforce label; it must be "restricted"',
      'production namespace "prod-shop" sets "baseline" for the pod-security.kubernetes.io/enforce label; it must be "restricted"',
    ]);
    expect(findings[0]!.fix?.set).toEqual([
      { path: ['metadata', 'labels', 'pod-security.kubernetes.io/enforce'], value: 'restricted' },
    ]);
    expect(findings[0]!.tier).toBe('medium');
  });

  test('a namespace without labels points at its metadata', () => {
    const yaml = namespace('prod-api', '');
    expect(where(findingsOf(yaml, RULE, PRODUCTION))).toEqual([
      `${lineOf(yaml, 'metadata:')} metadata.labels["pod-security.kubernetes.io/enforce"]`,
    ]);
  });
});
