import { describe, expect, test } from 'vitest';
import { deployment, findingsOf, lineOf, where } from './support.js';

const RULE = ['workload/run-as-user'];

describe('workload/run-as-user', () => {
  test('passes when every container runs at or above the minimum, on the pod or its own', () => {
    const yaml = deployment(`securityContext:
  runAsUser: 1000
containers:
  - name: app
    image: app:1
  - name: sidecar
    image: side:1
    securityContext:
      runAsUser: 20000
`);
    expect(findingsOf(yaml, RULE)).toEqual([]);
  });

  test('a container value wins over the pod value, both ways', () => {
    const yaml = deployment(`securityContext:
  runAsUser: 0
containers:
  - name: app
    image: app:1
    securityContext:
      runAsUser: 5000
  - name: low
    image: low:1
    securityContext:
      runAsUser: 999
`);
    const findings = findingsOf(yaml, RULE);
    // the pod's 0 reaches no container, so only the container below the minimum is reported
    expect(where(findings)).toEqual([
      `${lineOf(yaml, 'runAsUser: 999')} spec.template.spec.containers[1].securityContext.runAsUser`,
    ]);
    expect(findings[0]!.message).toBe('container "low" runs as UID 999, below the minimum of 1000');
    expect(findings[0]!.fix?.set).toEqual([
      { path: ['spec', 'template', 'spec', 'containers', 1, 'securityContext', 'runAsUser'], value: 1000 },
    ]);
  });

  test('a low pod value is reported once, on the pod, naming the containers that inherit it', () => {
    const yaml = deployment(`securityContext:
  runAsUser: 0
initContainers:
  - name: init
    image: init:1
containers:
  - name: app
    image: app:1
`);
    const findings = findingsOf(yaml, RULE);
    expect(where(findings)).toEqual([
      `${lineOf(yaml, 'runAsUser: 0')} spec.template.spec.securityContext.runAsUser`,
    ]);
    expect(findings[0]!.message).toBe(
      'pod runs as UID 0, below the minimum of 1000 (inherited by containers "init", "app")',
    );
  });

  test("unset everywhere means the image's user: reported, with the fix on the pod", () => {
    const yaml = deployment(`containers:
  - name: app
    image: app:1
`);
    const findings = findingsOf(yaml, RULE);
    expect(where(findings)).toEqual([
      `${lineOf(yaml, '    spec:')} spec.template.spec.securityContext.runAsUser`,
    ]);
    expect(findings[0]!.message).toMatch(
      /container "app" runs as the image's user, which the manifest does not show/,
    );
    expect(findings[0]!.fix?.set[0]?.value).toBe(1000);
  });

  test('ephemeral containers count too', () => {
    const yaml = `apiVersion: v1
kind: Pod
metadata: { name: debug }
spec:
  securityContext: { runAsUser: 2000 }
  containers:
    - name: app
      image: app:1
  ephemeralContainers:
    - name: shell
      image: busybox:1
      securityContext:
        runAsUser: 0
`;
    expect(where(findingsOf(yaml, RULE))).toEqual([
      `${lineOf(yaml, 'runAsUser: 0')} spec.ephemeralContainers[0].securityContext.runAsUser`,
    ]);
  });

  test('the minimum comes from workload.minRunAsUser', () => {
    const yaml = deployment(`securityContext:
  runAsUser: 500
containers:
  - name: app
    image: app:1
`);
    expect(findingsOf(yaml, RULE, { workload: { minRunAsUser: 100 } })).toEqual([]);
    const strict = findingsOf(yaml, RULE, { workload: { minRunAsUser: 10000 } });
    expect(strict.map((finding) => finding.message)).toEqual([
      'pod runs as UID 500, below the minimum of 10000 (inherited by container "app")',
    ]);
    expect(strict[0]!.fix?.set[0]?.value).toBe(10000);
  });

  test('a value that is not a UID is reported, not trusted', () => {
    const yaml = deployment(`containers:
  - name: app
    image: app:1
    securityContext:
      runAsUser: "1000"
`);
    expect(findingsOf(yaml, RULE).map((finding) => finding.message)).toEqual([
      'container "app" sets securityContext.runAsUser to "1000", which is not a UID',
    ]);
  });

  test('Windows pods have no UIDs and are skipped', () => {
    const yaml = deployment(`os: { name: windows }
containers:
  - name: app
    image: app:1
`);
    expect(findingsOf(yaml, RULE)).toEqual([]);
  });
});
