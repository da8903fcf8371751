import { describe, expect, test } from 'vitest';
import { deployment, findingsOf, lineOf, where } from './support.js';

const RULE = ['workload/default-service-account'];

describe('workload/default-service-account', () => {
  test('passes with a ServiceAccount of its own', () => {
    const yaml = deployment(`serviceAccountName: web
containers:
  - name: app
    image: app:1
`);
    expect(findingsOf(yaml, RULE)).toEqual([]);
  });

  test('fires when default is named explicitly, on that line', () => {
    const yaml = deployment(`serviceAccountName: default
containers:
  - name: app
    image: app:1
`);
    const findings = findingsOf(yaml, RULE);
    expect(where(findings)).toEqual([
      `${lineOf(yaml, 'serviceAccountName: default')} spec.template.spec.serviceAccountName`,
    ]);
    expect(findings[0]!.message).toBe("pod uses the namespace's default ServiceAccount (explicitly)");
    expect(findings[0]!.tier).toBe('medium');
  });

  test('fires by omission, at the pod spec, with the same fingerprint as the explicit form', () => {
    const omitted = deployment(`containers:
  - name: app
    image: app:1
`);
    const explicit = deployment(`serviceAccountName: default
containers:
  - name: app
    image: app:1
`);
    const [byOmission] = findingsOf(omitted, RULE);
    expect(byOmission?.location.line).toBe(lineOf(omitted, '    spec:'));
    expect(byOmission?.message).toMatch(/by not setting serviceAccountName/);
    expect(byOmission?.fingerprint).toBe(findingsOf(explicit, RULE)[0]?.fingerprint);
  });

  test('reads the deprecated serviceAccount field when serviceAccountName is absent', () => {
    const own = deployment(`serviceAccount: web
containers:
  - name: app
    image: app:1
`);
    expect(findingsOf(own, RULE)).toEqual([]);
  });

  test('covers every workload kind through its pod template', () => {
    const yaml = `apiVersion: batch/v1
kind: CronJob
metadata: { name: nightly }
spec:
  schedule: "0 1 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers:
            - name: job
              image: job:1
`;
    expect(where(findingsOf(yaml, RULE))).toEqual([
      `${lineOf(yaml, '        spec:')} spec.jobTemplate.spec.template.spec.serviceAccountName`,
    ]);
  });
});
