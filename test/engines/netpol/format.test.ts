import { describe, expect, test } from 'vitest';
import { workloadConnections } from '../../../src/engines/netpol/connections.js';
import { formatConnections } from '../../../src/engines/netpol/format.js';
import { Reachability, readNetpolInput } from '../../../src/engines/netpol/reachability.js';
import { objectsOf } from './support.js';

const YAML = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec: {template: {metadata: {labels: {app: web}}, spec: {containers: [{name: c, image: i:1, ports: [{containerPort: 8080}]}]}}}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny, namespace: shop}
spec: {podSelector: {}, policyTypes: [Ingress, Egress]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: lb, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  ingress: [{from: [{ipBlock: {cidr: 198.51.100.0/24}}], ports: [{port: 8080}]}]
  egress: [{to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}}], ports: [{port: 53, protocol: UDP}]}]
`;

const reachability = new Reachability(readNetpolInput(objectsOf('shop.yaml', YAML)), {
  ipBlockMatchesPods: false,
});
const connections = workloadConnections(reachability);

describe('netpol list formats', () => {
  test('text: one connection a line', () => {
    expect(formatConnections(connections, 'text')).toBe(
      [
        '198.51.100.0-198.51.100.255[External] => shop/web[Deployment] : TCP 8080',
        'shop/web[Deployment] => kube-system/*[Namespace] : UDP 53',
        '',
      ].join('\n'),
    );
  });

  test('json: workloads as namespace/name/kind, outside addresses as ipRange, plus warnings', () => {
    const json = JSON.parse(formatConnections(connections, 'json', reachability.warnings)) as {
      connections: unknown[];
      warnings: unknown[];
    };
    expect(json.connections).toEqual([
      {
        src: { ipRange: '198.51.100.0-198.51.100.255' },
        dst: { namespace: 'shop', name: 'web', kind: 'Deployment' },
        conn: 'TCP 8080',
      },
      {
        src: { namespace: 'shop', name: 'web', kind: 'Deployment' },
        dst: { namespace: 'kube-system', name: '*', kind: 'Namespace' },
        conn: 'UDP 53',
      },
    ]);
    expect(json.warnings).toEqual([]);
  });

  test('md: a table', () => {
    expect(formatConnections(connections, 'md').split('\n').slice(0, 3)).toEqual([
      '| Source | Destination | Allowed |',
      '| --- | --- | --- |',
      '| `198.51.100.0-198.51.100.255[External]` | `shop/web[Deployment]` | TCP 8080 |',
    ]);
  });

  test('dot: quoted nodes shaped by kind, labelled edges', () => {
    const dot = formatConnections(connections, 'dot');
    expect(dot).toContain('"198.51.100.0-198.51.100.255[External]" [shape=ellipse, style=dashed];');
    expect(dot).toContain('"kube-system/*[Namespace]" [shape=folder];');
    expect(dot).toContain('"shop/web[Deployment]" -> "kube-system/*[Namespace]" [label="UDP 53"];');
    expect(dot.startsWith('digraph netpol {')).toBe(true);
  });

  test('mermaid: node ids, quoted labels, edge labels', () => {
    expect(formatConnections(connections, 'mermaid')).toBe(
      [
        'flowchart LR',
        '  n0(["198.51.100.0-198.51.100.255[External]"])',
        '  n1["shop/web[Deployment]"]',
        '  n2[/"kube-system/*[Namespace]"/]',
        '  n0 -->|"TCP 8080"| n1',
        '  n1 -->|"UDP 53"| n2',
        '',
      ].join('\n'),
    );
  });
});
