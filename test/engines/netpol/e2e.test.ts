/**
 * The scenarios of the Kubernetes NetworkPolicy end-to-end suite
 * (test/e2e/network/netpol), each as the policies it creates and the truth
 * table it expects, written out here: rows are clients, columns servers,
 * `.` allowed, `X` denied. Policies live in namespace x unless stated.
 * Upstream ignores a pod's traffic to itself; these tables state it, per the
 * policy semantics (an isolated pod does not reach itself unless allowed).
 */
import { describe, expect, test } from 'vitest';
import { e2eReachability, grid, podIp, truthGrid } from './support.js';

const OPEN = `
-   x/a x/b x/c y/a y/b y/c z/a z/b z/c
x/a  .   .   .   .   .   .   .   .   .
x/b  .   .   .   .   .   .   .   .   .
x/c  .   .   .   .   .   .   .   .   .
y/a  .   .   .   .   .   .   .   .   .
y/b  .   .   .   .   .   .   .   .   .
y/c  .   .   .   .   .   .   .   .   .
z/a  .   .   .   .   .   .   .   .   .
z/b  .   .   .   .   .   .   .   .   .
z/c  .   .   .   .   .   .   .   .   .`;

const X_INGRESS_DENIED = `
-   x/a x/b x/c y/a y/b y/c z/a z/b z/c
x/a  X   X   X   .   .   .   .   .   .
x/b  X   X   X   .   .   .   .   .   .
x/c  X   X   X   .   .   .   .   .   .
y/a  X   X   X   .   .   .   .   .   .
y/b  X   X   X   .   .   .   .   .   .
y/c  X   X   X   .   .   .   .   .   .
z/a  X   X   X   .   .   .   .   .   .
z/b  X   X   X   .   .   .   .   .   .
z/c  X   X   X   .   .   .   .   .   .`;

const X_EGRESS_DENIED = `
-   x/a x/b x/c y/a y/b y/c z/a z/b z/c
x/a  X   X   X   X   X   X   X   X   X
x/b  X   X   X   X   X   X   X   X   X
x/c  X   X   X   X   X   X   X   X   X
y/a  .   .   .   .   .   .   .   .   .
y/b  .   .   .   .   .   .   .   .   .
y/c  .   .   .   .   .   .   .   .   .
z/a  .   .   .   .   .   .   .   .   .
z/b  .   .   .   .   .   .   .   .   .
z/c  .   .   .   .   .   .   .   .   .`;

/** x/a accepts nothing; everything else is open */
const XA_INGRESS_DENIED = `
-   x/a x/b x/c y/a y/b y/c z/a z/b z/c
x/a  X   .   .   .   .   .   .   .   .
x/b  X   .   .   .   .   .   .   .   .
x/c  X   .   .   .   .   .   .   .   .
y/a  X   .   .   .   .   .   .   .   .
y/b  X   .   .   .   .   .   .   .   .
y/c  X   .   .   .   .   .   .   .   .
z/a  X   .   .   .   .   .   .   .   .
z/b  X   .   .   .   .   .   .   .   .
z/c  X   .   .   .   .   .   .   .   .`;

/** x/a accepts only namespace y */
const XA_FROM_Y_ONLY = `
-   x/a x/b x/c y/a y/b y/c z/a z/b z/c
x/a  X   .   .   .   .   .   .   .   .
x/b  X   .   .   .   .   .   .   .   .
x/c  X   .   .   .   .   .   .   .   .
y/a  .   .   .   .   .   .   .   .   .
y/b  .   .   .   .   .   .   .   .   .
y/c  .   .   .   .   .   .   .   .   .
z/a  X   .   .   .   .   .   .   .   .
z/b  X   .   .   .   .   .   .   .   .
z/c  X   .   .   .   .   .   .   .   .`;

/** x/a accepts only x/b */
const XA_FROM_XB_ONLY = `
-   x/a x/b x/c y/a y/b y/c z/a z/b z/c
x/a  X   .   .   .   .   .   .   .   .
x/b  .   .   .   .   .   .   .   .   .
x/c  X   .   .   .   .   .   .   .   .
y/a  X   .   .   .   .   .   .   .   .
y/b  X   .   .   .   .   .   .   .   .
y/c  X   .   .   .   .   .   .   .   .
z/a  X   .   .   .   .   .   .   .   .
z/b  X   .   .   .   .   .   .   .   .
z/c  X   .   .   .   .   .   .   .   .`;

const DENY_INGRESS = `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny-ingress, namespace: x}
spec:
  podSelector: {}
  policyTypes: [Ingress]
`;

function ingressToA(rule: string, name = 'allow'): string {
  return `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: ${name}, namespace: x}
spec:
  podSelector: {matchLabels: {pod: a}}
  policyTypes: [Ingress]
  ingress:
${rule}
`;
}

describe('e2e: NetworkPolicy between server and client (TCP)', () => {
  test("should support a 'default-deny-ingress' policy", () => {
    expect(truthGrid(e2eReachability(DENY_INGRESS), 'TCP', 80)).toEqual(grid(X_INGRESS_DENIED));
  });

  test("should support a 'default-deny-all' policy", () => {
    const r = e2eReachability(`
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny-all, namespace: x}
spec:
  podSelector: {}
  policyTypes: [Ingress, Egress]
`);
    expect(truthGrid(r, 'TCP', 80)).toEqual(
      grid(`
-   x/a x/b x/c y/a y/b y/c z/a z/b z/c
x/a  X   X   X   X   X   X   X   X   X
x/b  X   X   X   X   X   X   X   X   X
x/c  X   X   X   X   X   X   X   X   X
y/a  X   X   X   .   .   .   .   .   .
y/b  X   X   X   .   .   .   .   .   .
y/c  X   X   X   .   .   .   .   .   .
z/a  X   X   X   .   .   .   .   .   .
z/b  X   X   X   .   .   .   .   .   .
z/c  X   X   X   .   .   .   .   .   .`),
    );
  });

  test('should enforce policy to allow traffic from pods within server namespace based on PodSelector', () => {
    const r = e2eReachability(ingressToA('    - from: [{podSelector: {matchLabels: {pod: b}}}]'));
    expect(truthGrid(r, 'TCP', 80)).toEqual(grid(XA_FROM_XB_ONLY));
  });

  test('should enforce policy to allow ingress traffic for a target', () => {
    const r = e2eReachability(
      `${DENY_INGRESS}---${ingressToA('    - from: [{podSelector: {}, namespaceSelector: {}}]')}`,
    );
    expect(truthGrid(r, 'TCP', 80)).toEqual(
      grid(`
-   x/a x/b x/c y/a y/b y/c z/a z/b z/c
x/a  .   X   X   .   .   .   .   .   .
x/b  .   X   X   .   .   .   .   .   .
x/c  .   X   X   .   .   .   .   .   .
y/a  .   X   X   .   .   .   .   .   .
y/b  .   X   X   .   .   .   .   .   .
y/c  .   X   X   .   .   .   .   .   .
z/a  .   X   X   .   .   .   .   .   .
z/b  .   X   X   .   .   .   .   .   .
z/c  .   X   X   .   .   .   .   .   .`),
    );
  });

  test('should enforce policy to allow ingress traffic from pods in all namespaces', () => {
    const r = e2eReachability(ingressToA('    - from: [{namespaceSelector: {matchLabels: {}}}]'));
    expect(truthGrid(r, 'TCP', 80)).toEqual(grid(OPEN));
  });

  test('should enforce policy to allow traffic only from a different namespace, based on NamespaceSelector', () => {
    const r = e2eReachability(
      ingressToA('    - from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: y}}}]'),
    );
    expect(truthGrid(r, 'TCP', 80)).toEqual(grid(XA_FROM_Y_ONLY));
  });

  test('should enforce policy based on PodSelector with MatchExpressions', () => {
    const r = e2eReachability(
      ingressToA('    - from: [{podSelector: {matchExpressions: [{key: pod, operator: In, values: [b]}]}}]'),
    );
    expect(truthGrid(r, 'TCP', 80)).toEqual(grid(XA_FROM_XB_ONLY));
  });

  test('should enforce policy based on NamespaceSelector with MatchExpressions', () => {
    const r = e2eReachability(
      ingressToA(
        '    - from: [{namespaceSelector: {matchExpressions: [{key: kubernetes.io/metadata.name, operator: In, values: [y]}]}}]',
      ),
    );
    expect(truthGrid(r, 'TCP', 80)).toEqual(grid(XA_FROM_Y_ONLY));
  });

  test('should enforce policy based on PodSelector or NamespaceSelector', () => {
    const r = e2eReachability(
      ingressToA(`    - from:
        - namespaceSelector: {matchExpressions: [{key: kubernetes.io/metadata.name, operator: NotIn, values: [x]}]}
        - podSelector: {matchLabels: {pod: b}}`),
    );
    expect(truthGrid(r, 'TCP', 80)).toEqual(
      grid(`
-   x/a x/b x/c y/a y/b y/c z/a z/b z/c
x/a  X   .   .   .   .   .   .   .   .
x/b  .   .   .   .   .   .   .   .   .
x/c  X   .   .   .   .   .   .   .   .
y/a  .   .   .   .   .   .   .   .   .
y/b  .   .   .   .   .   .   .   .   .
y/c  .   .   .   .   .   .   .   .   .
z/a  .   .   .   .   .   .   .   .   .
z/b  .   .   .   .   .   .   .   .   .
z/c  .   .   .   .   .   .   .   .   .`),
    );
  });

  test('should enforce policy based on PodSelector and NamespaceSelector', () => {
    const r = e2eReachability(
      ingressToA(`    - from:
        - namespaceSelector: {matchExpressions: [{key: kubernetes.io/metadata.name, operator: NotIn, values: [x]}]}
          podSelector: {matchLabels: {pod: b}}`),
    );
    expect(truthGrid(r, 'TCP', 80)).toEqual(
      grid(`
-   x/a x/b x/c y/a y/b y/c z/a z/b z/c
x/a  X   .   .   .   .   .   .   .   .
x/b  X   .   .   .   .   .   .   .   .
x/c  X   .   .   .   .   .   .   .   .
y/a  X   .   .   .   .   .   .   .   .
y/b  .   .   .   .   .   .   .   .   .
y/c  X   .   .   .   .   .   .   .   .
z/a  X   .   .   .   .   .   .   .   .
z/b  .   .   .   .   .   .   .   .   .
z/c  X   .   .   .   .   .   .   .   .`),
    );
  });

  test('should enforce policy based on Multiple PodSelectors and NamespaceSelectors', () => {
    const r = e2eReachability(
      ingressToA(`    - from:
        - namespaceSelector: {matchExpressions: [{key: kubernetes.io/metadata.name, operator: NotIn, values: [x]}]}
          podSelector: {matchExpressions: [{key: pod, operator: In, values: [b, c]}]}`),
    );
    expect(truthGrid(r, 'TCP', 80)).toEqual(
      grid(`
-   x/a x/b x/c y/a y/b y/c z/a z/b z/c
x/a  X   .   .   .   .   .   .   .   .
x/b  X   .   .   .   .   .   .   .   .
x/c  X   .   .   .   .   .   .   .   .
y/a  X   .   .   .   .   .   .   .   .
y/b  .   .   .   .   .   .   .   .   .
y/c  .   .   .   .   .   .   .   .   .
z/a  X   .   .   .   .   .   .   .   .
z/b  .   .   .   .   .   .   .   .   .
z/c  .   .   .   .   .   .   .   .   .`),
    );
  });

  test('should enforce policy based on any PodSelectors', () => {
    const r = e2eReachability(
      ingressToA(`    - from:
        - podSelector: {matchLabels: {pod: b}}
        - podSelector: {matchLabels: {pod: c}}`),
    );
    expect(truthGrid(r, 'TCP', 80)).toEqual(
      grid(`
-   x/a x/b x/c y/a y/b y/c z/a z/b z/c
x/a  X   .   .   .   .   .   .   .   .
x/b  .   .   .   .   .   .   .   .   .
x/c  .   .   .   .   .   .   .   .   .
y/a  X   .   .   .   .   .   .   .   .
y/b  X   .   .   .   .   .   .   .   .
y/c  X   .   .   .   .   .   .   .   .
z/a  X   .   .   .   .   .   .   .   .
z/b  X   .   .   .   .   .   .   .   .
z/c  X   .   .   .   .   .   .   .   .`),
    );
  });

  test('should enforce policy to allow traffic only from a pod in a different namespace based on PodSelector and NamespaceSelector', () => {
    const r = e2eReachability(
      ingressToA(`    - from:
        - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: y}}
          podSelector: {matchLabels: {pod: a}}`),
    );
    expect(truthGrid(r, 'TCP', 80)).toEqual(
      grid(`
-   x/a x/b x/c y/a y/b y/c z/a z/b z/c
x/a  X   .   .   .   .   .   .   .   .
x/b  X   .   .   .   .   .   .   .   .
x/c  X   .   .   .   .   .   .   .   .
y/a  .   .   .   .   .   .   .   .   .
y/b  X   .   .   .   .   .   .   .   .
y/c  X   .   .   .   .   .   .   .   .
z/a  X   .   .   .   .   .   .   .   .
z/b  X   .   .   .   .   .   .   .   .
z/c  X   .   .   .   .   .   .   .   .`),
    );
  });

  const ALLOW_81_FROM_Y = ingressToA(
    `    - from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: y}}}]
      ports: [{port: 81, protocol: TCP}]`,
    'allow-81',
  );

  test('should enforce policy based on Ports', () => {
    const r = e2eReachability(ALLOW_81_FROM_Y);
    expect(truthGrid(r, 'TCP', 81)).toEqual(grid(XA_FROM_Y_ONLY));
    expect(truthGrid(r, 'TCP', 80)).toEqual(grid(XA_INGRESS_DENIED));
  });

  test('should enforce multiple, stacked policies with overlapping podSelectors (policies are unioned)', () => {
    const allow80 = ingressToA(
      `    - from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: y}}}]
      ports: [{port: 80, protocol: TCP}]`,
      'allow-80',
    );
    const before = e2eReachability(ALLOW_81_FROM_Y);
    expect(truthGrid(before, 'TCP', 80)).toEqual(grid(XA_INGRESS_DENIED));
    const after = e2eReachability(`${ALLOW_81_FROM_Y}---${allow80}`);
    expect(truthGrid(after, 'TCP', 81)).toEqual(grid(XA_FROM_Y_ONLY));
    expect(truthGrid(after, 'TCP', 80)).toEqual(grid(XA_FROM_Y_ONLY));
  });

  test('should support allow-all policy', () => {
    const r = e2eReachability(`
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: allow-all, namespace: x}
spec:
  podSelector: {matchLabels: {}}
  policyTypes: [Ingress]
  ingress: [{}]
`);
    expect(truthGrid(r, 'TCP', 80)).toEqual(grid(OPEN));
    expect(truthGrid(r, 'TCP', 81)).toEqual(grid(OPEN));
  });

  test('should allow ingress access on one named port', () => {
    const r = e2eReachability(`
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: allow-81, namespace: x}
spec:
  podSelector: {}
  policyTypes: [Ingress]
  ingress:
    - ports: [{port: serve-81-tcp}]
`);
    expect(truthGrid(r, 'TCP', 81)).toEqual(grid(OPEN));
    expect(truthGrid(r, 'TCP', 80)).toEqual(grid(X_INGRESS_DENIED));
    // the name resolves to the TCP port only
    expect(truthGrid(r, 'UDP', 81)).toEqual(grid(X_INGRESS_DENIED));
  });

  test('should allow ingress access from namespace on one named port', () => {
    const r = e2eReachability(
      ingressToA(`    - from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: y}}}]
      ports: [{port: serve-80-tcp, protocol: TCP}]`),
    );
    expect(truthGrid(r, 'TCP', 80)).toEqual(grid(XA_FROM_Y_ONLY));
    expect(truthGrid(r, 'TCP', 81)).toEqual(grid(XA_INGRESS_DENIED));
  });

  test('should allow egress access on one named port', () => {
    const r = e2eReachability(`
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: allow-egress, namespace: x}
spec:
  podSelector: {}
  policyTypes: [Egress]
  egress:
    - ports: [{port: serve-80-tcp}]
`);
    expect(truthGrid(r, 'TCP', 80)).toEqual(grid(OPEN));
    expect(truthGrid(r, 'TCP', 81)).toEqual(grid(X_EGRESS_DENIED));
  });

  test('should enforce updated policy (allow-all, then no rules)', () => {
    const allowAll = `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: mutate, namespace: x}
spec:
  podSelector: {}
  policyTypes: [Ingress]
  ingress: [{}]
`;
    expect(truthGrid(e2eReachability(allowAll), 'TCP', 81)).toEqual(grid(OPEN));
    const denied = allowAll.replace('ingress: [{}]', 'ingress: []');
    expect(truthGrid(e2eReachability(denied), 'TCP', 81)).toEqual(grid(X_INGRESS_DENIED));
  });

  test('should allow ingress access from updated namespace', () => {
    const policy = ingressToA('    - from: [{namespaceSelector: {matchLabels: {ns2: updated}}}]');
    expect(truthGrid(e2eReachability(policy), 'TCP', 80)).toEqual(grid(XA_INGRESS_DENIED));
    const labelled = e2eReachability(policy, { namespaceLabels: { y: { ns2: 'updated' } } });
    expect(truthGrid(labelled, 'TCP', 80)).toEqual(grid(XA_FROM_Y_ONLY));
  });

  test('should allow ingress access from updated pod', () => {
    const policy = ingressToA('    - from: [{podSelector: {matchLabels: {pod: b, pod2: updated}}}]');
    expect(truthGrid(e2eReachability(policy), 'TCP', 80)).toEqual(grid(XA_INGRESS_DENIED));
    const labelled = e2eReachability(policy, { podLabels: { 'x/b': { pod2: 'updated' } } });
    expect(truthGrid(labelled, 'TCP', 80)).toEqual(grid(XA_FROM_XB_ONLY));
  });

  test('should deny ingress from pods on other namespaces', () => {
    const r = e2eReachability(`
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny-empty-policy, namespace: x}
spec:
  podSelector: {}
  policyTypes: [Ingress]
  ingress:
    - from: [{podSelector: {matchLabels: {}}}]
`);
    expect(truthGrid(r, 'TCP', 80)).toEqual(
      grid(`
-   x/a x/b x/c y/a y/b y/c z/a z/b z/c
x/a  .   .   .   .   .   .   .   .   .
x/b  .   .   .   .   .   .   .   .   .
x/c  .   .   .   .   .   .   .   .   .
y/a  X   X   X   .   .   .   .   .   .
y/b  X   X   X   .   .   .   .   .   .
y/c  X   X   X   .   .   .   .   .   .
z/a  X   X   X   .   .   .   .   .   .
z/b  X   X   X   .   .   .   .   .   .
z/c  X   X   X   .   .   .   .   .   .`),
    );
  });

  test('should deny ingress access to updated pod', () => {
    const policy = `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny-ingress-via-label-selector, namespace: x}
spec:
  podSelector: {matchLabels: {target: isolated}}
  policyTypes: [Ingress]
  ingress: []
`;
    expect(truthGrid(e2eReachability(policy), 'TCP', 80)).toEqual(grid(OPEN));
    const labelled = e2eReachability(policy, { podLabels: { 'x/a': { target: 'isolated' } } });
    expect(truthGrid(labelled, 'TCP', 80)).toEqual(grid(XA_INGRESS_DENIED));
  });

  test('should deny egress from pods based on PodSelector', () => {
    const r = e2eReachability(`
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny-egress-pod-a, namespace: x}
spec:
  podSelector: {matchLabels: {pod: a}}
  policyTypes: [Egress]
`);
    expect(truthGrid(r, 'TCP', 80)).toEqual(
      grid(`
-   x/a x/b x/c y/a y/b y/c z/a z/b z/c
x/a  X   X   X   X   X   X   X   X   X
x/b  .   .   .   .   .   .   .   .   .
x/c  .   .   .   .   .   .   .   .   .
y/a  .   .   .   .   .   .   .   .   .
y/b  .   .   .   .   .   .   .   .   .
y/c  .   .   .   .   .   .   .   .   .
z/a  .   .   .   .   .   .   .   .   .
z/b  .   .   .   .   .   .   .   .   .
z/c  .   .   .   .   .   .   .   .   .`),
    );
  });

  test('should deny egress from all pods in a namespace', () => {
    const r = e2eReachability(`
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny-egress-ns-x, namespace: x}
spec:
  podSelector: {}
  policyTypes: [Egress]
`);
    expect(truthGrid(r, 'TCP', 80)).toEqual(grid(X_EGRESS_DENIED));
  });

  test('should work with Ingress, Egress specified together', () => {
    const r = e2eReachability(`
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: allow-client-a-via-pod-selector, namespace: x}
spec:
  podSelector: {matchLabels: {pod: a}}
  policyTypes: [Egress, Ingress]
  ingress:
    - from: [{podSelector: {matchLabels: {pod: b}}}]
  egress:
    - ports: [{port: 80}]
`);
    expect(truthGrid(r, 'TCP', 80)).toEqual(grid(XA_FROM_XB_ONLY));
    expect(truthGrid(r, 'TCP', 81)).toEqual(
      grid(`
-   x/a x/b x/c y/a y/b y/c z/a z/b z/c
x/a  X   X   X   X   X   X   X   X   X
x/b  .   .   .   .   .   .   .   .   .
x/c  X   .   .   .   .   .   .   .   .
y/a  X   .   .   .   .   .   .   .   .
y/b  X   .   .   .   .   .   .   .   .
y/c  X   .   .   .   .   .   .   .   .
z/a  X   .   .   .   .   .   .   .   .
z/b  X   .   .   .   .   .   .   .   .
z/c  X   .   .   .   .   .   .   .   .`),
    );
  });

  test('should support denying of egress traffic on the client side (even if the server explicitly allows this traffic)', () => {
    const fromXa = `    - from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: x}}, podSelector: {matchLabels: {pod: a}}}]`;
    const r = e2eReachability(`
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: allow-to-ns-y-pod-a, namespace: x}
spec:
  podSelector: {matchLabels: {pod: a}}
  policyTypes: [Egress]
  egress:
    - to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: y}}, podSelector: {matchLabels: {pod: a}}}]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: allow-from-xa-on-ya, namespace: y}
spec:
  podSelector: {matchLabels: {pod: a}}
  policyTypes: [Ingress]
  ingress:
${fromXa}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: allow-from-xa-on-yb, namespace: y}
spec:
  podSelector: {matchLabels: {pod: b}}
  policyTypes: [Ingress]
  ingress:
${fromXa}
`);
    expect(truthGrid(r, 'TCP', 80)).toEqual(
      grid(`
-   x/a x/b x/c y/a y/b y/c z/a z/b z/c
x/a  X   X   X   .   X   X   X   X   X
x/b  .   .   .   X   X   .   .   .   .
x/c  .   .   .   X   X   .   .   .   .
y/a  .   .   .   X   X   .   .   .   .
y/b  .   .   .   X   X   .   .   .   .
y/c  .   .   .   X   X   .   .   .   .
z/a  .   .   .   X   X   .   .   .   .
z/b  .   .   .   X   X   .   .   .   .
z/c  .   .   .   X   X   .   .   .   .`),
    );
  });

  test('should enforce egress policy allowing traffic to a server in a different namespace based on PodSelector and NamespaceSelector', () => {
    const r = e2eReachability(`
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: allow-to-ns-y-pod-a, namespace: x}
spec:
  podSelector: {matchLabels: {pod: a}}
  policyTypes: [Egress]
  egress:
    - to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: y}}, podSelector: {matchLabels: {pod: a}}}]
`);
    expect(truthGrid(r, 'TCP', 80)).toEqual(
      grid(`
-   x/a x/b x/c y/a y/b y/c z/a z/b z/c
x/a  X   X   X   .   X   X   X   X   X
x/b  .   .   .   .   .   .   .   .   .
x/c  .   .   .   .   .   .   .   .   .
y/a  .   .   .   .   .   .   .   .   .
y/b  .   .   .   .   .   .   .   .   .
y/c  .   .   .   .   .   .   .   .   .
z/a  .   .   .   .   .   .   .   .   .
z/b  .   .   .   .   .   .   .   .   .
z/c  .   .   .   .   .   .   .   .   .`),
    );
  });

  test('should enforce ingress policy allowing any port traffic to a server on a specific protocol', () => {
    const r = e2eReachability(ingressToA('    - ports: [{protocol: TCP}]'));
    expect(truthGrid(r, 'TCP', 80)).toEqual(grid(OPEN));
    expect(truthGrid(r, 'UDP', 80)).toEqual(grid(XA_INGRESS_DENIED));
  });

  test('should enforce multiple ingress policies with ingress allow-all policy taking precedence', () => {
    const only80 = `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: allow-ingress-port-80, namespace: x}
spec:
  podSelector: {matchLabels: {}}
  policyTypes: [Ingress]
  ingress: [{ports: [{port: 80}]}]
`;
    expect(truthGrid(e2eReachability(only80), 'TCP', 81)).toEqual(grid(X_INGRESS_DENIED));
    const withAllowAll = `${only80}---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: allow-ingress, namespace: x}
spec:
  podSelector: {matchLabels: {}}
  policyTypes: [Ingress]
  ingress: [{}]
`;
    expect(truthGrid(e2eReachability(withAllowAll), 'TCP', 81)).toEqual(grid(OPEN));
  });

  test('should enforce multiple egress policies with egress allow-all policy taking precedence', () => {
    const only80 = `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: allow-egress-port-80, namespace: x}
spec:
  podSelector: {matchLabels: {}}
  policyTypes: [Egress]
  egress: [{ports: [{port: 80}]}]
`;
    expect(truthGrid(e2eReachability(only80), 'TCP', 81)).toEqual(grid(X_EGRESS_DENIED));
    const withAllowAll = `${only80}---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: allow-egress, namespace: x}
spec:
  podSelector: {matchLabels: {}}
  policyTypes: [Egress]
  egress: [{}]
`;
    expect(truthGrid(e2eReachability(withAllowAll), 'TCP', 81)).toEqual(grid(OPEN));
  });

  test('should stop enforcing policies after they are deleted', () => {
    const denyAll = `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny-all, namespace: x}
spec:
  podSelector: {}
  policyTypes: [Ingress, Egress]
`;
    expect(truthGrid(e2eReachability(denyAll), 'TCP', 80)).not.toEqual(grid(OPEN));
    expect(truthGrid(e2eReachability(''), 'TCP', 80)).toEqual(grid(OPEN));
  });

  test('should enforce policies to check ingress and egress policies can be controlled independently based on PodSelector', () => {
    const allowEgress = `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: allow-egress-for-target, namespace: x}
spec:
  podSelector: {matchLabels: {pod: a}}
  policyTypes: [Egress]
  egress: [{}]
`;
    expect(truthGrid(e2eReachability(allowEgress), 'TCP', 80)).toEqual(grid(OPEN));
    const denyIngress = `${allowEgress}---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny-ingress-via-label-selector, namespace: x}
spec:
  podSelector: {matchLabels: {pod: a}}
  policyTypes: [Ingress]
  ingress: []
`;
    expect(truthGrid(e2eReachability(denyIngress), 'TCP', 80)).toEqual(grid(XA_INGRESS_DENIED));
  });

  test("should not mistakenly treat 'protocol: SCTP' as 'protocol: TCP'", () => {
    const r = e2eReachability(`${DENY_INGRESS}---${ingressToA('    - ports: [{port: 81, protocol: SCTP}]')}`);
    expect(truthGrid(r, 'TCP', 81)).toEqual(grid(X_INGRESS_DENIED));
    expect(truthGrid(r, 'SCTP', 81)).toEqual(
      grid(`
-   x/a x/b x/c y/a y/b y/c z/a z/b z/c
x/a  .   X   X   .   .   .   .   .   .
x/b  .   X   X   .   .   .   .   .   .
x/c  .   X   X   .   .   .   .   .   .
y/a  .   X   X   .   .   .   .   .   .
y/b  .   X   X   .   .   .   .   .   .
y/c  .   X   X   .   .   .   .   .   .
z/a  .   X   X   .   .   .   .   .   .
z/b  .   X   X   .   .   .   .   .   .
z/c  .   X   X   .   .   .   .   .   .`),
    );
  });

  test('should properly isolate pods that are selected by a policy allowing SCTP', () => {
    const r = e2eReachability(ingressToA('    - ports: [{port: 80, protocol: SCTP}]'));
    expect(truthGrid(r, 'TCP', 81)).toEqual(grid(XA_INGRESS_DENIED));
    expect(truthGrid(r, 'SCTP', 80)).toEqual(grid(OPEN));
  });

  test('should not allow access by TCP when a policy specifies only UDP', () => {
    const r = e2eReachability(ingressToA('    - ports: [{port: 81, protocol: UDP}]'));
    expect(truthGrid(r, 'TCP', 81)).toEqual(grid(XA_INGRESS_DENIED));
    expect(truthGrid(r, 'UDP', 81)).toEqual(grid(OPEN));
  });

  test('should enforce policy based on NamespaceSelector with MatchExpressions using default ns label (egress)', () => {
    const r = e2eReachability(`
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: allow-ns-y-match-selector-for-immutable-ns-label, namespace: x}
spec:
  podSelector: {matchLabels: {pod: a}}
  policyTypes: [Egress]
  egress:
    - to: [{namespaceSelector: {matchExpressions: [{key: kubernetes.io/metadata.name, operator: NotIn, values: [y]}]}}]
`);
    expect(truthGrid(r, 'TCP', 80)).toEqual(
      grid(`
-   x/a x/b x/c y/a y/b y/c z/a z/b z/c
x/a  .   .   .   X   X   X   .   .   .
x/b  .   .   .   .   .   .   .   .   .
x/c  .   .   .   .   .   .   .   .   .
y/a  .   .   .   .   .   .   .   .   .
y/b  .   .   .   .   .   .   .   .   .
y/c  .   .   .   .   .   .   .   .   .
z/a  .   .   .   .   .   .   .   .   .
z/b  .   .   .   .   .   .   .   .   .
z/c  .   .   .   .   .   .   .   .   .`),
    );
  });

  test('namespaceSelector on a label of the Namespace object (ns=y)', () => {
    const r = e2eReachability(ingressToA('    - from: [{namespaceSelector: {matchLabels: {ns: y}}}]'));
    expect(truthGrid(r, 'TCP', 80)).toEqual(grid(XA_FROM_Y_ONLY));
  });
});

describe('e2e: NetworkPolicy between server and client using UDP and SCTP', () => {
  for (const protocol of ['UDP', 'SCTP'] as const) {
    test(`${protocol}: should support a 'default-deny-ingress' policy`, () => {
      expect(truthGrid(e2eReachability(DENY_INGRESS), protocol, 80)).toEqual(grid(X_INGRESS_DENIED));
    });

    test(`${protocol}: should enforce policy based on Ports`, () => {
      const r = e2eReachability(
        ingressToA(`    - from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: y}}}]
      ports: [{port: 81, protocol: ${protocol}}]`),
      );
      expect(truthGrid(r, protocol, 81)).toEqual(grid(XA_FROM_Y_ONLY));
      expect(truthGrid(r, 'TCP', 81)).toEqual(grid(XA_INGRESS_DENIED));
    });

    test(`${protocol}: should enforce policy to allow traffic only from a pod in a different namespace based on PodSelector and NamespaceSelector`, () => {
      const r = e2eReachability(
        ingressToA(`    - from:
        - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: y}}
          podSelector: {matchLabels: {pod: a}}`),
      );
      const column = truthGrid(r, protocol, 80).map((line) => line.split(' ')[1]);
      expect(column).toEqual(['x/a', 'X', 'X', 'X', '.', 'X', 'X', 'X', 'X', 'X']);
    });
  }
});

describe('e2e: ipBlock scenarios (pod IPs from a live-cluster dump)', () => {
  const egressFromA = (to: string) => `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: allow-client-a-via-cidr-egress-rule, namespace: x}
spec:
  podSelector: {matchLabels: {pod: a}}
  policyTypes: [Egress]
  egress:
    - to: [${to}]
`;
  const ONLY_XA_TO_YB = `
-   x/a x/b x/c y/a y/b y/c z/a z/b z/c
x/a  X   X   X   X   .   X   X   X   X
x/b  .   .   .   .   .   .   .   .   .
x/c  .   .   .   .   .   .   .   .   .
y/a  .   .   .   .   .   .   .   .   .
y/b  .   .   .   .   .   .   .   .   .
y/c  .   .   .   .   .   .   .   .   .
z/a  .   .   .   .   .   .   .   .   .
z/b  .   .   .   .   .   .   .   .   .
z/c  .   .   .   .   .   .   .   .   .`;

  test('should allow egress access to server in CIDR block (ipBlock matches pods)', () => {
    const r = e2eReachability(egressFromA(`{ipBlock: {cidr: ${podIp('y/b')}/32}}`), {
      ipBlockMatchesPods: true,
    });
    expect(truthGrid(r, 'TCP', 80)).toEqual(grid(ONLY_XA_TO_YB));
  });

  test('by default an ipBlock matches no pod, so the same policy cuts x/a off from every pod', () => {
    const r = e2eReachability(egressFromA(`{ipBlock: {cidr: ${podIp('y/b')}/32}}`));
    expect(truthGrid(r, 'TCP', 80)[1]).toBe('x/a X X X X X X X X X');
  });

  const largeBlockExceptXb = `{ipBlock: {cidr: 0.0.0.0/4, except: ["${podIp('x/b')}/32"]}}`;

  test('should enforce except clause while egress access to server in CIDR block', () => {
    const r = e2eReachability(egressFromA(largeBlockExceptXb), { ipBlockMatchesPods: true });
    expect(truthGrid(r, 'TCP', 80)[1]).toBe('x/a . X . . . . . . .');
  });

  test('an IP in both a CIDR and an except of another policy is allowed (policies are unioned)', () => {
    const second = egressFromA(`{ipBlock: {cidr: ${podIp('x/b')}/32}}`).replace(
      'allow-client-a-via-cidr-egress-rule',
      'allow-x-b',
    );
    const r = e2eReachability(`${egressFromA(largeBlockExceptXb)}---${second}`, { ipBlockMatchesPods: true });
    expect(truthGrid(r, 'TCP', 80)[1]).toBe('x/a . . . . . . . . .');
  });
});
