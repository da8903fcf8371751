import { describe, expect, test } from 'vitest';
import { deployment, findingsOf, lineOf, where } from './support.js';

const RULE = ['workload/automount-service-account-token'];

function serviceAccount(automount: string): string {
  return `---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: web
  namespace: shop${automount === '' ? '' : `\nautomountServiceAccountToken: ${automount}`}
`;
}

const podUsingWeb = (automount = '') =>
  deployment(
    `serviceAccountName: web${automount === '' ? '' : `\nautomountServiceAccountToken: ${automount}`}
containers:
  - name: app
    image: app:1
`,
    { namespace: 'shop' },
  );

describe('workload/automount-service-account-token', () => {
  test('the pod saying false passes', () => {
    expect(findingsOf(podUsingWeb('false'), RULE)).toEqual([]);
  });

  test("the pod's value wins over its ServiceAccount's", () => {
    expect(findingsOf(podUsingWeb('false') + serviceAccount('true'), RULE)).toEqual([]);
    // an explicit true on the pod declares that it needs the API
    expect(findingsOf(podUsingWeb('true') + serviceAccount('false'), RULE)).toEqual([]);
  });

  test("the ServiceAccount's value applies when the pod says nothing and it is in the input", () => {
    expect(findingsOf(podUsingWeb() + serviceAccount('false'), RULE)).toEqual([]);
    const yaml = podUsingWeb() + serviceAccount('');
    const findings = findingsOf(yaml, RULE);
    expect(where(findings)).toEqual([
      `${lineOf(yaml, '    spec:')} spec.template.spec.automountServiceAccountToken`,
    ]);
    expect(findings[0]!.message).toBe(
      'pod mounts an API token by default: neither the pod nor ServiceAccount "web" sets automountServiceAccountToken',
    );
    expect(findings[0]!.fix?.set).toEqual([
      { path: ['spec', 'template', 'spec', 'automountServiceAccountToken'], value: false },
    ]);
  });

  test('a ServiceAccount of the same name in another namespace does not count', () => {
    const elsewhere = serviceAccount('false').replace('namespace: shop', 'namespace: other');
    const findings = findingsOf(podUsingWeb() + elsewhere, RULE);
    expect(findings.map((finding) => finding.message)).toEqual([
      'pod mounts an API token by default: the pod does not set automountServiceAccountToken and ServiceAccount "web" is not in the input',
    ]);
  });

  test('a pod without serviceAccountName uses default, looked up the same way', () => {
    const yaml = `apiVersion: v1
kind: Pod
metadata: { name: p }
spec:
  containers:
    - name: app
      image: app:1
---
apiVersion: v1
kind: ServiceAccount
metadata: { name: default }
automountServiceAccountToken: false
`;
    expect(findingsOf(yaml, RULE)).toEqual([]);
  });
});
