import { describe, expect, test } from 'vitest';
import { deployment, findingsOf, lineOf, where } from './support.js';

const REQUESTS = ['workload/resource-requests'];
const LIMITS = ['workload/resource-limits'];
const BOTH = [...REQUESTS, ...LIMITS];

describe('workload/resource-requests and workload/resource-limits', () => {
  test('pass when every container requests and limits CPU and memory', () => {
    const yaml = deployment(`initContainers:
  - name: init
    image: init:1
    resources:
      requests: { cpu: 10m, memory: 16Mi }
      limits: { cpu: 100m, memory: 32Mi }
containers:
  - name: app
    image: app:1
    resources:
      requests: { cpu: 100m, memory: 128Mi }
      limits: { cpu: 500m, memory: 256Mi }
`);
    expect(findingsOf(yaml, BOTH)).toEqual([]);
  });

  test('each missing resource is its own finding, at the field to add', () => {
    const yaml = deployment(`containers:
  - name: app
    image: app:1
    resources:
      requests:
        cpu: 100m
      limits:
        memory: 256Mi
`);
    const requests = findingsOf(yaml, REQUESTS);
    // the memory limit also serves as the memory request (the API copies it)
    expect(requests).toEqual([]);
    const limits = findingsOf(yaml, LIMITS);
    expect(where(limits)).toEqual([
      `${lineOf(yaml, 'limits:')} spec.template.spec.containers[0].resources.limits.cpu`,
    ]);
    expect(limits[0]!.message).toBe('container "app" sets no cpu limit');
    expect(limits[0]!.tier).toBe('low');
  });

  test('a container without resources gets four findings; ephemeral containers are not checked', () => {
    const yaml = `apiVersion: v1
kind: Pod
metadata: { name: p }
spec:
  containers:
    - name: app
      image: app:1
  ephemeralContainers:
    - name: debug
      image: busybox:1
`;
    expect(findingsOf(yaml, BOTH).map((finding) => `${finding.ruleId} ${finding.path}`)).toEqual([
      'workload/resource-limits spec.containers[0].resources.limits.cpu',
      'workload/resource-limits spec.containers[0].resources.limits.memory',
      'workload/resource-requests spec.containers[0].resources.requests.cpu',
      'workload/resource-requests spec.containers[0].resources.requests.memory',
    ]);
  });

  test('pod-level resources cover the containers', () => {
    const yaml = deployment(`resources:
  requests: { cpu: 200m, memory: 256Mi }
  limits: { cpu: "1", memory: 512Mi }
containers:
  - name: app
    image: app:1
`);
    expect(findingsOf(yaml, BOTH)).toEqual([]);
  });

  test('a LimitRange of the same namespace in the input fills in defaults as admission would', () => {
    const workload = deployment(
      `containers:
  - name: app
    image: app:1
`,
      { namespace: 'shop' },
    );
    const limitRange = (namespace: string, item: string) => `---
apiVersion: v1
kind: LimitRange
metadata: { name: defaults, namespace: ${namespace} }
spec:
  limits:
    - type: Container
${item.replace(/^/gm, '      ')}
`;
    // default limits also become default requests; max becomes the default limit
    expect(findingsOf(workload + limitRange('shop', 'default: { cpu: 500m, memory: 256Mi }'), BOTH)).toEqual(
      [],
    );
    expect(findingsOf(workload + limitRange('shop', 'max: { cpu: "1", memory: 1Gi }'), BOTH)).toEqual([]);
    const requestsOnly = findingsOf(
      workload + limitRange('shop', 'defaultRequest: { cpu: 100m, memory: 64Mi }'),
      BOTH,
    );
    expect(requestsOnly.map((finding) => finding.ruleId)).toEqual([
      'workload/resource-limits',
      'workload/resource-limits',
    ]);
    expect(
      findingsOf(workload + limitRange('other', 'default: { cpu: 500m, memory: 256Mi }'), BOTH),
    ).toHaveLength(4);
  });

  test('the rules are separate: turning limits off keeps requests', () => {
    const yaml = deployment(`containers:
  - name: app
    image: app:1
`);
    const findings = findingsOf(yaml, BOTH, { rules: { 'workload/resource-limits': { enabled: false } } });
    expect(findings.map((finding) => finding.ruleId)).toEqual([
      'workload/resource-requests',
      'workload/resource-requests',
    ]);
  });
});
