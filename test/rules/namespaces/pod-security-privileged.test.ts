import { describe, expect, test } from 'vitest';
import { findingsOf, lineOf, where } from '../workload/support.js';

const RULE = ['namespaces/pod-security-privileged'];

const privileged = (name: string) => `---
apiVersion: v1
kind: Namespace
metadata:
  name: ${name}
  labels:
    pod-security.kubernetes.io/enforce: privileged
`;

describe('namespaces/pod-security-privileged', () => {
  test('fires on enforce: privileged anywhere, with baseline as the fix outside production', () => {
    const yaml = privileged('monitoring');
    const findings = findingsOf(yaml, RULE);
    expect(where(findings)).toEqual([
      `${lineOf(yaml, 'enforce: privileged')} metadata.labels["pod-security.kubernetes.io/enforce"]`,
    ]);
    expect(findings[0]!.message).toBe(
      'namespace "monitoring" enforces the privileged level, which admits any pod',
    );
    expect(findings[0]!.fix?.set[0]?.value).toBe('baseline');
  });

  test('in a production namespace the fix is restricted, agreeing with pod-security-enforce', () => {
    const findings = findingsOf(privileged('prod-shop'), ['namespaces/*'], {
      namespaces: { production: ['prod-*'] },
    });
    expect(findings.map((finding) => [finding.ruleId, finding.fix?.set[0]?.value])).toEqual([
      ['namespaces/pod-security-enforce', 'restricted'],
      ['namespaces/pod-security-privileged', 'restricted'],
    ]);
  });

  test('other levels and warn/audit labels pass', () => {
    const yaml = `apiVersion: v1
kind: Namespace
metadata:
  name: tools
  labels:
    pod-security.kubernetes.io/enforce: baseline
    pod-security.kubernetes.io/warn: privileged
`;
    expect(findingsOf(yaml, RULE)).toEqual([]);
  });
});
