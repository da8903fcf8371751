import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/config/settings.js';
import type { ClusterApi, ExecResult } from '../../src/cluster/api.js';
import { noneCreated } from '../../src/cluster/dry-run.js';
import { findingCollector } from '../../src/cluster/findings.js';
import { planNamespaces } from '../../src/cluster/namespaces.js';
import {
  parseProbeOutput,
  probeCommand,
  probePod,
  runConnectivity,
  type ConnectivityOptions,
} from '../../src/cluster/connectivity.js';
import { resolveClusterConfig } from '../../src/cluster/config.js';
import { connectivityTable, runClusterStage } from '../../src/cluster/stage.js';
import type { KubeObject } from '../../src/model/objects.js';
import { parseObjects } from './manifests.js';

const MANIFESTS = `apiVersion: apps/v1
kind: Deployment
metadata: {name: a, namespace: x}
spec:
  selector: {matchLabels: {pod: a}}
  template:
    metadata: {labels: {pod: a}}
    spec: {containers: [{name: c, image: i, ports: [{containerPort: 80, name: http}, {containerPort: 53, protocol: UDP}]}]}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: b, namespace: x}
spec:
  selector: {matchLabels: {pod: b}}
  template:
    metadata: {labels: {pod: b}}
    spec: {containers: [{name: c, image: i}]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny-a, namespace: x}
spec:
  podSelector: {matchLabels: {pod: a}}
  policyTypes: [Ingress]
`;
const objects = parseObjects('net.yaml', MANIFESTS);
const table = connectivityTable(objects, DEFAULT_SETTINGS);
const IPS: Record<string, string> = { 'kubegate-probe-0': '10.0.0.1', 'kubegate-probe-1': '10.0.0.2' };

/** A cluster whose network lets `reachable(ip, port)` through; records stored objects and exec commands. */
function fakeCluster(reachable: (attempt: number, ip: string, port: number) => boolean) {
  const stored: KubeObject[] = [];
  const execs: Array<{ pod: string; command: readonly string[] }> = [];
  let attempt = 0;
  const api: ClusterApi = {
    apply: async (object, options) => {
      if (!options.dryRun) stored.push(object);
      return { ok: true, object, warnings: [] };
    },
    create: async (object) => ({ ok: true, object, warnings: [] }),
    read: async (ref) => ({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: ref.name },
      status: { podIP: IPS[ref.name], conditions: [{ type: 'Ready', status: 'True' }] },
    }),
    list: async () => [],
    remove: async () => undefined,
    exec: async (_ns, pod, _container, command): Promise<ExecResult> => {
      execs.push({ pod, command });
      if (pod === 'kubegate-probe-1') attempt++;
      const script = command[2]!;
      const lines = [...script.matchAll(/connect (\S+):(\d+) .* p(\d+)=/g)].map(
        ([, ip, port, key]) => `${key} ${reachable(attempt, ip!, Number(port)) ? 0 : 1}`,
      );
      return { exitCode: 0, stdout: `${lines.join('\n')}\n`, stderr: '' };
    },
  };
  return { api, stored, execs };
}

const options = (): ConnectivityOptions => {
  let now = 0;
  return {
    plan: planNamespaces(objects, {
      runId: 't',
      defaultLevel: 'restricted',
      defaultVersion: DEFAULT_SETTINGS.pss.version,
    }),
    probeImage: 'agnhost:test',
    clock: { now: () => now, sleep: async (ms) => void (now += ms) },
    connectTimeoutSeconds: 1,
    attempts: 3,
    retryDelayMs: 1000,
    podsReadyTimeoutMs: 10_000,
    probeTimeoutMs: 60_000,
    concurrency: 4,
  };
};

describe('connectivity probes', () => {
  it('builds probe pods with exactly the workload labels and ports, admitted under restricted', () => {
    const pod = probePod(table.pods[0]!, 0, 'agnhost:test');
    expect((pod.metadata as { labels: unknown }).labels).toEqual({ pod: 'a' });
    const containers = (pod.spec as { containers: Array<{ args: string[]; ports: unknown[] }> }).containers;
    expect(containers.map((c) => c.args)).toEqual([
      ['serve-hostname', '--udp', '--http=false', '--port', '53'],
      ['serve-hostname', '--tcp', '--http=false', '--port', '80'],
    ]);
    expect(containers[1]!.ports).toEqual([{ containerPort: 80, protocol: 'TCP', name: 'http' }]);
    expect((pod.spec as { securityContext: unknown }).securityContext).toMatchObject({
      runAsNonRoot: true,
      seccompProfile: { type: 'RuntimeDefault' },
    });
  });

  it('runs all probes of a source pod concurrently in one exec and reads each exit code', () => {
    const command = probeCommand(
      [
        { key: 3, ip: '10.0.0.1', port: 80, protocol: 'TCP' },
        { key: 4, ip: 'fd00::1', port: 53, protocol: 'UDP' },
      ],
      2,
    );
    expect(command.slice(0, 2)).toEqual(['/bin/sh', '-c']);
    expect(command[2]).toBe(
      [
        '/agnhost connect 10.0.0.1:80 --timeout=2s --protocol=tcp >/dev/null 2>&1 & p3=$!',
        '/agnhost connect [fd00::1]:53 --timeout=2s --protocol=udp >/dev/null 2>&1 & p4=$!',
        'wait $p3; echo "3 $?"',
        'wait $p4; echo "4 $?"',
      ].join('\n'),
    );
    expect(parseProbeOutput('3 0\n4 1\ngarbage\n')).toEqual(
      new Map([
        [3, true],
        [4, false],
      ]),
    );
    expect(() => probeCommand([{ key: 1, ip: '1.2.3.4; rm -rf /', port: 80, protocol: 'TCP' }], 1)).toThrow(
      /not a pod IP/,
    );
  });

  it('matches the expectation when the network enforces the policy, storing only probe pods and policies', async () => {
    const cluster = fakeCluster((_attempt, ip) => ip !== '10.0.0.1');
    const { findings, emit } = findingCollector(DEFAULT_SETTINGS);
    const summary = await runConnectivity(cluster.api, objects, table, options(), noneCreated(), emit);
    expect(summary.mismatches).toBe(0);
    expect(findings).toEqual([]);
    expect(cluster.stored.map((o) => o.kind).sort()).toEqual(['NetworkPolicy', 'Pod', 'Pod']);
    // one exec per source pod that has targets (b probes a's two ports; a's only target would be itself)
    expect(cluster.execs.map((e) => e.pod)).toEqual(['kubegate-probe-1']);
    expect(summary.tables.find((t) => t.port === 80)!.rows.find((r) => r.from === 'x/b[Deployment]')).toEqual(
      {
        from: 'x/b[Deployment]',
        expected: 'X ',
        observed: 'X ',
      },
    );
  });

  it('retries while enforcement lags, then reports what is still wrong as findings with both tables', async () => {
    // the policy takes one round to be enforced on port 53, and is never enforced on port 80
    const cluster = fakeCluster((attempt, _ip, port) => port === 80 || attempt < 2);
    const { findings, emit } = findingCollector(DEFAULT_SETTINGS);
    const summary = await runConnectivity(cluster.api, objects, table, options(), noneCreated(), emit);
    expect(cluster.execs.length).toBe(3);
    expect(summary.mismatches).toBe(1);
    expect(findings.map((f) => [f.ruleId, f.location.line, f.message])).toEqual([
      [
        'cluster/connectivity',
        7,
        'x/b[Deployment] → x/a[Deployment] 80/TCP: expected blocked, observed allowed (3 attempts)',
      ],
    ]);
    const row = summary.tables.find((t) => t.port === 80)!.rows.find((r) => r.from === 'x/b[Deployment]')!;
    expect([row.expected, row.observed]).toEqual(['X ', '. ']);
  });
});

describe('connectivity on a change that touches only a policy', () => {
  const policyOnly = objects.filter((source) => source.value.kind === 'NetworkPolicy');

  /** the stage on the fake cluster (kubeconfig mode); every apply recorded with its dry-run flag */
  async function stage(connectivityObjects?: typeof objects) {
    const cluster = fakeCluster((_attempt, ip) => ip !== '10.0.0.1');
    const applied: Array<{ kind: string; name: string; dryRun: boolean }> = [];
    const api: ClusterApi = {
      ...cluster.api,
      list: async (_apiVersion, kind) =>
        kind === 'Node'
          ? [{ apiVersion: 'v1', kind: 'Node', status: { conditions: [{ type: 'Ready', status: 'True' }] } }]
          : [],
      apply: async (object, applyOptions) => {
        const metadata = object.metadata as { name?: string };
        applied.push({ kind: object.kind, name: metadata.name ?? '', dryRun: applyOptions.dryRun });
        return cluster.api.apply(object, applyOptions);
      },
    };
    let now = 0;
    const result = await runClusterStage({
      objects: policyOnly,
      ...(connectivityObjects ? { connectivityObjects } : {}),
      settings: DEFAULT_SETTINGS,
      config: resolveClusterConfig({ probes: { attempts: 1 } }),
      target: { mode: 'kubeconfig', kubeconfigPath: '/dev/null' },
      connect: () => api,
      clock: { now: () => now, sleep: async (ms) => void (now += ms) },
      runId: 't',
    });
    return { result, applied };
  }

  it('dry-runs only the changed objects but probes every workload the whole tree has', async () => {
    const { result, applied } = await stage(objects);
    const dryRun = applied.filter((entry) => entry.dryRun).map((entry) => `${entry.kind}/${entry.name}`);
    expect(dryRun).toEqual(['NetworkPolicy/deny-a']);
    // the probe pods stand for both Deployments of the untouched part of the tree
    const probePods = applied.filter((entry) => !entry.dryRun && entry.kind === 'Pod');
    expect(probePods).toHaveLength(2);
    expect(result.summary.connectivity?.pods).toBe(2);
    expect(result.summary.connectivity?.mismatches).toBe(0);
  });

  it('without the whole tree, the changed policy alone has no workload to be tested against', async () => {
    const { result, applied } = await stage();
    expect(applied.filter((entry) => !entry.dryRun && entry.kind === 'Pod')).toEqual([]);
    expect(result.summary.connectivity).toBeUndefined();
  });
});
