import { describe, expect, test } from 'vitest';
import { deployment, findingsOf, lineOf, where } from './support.js';

const RULE = ['workload/read-only-root-filesystem'];

describe('workload/read-only-root-filesystem', () => {
  test('passes when every container mounts its root read-only', () => {
    const yaml = deployment(`initContainers:
  - name: init
    image: init:1
    securityContext: { readOnlyRootFilesystem: true }
containers:
  - name: app
    image: app:1
    securityContext:
      readOnlyRootFilesystem: true
`);
    expect(findingsOf(yaml, RULE)).toEqual([]);
  });

  test('fires for false and for unset, in every container list, with a fix', () => {
    const yaml = deployment(`initContainers:
  - name: init
    image: init:1
containers:
  - name: app
    image: app:1
    securityContext:
      readOnlyRootFilesystem: false
`);
    const findings = findingsOf(yaml, RULE);
    expect(where(findings)).toEqual([
      `${lineOf(yaml, '- name: init')} spec.template.spec.initContainers[0].securityContext.readOnlyRootFilesystem`,
      `${lineOf(yaml, 'readOnlyRootFilesystem: false')} spec.template.spec.containers[0].securityContext.readOnlyRootFilesystem`,
    ]);
    expect(findings.every((finding) => finding.tier === 'low')).toBe(true);
    expect(findings[1]!.fix?.set).toEqual([
      {
        path: ['spec', 'template', 'spec', 'containers', 0, 'securityContext', 'readOnlyRootFilesystem'],
        value: true,
      },
    ]);
  });

  test('Windows pods, where the API forbids the field, are skipped', () => {
    const yaml = deployment(`os: { name: windows }
containers:
  - name: app
    image: app:1
`);
    expect(findingsOf(yaml, RULE)).toEqual([]);
  });
});
