import { describe, expect, test } from 'vitest';
import { endpointText } from '../../../src/engines/netpol/connections.js';
import {
  analyzePair,
  diffConnectivity,
  isEmptyDiff,
  type ConnectivityDiff,
} from '../../../src/engines/netpol/diff.js';
import { readNetpolInput } from '../../../src/engines/netpol/reachability.js';
import {
  connectivityDiffJson,
  connectivityDiffMarkdown,
  connectivityDiffMermaid,
  connectivityDiffText,
  VISIBLE_ROWS,
} from '../../../src/report/netpol-diff.js';
import { objectsOf } from './support.js';

const WEB = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: a}
spec:
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: web, image: web:1, ports: [{containerPort: 8443, name: https}]}]}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: api, namespace: a}
spec:
  template:
    metadata: {labels: {app: api}}
    spec: {containers: [{name: api, image: api:1}]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny, namespace: a}
spec:
  podSelector: {}
  policyTypes: [Ingress, Egress]
---
`;

function ingressToWeb(rule: string): string {
  return `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web-in, namespace: a}
spec:
  podSelector: {matchLabels: {app: web}}
  policyTypes: [Ingress]
  ingress:
${rule}
---
`;
}

const API_TO_WEB = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: api-out, namespace: a}
spec:
  podSelector: {matchLabels: {app: api}}
  policyTypes: [Egress]
  egress: [{to: [{podSelector: {matchLabels: {app: web}}}]}]
`;

function diff(base: string, head: string): ConnectivityDiff {
  const pair = analyzePair(
    readNetpolInput(objectsOf('base.yaml', base)),
    readNetpolInput(objectsOf('head.yaml', head)),
    { ipBlockMatchesPods: false },
  );
  return diffConnectivity(pair.base, pair.head);
}

const lines = (changes: ConnectivityDiff['added']) =>
  changes.map(
    (change) =>
      `${endpointText(change.src)} => ${endpointText(change.dst)} : ${change.before} -> ${change.after}`,
  );

describe('diffConnectivity', () => {
  test('a new path from outside to a workload nothing outside reached is called out as exposure', () => {
    const result = diff(
      WEB,
      `${WEB}${ingressToWeb('    - from: [{ipBlock: {cidr: 0.0.0.0/0}}]\n      ports: [{port: https}]')}`,
    );
    expect(lines(result.exposed)).toEqual([
      '0.0.0.0-255.255.255.255[External] => a/web[Deployment] : No Connections -> TCP 8443',
    ]);
    expect(result.added).toEqual([]);
  });

  test('narrowing an ipBlock removes exactly the addresses cut off', () => {
    const wide = `${WEB}${ingressToWeb('    - from: [{ipBlock: {cidr: 0.0.0.0/0}}]\n      ports: [{port: 8443}]')}`;
    const narrow = `${WEB}${ingressToWeb('    - from: [{ipBlock: {cidr: 0.0.0.0/0, except: [10.0.0.0/8]}}]\n      ports: [{port: 8443}]')}`;
    const result = diff(wide, narrow);
    expect(lines(result.removed)).toEqual([
      '10.0.0.0-10.255.255.255[External] => a/web[Deployment] : TCP 8443 -> No Connections',
    ]);
    expect([result.added, result.changed, result.exposed]).toEqual([[], [], []]);
    // and widening it back is an addition, not a new exposure: outside addresses already reached web
    const back = diff(narrow, wide);
    expect(lines(back.added)).toEqual([
      '10.0.0.0-10.255.255.255[External] => a/web[Deployment] : No Connections -> TCP 8443',
    ]);
    expect(back.exposed).toEqual([]);
  });

  test('more ports on an existing path is a change', () => {
    const base = `${WEB}${API_TO_WEB}---\n${ingressToWeb('    - from: [{podSelector: {matchLabels: {app: api}}}]\n      ports: [{port: 8443}]')}`;
    const head = base.replace('ports: [{port: 8443}]', 'ports: [{port: 8443}, {port: 9090}]');
    expect(lines(diff(base, head).changed)).toEqual([
      'a/api[Deployment] => a/web[Deployment] : TCP 8443 -> TCP 8443,9090',
    ]);
  });

  test('the same manifests give an empty diff', () => {
    const result = diff(`${WEB}${API_TO_WEB}`, `${WEB}${API_TO_WEB}`);
    expect(isEmptyDiff(result)).toBe(true);
    expect(connectivityDiffText(result)).toBe('No connectivity changes.\n');
    expect(connectivityDiffMarkdown(result)).toBe('No connectivity changes.\n');
  });
});

describe('report: the connectivity diff for people', () => {
  const removedAndAdded = diff(
    `${WEB}${ingressToWeb('    - from: [{podSelector: {matchLabels: {app: api}}}]')}${API_TO_WEB}`,
    `${WEB}${ingressToWeb('    - from: [{ipBlock: {cidr: 203.0.113.0/24}}]\n      ports: [{port: 8443}]')}`,
  );

  test('text puts newly exposed workloads first', () => {
    expect(connectivityDiffText(removedAndAdded)).toBe(
      [
        'Newly reachable from outside the cluster:',
        '  ! 203.0.113.0-203.0.113.255[External] => a/web[Deployment] : TCP 8443',
        'Removed:',
        '  - a/api[Deployment] => a/web[Deployment] : All Connections',
        '',
      ].join('\n'),
    );
  });

  test('markdown: summary line, exposure callout, table, then the graph', () => {
    const markdown = connectivityDiffMarkdown(removedAndAdded);
    expect(markdown).toContain('**Connectivity changes:** 1 newly exposed to outside addresses, 1 removed.');
    expect(markdown).toContain('**Newly reachable from outside the cluster:** `a/web[Deployment]`');
    expect(markdown).toContain(
      '| **newly exposed** | `203.0.113.0-203.0.113.255[External]` | `a/web[Deployment]` |  | TCP 8443 |',
    );
    expect(markdown).toContain(
      '| removed | `a/api[Deployment]` | `a/web[Deployment]` | All Connections |  |',
    );
    expect(markdown.indexOf('newly exposed** |')).toBeLessThan(markdown.indexOf('| removed |'));
    expect(markdown).toMatch(/```mermaid\nflowchart LR\n[\s\S]*```\n$/);
    expect(markdown).not.toContain('<details>');
  });

  test('mermaid: added edges thick and green, removed dashed and red', () => {
    const graph = connectivityDiffMermaid(removedAndAdded);
    expect(graph).toContain('n0(["203.0.113.0-203.0.113.255[External]"])');
    expect(graph).toContain('n0 ==>|"TCP 8443"| n1');
    expect(graph).toContain('n2 -.->|"removed: All Connections"| n1');
    expect(graph).toContain('linkStyle 0 stroke:#1a7f37,stroke-width:3px');
    expect(graph).toContain('linkStyle 1 stroke:#cf222e,stroke-width:2px,stroke-dasharray:5 5');
  });

  test(`past ${VISIBLE_ROWS} rows the rest of the table and the graph are collapsed`, () => {
    const workloads = Array.from(
      { length: 9 },
      (_, i) =>
        `apiVersion: v1\nkind: Pod\nmetadata: {name: p${i}, namespace: big}\nspec: {containers: [{name: c, image: i:1}]}\n---\n`,
    ).join('');
    // nine open pods: 72 pod pairs plus two outside edges each, all removed by a deny-all
    const result = diff(
      workloads,
      `${workloads}apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: deny, namespace: big}\nspec: {podSelector: {}, policyTypes: [Ingress, Egress]}\n`,
    );
    expect(result.removed).toHaveLength(72 + 18);
    const markdown = connectivityDiffMarkdown(result);
    const visible = markdown.slice(0, markdown.indexOf('<details>'));
    expect(visible.match(/^\| removed \|/gm)).toHaveLength(VISIBLE_ROWS);
    expect(markdown).toContain('<details><summary>40 more changes</summary>');
    expect(markdown).toContain('<details><summary>Graph of 90 changes</summary>');
    expect(markdown.match(/^\| removed \|/gm)).toHaveLength(90);
  });

  test('JSON names every side of every change', () => {
    const json = JSON.parse(connectivityDiffJson(removedAndAdded)) as Record<string, unknown[]>;
    expect(json.exposed).toEqual([
      {
        src: { ipRange: '203.0.113.0-203.0.113.255' },
        dst: { namespace: 'a', name: 'web', kind: 'Deployment' },
        conn: 'TCP 8443',
      },
    ]);
    expect(json.removed).toEqual([
      {
        src: { namespace: 'a', name: 'api', kind: 'Deployment' },
        dst: { namespace: 'a', name: 'web', kind: 'Deployment' },
        conn: 'All Connections',
      },
    ]);
    expect([json.added, json.changed]).toEqual([[], []]);
  });
});
