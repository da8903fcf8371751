import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import {
  cleanupOnSignals,
  ClusterStartError,
  createKindCluster,
  kindConfig,
} from '../../src/cluster/kind.js';
import { spawnRunner } from '../../src/cluster/process.js';
import { runClusterCommand } from '../../src/commands/cluster.js';
import { cliAsync } from '../helpers/cli-async.js';
import { tempTree } from '../helpers/temp-tree.js';
import { startFakeApiServer, type FakeApiServer } from '../cluster/fake-apiserver.js';

const FAKE_KIND = path.resolve(__dirname, '../fixtures/cluster/fake-kind.mjs');

const MANIFEST = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  replicas: -1
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: app, image: web:1}]
`;

const CALICO = `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: calico-node, namespace: kube-system}
spec:
  selector: {matchLabels: {k8s-app: calico-node}}
  template:
    metadata: {labels: {k8s-app: calico-node}}
    spec:
      containers: [{name: calico-node, image: docker.io/calico/node:v3.29.2}]
`;

const ready = {
  status: 200,
  body: {
    items: [
      {
        metadata: { labels: { 'k8s-app': 'kube-dns' } },
        status: { conditions: [{ type: 'Ready', status: 'True' }] },
      },
    ],
  },
};

let server: FakeApiServer | undefined;
let tree: { root: string; remove: () => void } | undefined;
const saved = { ...process.env };
afterEach(async () => {
  await server?.close();
  server = undefined;
  tree?.remove();
  tree = undefined;
  for (const key of ['FAKE_KIND_LOG', 'FAKE_KIND_KUBECONFIG', 'FAKE_KIND_FAIL']) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
});

function kindLog(): string[][] {
  return fs
    .readFileSync(process.env.FAKE_KIND_LOG!, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as string[]);
}

async function setUp(): Promise<void> {
  server = await startFakeApiServer((request) => {
    if (
      request.method === 'GET' &&
      (request.path === '/api/v1/nodes' || request.path === '/api/v1/namespaces/kube-system/pods')
    )
      return ready;
    if (request.method === 'GET' && request.path.endsWith('/daemonsets/calico-node'))
      return {
        status: 200,
        body: {
          kind: 'DaemonSet',
          status: { desiredNumberScheduled: 1, numberReady: 1, updatedNumberScheduled: 1 },
        },
      };
    if (request.method === 'PATCH' && request.path.endsWith('/deployments/web'))
      return {
        status: 422,
        body: {
          kind: 'Status',
          code: 422,
          reason: 'Invalid',
          message: 'invalid',
          details: {
            causes: [
              { field: 'spec.replicas', message: 'Invalid value: -1: must be greater than or equal to 0' },
            ],
          },
        },
      };
    return undefined;
  });
  tree = tempTree({ 'deploy/web.yaml': MANIFEST, 'kind.log': '' });
  process.env.FAKE_KIND_LOG = path.join(tree.root, 'kind.log');
  process.env.FAKE_KIND_KUBECONFIG = server.writeKubeconfig();
}

describe('kubegate cluster --cluster kind', () => {
  it('creates the kind cluster, reports dry-run findings on source lines, gates, and deletes the cluster', async () => {
    await setUp();
    const run = await cliAsync(tree!.root, [
      'cluster',
      'deploy',
      '--cluster',
      'kind',
      '--kind',
      FAKE_KIND,
      '--no-connectivity',
      '--format',
      'json',
    ]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as {
      findings: Array<{ ruleId: string; location: { file: string; line: number } }>;
      cluster: { mode: string };
    };
    expect(report.findings.find((f) => f.ruleId === 'cluster/dry-run')?.location).toMatchObject({
      file: 'deploy/web.yaml',
      line: 7,
    });
    expect(report.cluster.mode).toBe('kind');
    const calls = kindLog();
    expect(calls[0]!.slice(0, 2)).toEqual(['create', 'cluster']);
    expect(calls[0]).toEqual(expect.arrayContaining(['--image', 'kindest/node:v1.32.2', '--wait']));
    expect(calls.at(-1)!.slice(0, 2)).toEqual(['delete', 'cluster']);
    expect(calls.at(-1)![3]).toBe(calls[0]![3]);
    expect(run.stderr).toMatch(/cleanup in/);
  });

  it('keeps the cluster with --keep-cluster', async () => {
    await setUp();
    const run = await cliAsync(tree!.root, [
      'cluster',
      'deploy',
      '--cluster',
      'kind',
      '--kind',
      FAKE_KIND,
      '--no-connectivity',
      '--keep-cluster',
    ]);
    expect(run.code).toBe(1);
    expect(kindLog().map((call) => call[0])).toEqual(['create']);
  });

  it("a cluster kind cannot create is exit code 2 with kind's reason, and what was half-created is deleted", async () => {
    await setUp();
    process.env.FAKE_KIND_FAIL = '1';
    const run = await cliAsync(tree!.root, ['cluster', 'deploy', '--cluster', 'kind', '--kind', FAKE_KIND]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/kind could not create cluster .*exit code 1.*Multi-User System/s);
    expect(kindLog().map((call) => call[0])).toEqual(['create', 'delete']);
  });

  it('a kind executable that does not exist is exit code 2', async () => {
    await setUp();
    const run = await cliAsync(tree!.root, [
      'cluster',
      'deploy',
      '--cluster',
      'kind',
      '--kind',
      path.join(tree!.root, 'no-kind'),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/kind could not create cluster/);
  });

  it('a recorded expectation that is not a truth table is exit code 2 naming the file, before any cluster starts', async () => {
    await setUp();
    fs.writeFileSync(path.join(tree!.root, 'expected.json'), '{"version": 2}');
    const run = await cliAsync(tree!.root, [
      'cluster',
      'deploy',
      '--cluster',
      'kind',
      '--kind',
      FAKE_KIND,
      '--expect',
      'expected.json',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/expected\.json:1: not a version 1 truth table/);
  });

  it('--cni calico creates kind without its CNI, applies the (given) Calico manifest for real and waits for it', async () => {
    await setUp();
    const fetched: string[] = [];
    let stdout = '';
    let stderr = '';
    const code = await runClusterCommand(
      [
        'deploy',
        '--cluster',
        'kind',
        '--kind',
        FAKE_KIND,
        '--cni',
        'calico',
        '--no-connectivity',
        '--format',
        'json',
      ],
      {
        cwd: tree!.root,
        env: {},
        stdout: (text) => (stdout += text),
        stderr: (text) => (stderr += text),
        isTTY: false,
      },
      {
        runner: spawnRunner,
        fetchText: async (url) => {
          fetched.push(url);
          return CALICO;
        },
      },
    );
    expect(code).toBe(1);
    expect(fetched).toEqual([
      'https://raw.githubusercontent.com/projectcalico/calico/v3.29.2/manifests/calico.yaml',
    ]);
    expect(kindLog()[0]).not.toContain('--wait');
    const calico = server!.requests.filter((r) => r.path.includes('/kube-system/daemonsets/calico-node'));
    expect(calico.map((r) => r.method)).toEqual(['PATCH', 'GET']);
    expect(calico[0]!.query.has('dryRun')).toBe(false);
    expect(stderr).toMatch(/cluster: Calico ready in/);
    expect((JSON.parse(stdout) as { cluster: { mode: string } }).cluster.mode).toBe('kind');
    expect(kindLog().map((call) => call[0])).toEqual(['create', 'delete']);
  });

  it('a Calico manifest that cannot be downloaded is exit code 2, and the cluster is deleted', async () => {
    await setUp();
    let stderr = '';
    const code = await runClusterCommand(
      ['deploy', '--cluster', 'kind', '--kind', FAKE_KIND, '--cni', 'calico'],
      { cwd: tree!.root, env: {}, stdout: () => undefined, stderr: (text) => (stderr += text), isTTY: false },
      {
        runner: spawnRunner,
        fetchText: async (url) => {
          throw new ClusterStartError(`cannot download ${url}: HTTP 503`);
        },
      },
    );
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /kubegate: cluster: cannot download https:\/\/raw\.githubusercontent\.com\/\S+: HTTP 503/,
    );
    expect(kindLog().map((call) => call[0])).toEqual(['create', 'delete']);
  });

  it('rejects bad usage with exit code 2', async () => {
    const run = await cliAsync(os.tmpdir(), ['cluster', '--cluster', 'minikube']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--cluster must be one of kind, kubeconfig/);
  });
});

describe('kind lifecycle', () => {
  it('writes a kind config without the default CNI for Calico', () => {
    expect(kindConfig({ cni: 'kindnet', podSubnet: '192.168.0.0/16' })).not.toMatch(/disableDefaultCNI/);
    expect(kindConfig({ cni: 'calico', podSubnet: '192.168.0.0/16' })).toMatch(
      /disableDefaultCNI: true\n {2}podSubnet: "192.168.0.0\/16"/,
    );
  });

  it('loads images after creation and deletes on a load failure', async () => {
    const calls: string[][] = [];
    const runner = {
      run: async (_command: string, args: readonly string[]) => {
        calls.push([...args]);
        const failing = args[0] === 'load';
        return {
          code: failing ? 1 : 0,
          stdout: '',
          stderr: failing ? 'image not present locally' : '',
          timedOut: false,
        };
      },
    };
    const options = {
      binary: 'kind',
      name: 'k',
      nodeImage: 'img',
      cni: 'kindnet' as const,
      podSubnet: '',
      createTimeoutMs: 1000,
      deleteTimeoutMs: 1000,
      loadImages: ['agnhost:1'],
    };
    await expect(createKindCluster(runner, options)).rejects.toThrow(
      /could not load image agnhost:1.*not present/,
    );
    expect(calls.map((c) => c[0])).toEqual(['create', 'load', 'delete']);
  });

  it('a kind that hangs is killed at the time limit', async () => {
    const started = Date.now();
    const result = await spawnRunner.run(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], {
      timeoutMs: 200,
    });
    expect(result.timedOut).toBe(true);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('deletes the cluster on SIGINT and SIGTERM, then exits with 128 + signal', async () => {
    for (const [signal, code] of [
      ['SIGINT', 130],
      ['SIGTERM', 143],
    ] as const) {
      const signals = new EventEmitter();
      let cleaned = 0;
      const exited = new Promise<number>((resolve) =>
        cleanupOnSignals(signals, async () => void cleaned++, resolve),
      );
      signals.emit(signal);
      expect(await exited).toBe(code);
      expect(cleaned).toBe(1);
    }
    const signals = new EventEmitter();
    const unregister = cleanupOnSignals(
      signals,
      async () => undefined,
      () => undefined,
    );
    unregister();
    expect(signals.listenerCount('SIGINT') + signals.listenerCount('SIGTERM')).toBe(0);
  });
});
