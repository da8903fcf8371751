import { describe, expect, test } from 'vitest';
import { truthTable } from '../../../src/engines/netpol/matrix.js';
import { Reachability, readNetpolInput } from '../../../src/engines/netpol/reachability.js';
import { e2eReachability, objectsOf } from './support.js';

const DENY_INGRESS_X = `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny-ingress, namespace: x}
spec:
  podSelector: {}
  policyTypes: [Ingress]
`;

describe('truth table for the cluster stage', () => {
  const table = truthTable(e2eReachability(DENY_INGRESS_X));
  const verdict = (from: string, to: string, protocol: string, port: number) =>
    table.probes.find(
      (probe) => probe.from === from && probe.to === to && probe.protocol === protocol && probe.port === port,
    )?.expected;

  test('every pod x every pod x every port the destination declares', () => {
    expect(table.pods).toHaveLength(9);
    expect(table.probes).toHaveLength(9 * 9 * 6);
  });

  test('verdicts follow the policies, per port and protocol', () => {
    expect(verdict('x/b[Pod]', 'x/a[Pod]', 'TCP', 80)).toBe('deny');
    expect(verdict('y/a[Pod]', 'x/a[Pod]', 'UDP', 81)).toBe('deny');
    expect(verdict('x/a[Pod]', 'y/a[Pod]', 'SCTP', 80)).toBe('allow');
    expect(verdict('z/c[Pod]', 'y/b[Pod]', 'TCP', 81)).toBe('allow');
  });

  test('namespaces and pods carry what probe pods need: labels, ports with names and protocols', () => {
    expect(table.namespaces.map((ns) => ns.name)).toEqual(['x', 'y', 'z']);
    expect(table.namespaces[0]!.labels).toEqual({ 'kubernetes.io/metadata.name': 'x', ns: 'x' });
    expect(table.pods[0]).toEqual({
      id: 'x/a[Pod]',
      workload: { namespace: 'x', name: 'a', kind: 'Pod' },
      namespace: 'x',
      labels: { pod: 'a' },
      ports: [
        { port: 80, protocol: 'SCTP', name: 'serve-80-sctp' },
        { port: 80, protocol: 'TCP', name: 'serve-80-tcp' },
        { port: 80, protocol: 'UDP', name: 'serve-80-udp' },
        { port: 81, protocol: 'SCTP', name: 'serve-81-sctp' },
        { port: 81, protocol: 'TCP', name: 'serve-81-tcp' },
        { port: 81, protocol: 'UDP', name: 'serve-81-udp' },
      ],
    });
    expect(table.ipBlockMatchesPods).toBe(false);
  });

  test('a pod to itself is marked, so the prober can treat loopback apart', () => {
    const self = table.probes.filter((probe) => probe.sameWorkload);
    expect(self).toHaveLength(9 * 6);
    expect(self.every((probe) => probe.from === probe.to)).toBe(true);
  });

  test('a destination without declared ports gets no probe; several pod shapes get one probe pod each', () => {
    const yaml = `apiVersion: apps/v1
kind: Deployment
metadata: {name: quiet, namespace: a}
spec: {template: {metadata: {labels: {app: quiet}}, spec: {containers: [{name: c, image: i:1}]}}}
---
${[0, 1]
  .map(
    (i) => `apiVersion: v1
kind: Pod
metadata:
  name: db-${i}
  namespace: a
  labels: {app: db, pod-name: db-${i}}
  ownerReferences: [{apiVersion: apps/v1, kind: StatefulSet, name: db, controller: true, uid: u}]
spec: {containers: [{name: db, image: pg:16, ports: [{containerPort: 5432}]}]}
`,
  )
  .join('---\n')}`;
    const matrix = truthTable(
      new Reachability(readNetpolInput(objectsOf('a.yaml', yaml)), { ipBlockMatchesPods: false }),
    );
    expect(matrix.pods.map((pod) => pod.id)).toEqual([
      'a/db[StatefulSet]#0',
      'a/db[StatefulSet]#1',
      'a/quiet[Deployment]',
    ]);
    expect(matrix.probes.some((probe) => probe.to === 'a/quiet[Deployment]')).toBe(false);
    expect(matrix.probes).toHaveLength(3 * 2);
    expect(
      matrix.probes.find(
        (probe) => probe.from === 'a/db[StatefulSet]#0' && probe.to === 'a/db[StatefulSet]#1',
      ),
    ).toMatchObject({
      sameWorkload: true,
      expected: 'allow',
    });
  });
});
