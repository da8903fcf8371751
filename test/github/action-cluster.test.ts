/**
 * runAction with `cluster: kind` (and kubeconfig): a fake kind (an
 * in-process ProcessRunner that "creates" a cluster by writing the
 * kubeconfig of a loopback server on 127.0.0.1 playing the API server), so
 * the real client-node calls run. Asserts the order (kind starts before the
 * check), the merge of cluster findings into the report and the gate,
 * "could not evaluate" for a cluster that cannot be used, and that the kind
 * cluster is deleted at the end whatever happened.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProcessRunner } from '../../src/cluster/process.js';
import { runAction, type ActionIO } from '../../src/github/action.js';
import { startFakeApiServer, type FakeApiServer, type RecordedRequest } from '../cluster/fake-apiserver.js';
import { tempTree } from '../helpers/temp-tree.js';
import { FakeGitHub } from './fake-client.js';

const DIGEST = 'a'.repeat(64);
const CONFIG = 'rules:\n  "netpol/*": { enabled: false }\n  "workload/*": { enabled: false }\n';
// statically clean (restricted Pod Security, pinned image, limits); replicas: -1 only the API server refuses
const WEB = `apiVersion: v1
kind: Namespace
metadata:
  name: shop
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  replicas: -1
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      securityContext:
        runAsNonRoot: true
        seccompProfile: {type: RuntimeDefault}
      containers:
        - name: app
          image: registry.example.com/web@sha256:${DIGEST}
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities: {drop: [ALL]}
          resources:
            limits: {cpu: 100m, memory: 64Mi}
            requests: {cpu: 50m, memory: 32Mi}
`;
const REPLICAS_LINE = 12;

const CALICO = `apiVersion: v1
kind: ServiceAccount
metadata: {name: calico-node, namespace: kube-system}
---
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: ippools.crd.projectcalico.org}
spec:
  group: crd.projectcalico.org
  scope: Cluster
  names: {kind: IPPool, plural: ippools}
  versions: [{name: v1, served: true, storage: true, schema: {openAPIV3Schema: {type: object}}}]
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: calico-node, namespace: kube-system}
spec:
  selector: {matchLabels: {k8s-app: calico-node}}
  template:
    metadata: {labels: {k8s-app: calico-node}}
    spec:
      containers: [{name: calico-node, image: docker.io/calico/node:v3.29.2}]
`;

const READY = { status: 'True', type: 'Ready' };

/** the API server of a healthy kind cluster that refuses replicas: -1 and warns about one pod */
function apiServer(
  request: RecordedRequest,
  options: { nodes?: number; podWarning?: boolean } = {},
): { status: number; body?: unknown; headers?: Record<string, string> } | undefined {
  if (request.method === 'GET' && request.path === '/api/v1/nodes') {
    if (options.nodes === 500)
      return { status: 500, body: { kind: 'Status', code: 500, message: 'etcd is down' } };
    return { status: 200, body: { items: [{ metadata: { name: 'n' }, status: { conditions: [READY] } }] } };
  }
  if (request.method === 'GET' && request.path === '/api/v1/namespaces/kube-system/pods')
    return {
      status: 200,
      body: { items: [{ metadata: { labels: { 'k8s-app': 'kube-dns' } }, status: { conditions: [READY] } }] },
    };
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
        message: 'Deployment.apps "web" is invalid',
        details: {
          causes: [
            { field: 'spec.replicas', message: 'Invalid value: -1: must be greater than or equal to 0' },
          ],
        },
      },
    };
  if (options.podWarning && request.method === 'PATCH' && /\/pods\//.test(request.path))
    return {
      status: 200,
      body: JSON.parse(request.body) as unknown,
      headers: {
        warning: '299 - "would violate PodSecurity \\"restricted:latest\\": runAsNonRoot != true"',
      },
    };
  return undefined;
}

interface FakeKind {
  readonly runner: ProcessRunner;
  readonly calls: string[][];
  /** whether the check had written its report when kind create was called */
  reportExistedAtCreate?: boolean;
}

function fakeKind(kubeconfig: string, reportFile: string, options: { fail?: boolean } = {}): FakeKind {
  const fake: FakeKind = {
    calls: [],
    runner: {
      run: async (_command, args) => {
        fake.calls.push([...args]);
        if (args[0] === 'create') {
          fake.reportExistedAtCreate = fs.existsSync(reportFile);
          // kind takes its time: the check runs meanwhile
          await new Promise((resolve) => setTimeout(resolve, 20));
          if (options.fail)
            return {
              code: 1,
              stdout: '',
              stderr: 'ERROR: failed to create cluster: no Docker',
              timedOut: false,
            };
          fs.copyFileSync(kubeconfig, args[args.indexOf('--kubeconfig') + 1]!);
        }
        return { code: 0, stdout: '', stderr: '', timedOut: false };
      },
    },
  };
  return fake;
}

interface Run {
  io: ActionIO;
  outputs: Record<string, string>;
  logs: string[];
  failed: string[];
  summaries: string[];
  kind: FakeKind;
  reportFile: string;
}

let server: FakeApiServer | undefined;
let removals: Array<() => void> = [];
afterEach(async () => {
  await server?.close();
  server = undefined;
  for (const remove of removals) remove();
  removals = [];
});

async function setUp(
  files: Record<string, string>,
  inputs: Record<string, string>,
  options: { nodes?: number; podWarning?: boolean; kindFails?: boolean; calico?: string[] } = {},
): Promise<Run> {
  server = await startFakeApiServer((request) => apiServer(request, options));
  const tree = tempTree({ '.kubegate.yaml': CONFIG, ...files });
  removals.push(tree.remove);
  const root = tree.root;
  const reportFile = path.join(root, '.runner', 'kubegate', 'kubegate-report.json');
  const kind = fakeKind(server.writeKubeconfig(), reportFile, { fail: options.kindFails ?? false });
  const run: Omit<Run, 'io'> = { outputs: {}, logs: [], failed: [], summaries: [], kind, reportFile };
  const io: ActionIO = {
    env: {
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_WORKSPACE: root,
      GITHUB_SHA: 'c'.repeat(40),
      RUNNER_TEMP: path.join(root, '.runner'),
    },
    cwd: root,
    tempDir: path.join(root, '.tmp'),
    input: (name) => inputs[name] ?? '',
    info: (message) => run.logs.push(message),
    warning: (message) => run.logs.push(`warning: ${message}`),
    annotate: () => undefined,
    setOutput: (name, value) => (run.outputs[name] = value),
    writeJobSummary: async (markdown) => {
      run.summaries.push(markdown);
    },
    setFailed: (message) => run.failed.push(message),
    setSecret: () => undefined,
    createClient: () => new FakeGitHub(),
    today: '2026-01-15',
    cluster: {
      runner: kind.runner,
      fetchText: async (url) => {
        options.calico?.push(url);
        return CALICO;
      },
    },
  };
  return { ...run, io };
}

interface JsonReport {
  findings: Array<{ ruleId: string; tier: string; location: { file: string; line: number } }>;
  summary: { gate: string; high: number; medium: number };
  cluster?: { mode: string; dryRun: { refused: number }; podSecurity: { disagreements: unknown[] } };
}

const readReport = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as JsonReport;

describe('runAction with cluster: kind', () => {
  it('starts kind before the check, gates on the cluster findings in the report and the summary, and deletes the cluster', async () => {
    const run = await setUp(
      { 'deploy/web.yaml': WEB },
      { paths: 'deploy', cluster: 'kind', connectivity: 'false', 'fail-on': 'high' },
      { podWarning: true },
    );
    const result = await runAction(run.io);

    // kind was asked for the cluster before the check wrote anything
    expect(run.kind.calls[0]!.slice(0, 2)).toEqual(['create', 'cluster']);
    expect(run.kind.reportExistedAtCreate).toBe(false);
    expect(run.kind.calls.at(-1)!.slice(0, 2)).toEqual(['delete', 'cluster']);
    expect(run.kind.calls.at(-1)![3]).toBe(run.kind.calls[0]![3]);
    expect(run.kind.calls.map((call) => call[0])).toEqual(['create', 'delete']);

    // statically clean at high: the API server's refusal is what fails the gate
    expect(result.outcome).toBe('fail');
    expect(run.failed).toEqual([
      `kubegate gate failed: 1 finding at or above high (worst: cluster/dry-run at deploy/web.yaml:${REPLICAS_LINE})`,
    ]);
    expect(run.outputs).toMatchObject({ gate: 'fail', high: '1', medium: '1' });
    const report = readReport(run.outputs.report!);
    expect(report.findings.map((f) => [f.ruleId, f.tier, f.location.line])).toEqual([
      ['cluster/dry-run', 'high', REPLICAS_LINE],
      ['cluster/pod-security', 'medium', 18],
    ]);
    expect(report.summary).toMatchObject({ gate: 'fail', high: 1, medium: 1 });
    expect(report.cluster).toMatchObject({ mode: 'kind', dryRun: { refused: 1 } });
    // admission warned where the static pss/ rules found nothing: shown as kubegate's defect
    expect(report.cluster!.podSecurity.disagreements).toHaveLength(1);
    const summary = run.summaries[0]!;
    expect(summary).toContain('#### Cluster stage');
    expect(summary).toContain('- **Dry-run** (kind cluster): 1 object, 0 accepted, 1 refused, 0 skipped.');
    expect(summary).toContain('- **Pod Security Admission**: 1 pod, 1 violation.');
    expect(summary).toMatch(
      /\*\*kubegate defect\*\*: Pod Security Admission and the static `pss\/` rules disagree/,
    );
    expect(summary).toContain('- **Connectivity**: not probed.');
    expect(summary).toMatch(
      /\| deploy\/web\.yaml:18 \| Deployment\/web \| restricted:v1\.\d+ \| none \| would violate PodSecurity/,
    );
    expect(run.logs.some((line) => /^cluster: creating kind cluster kubegate-/.test(line))).toBe(true);
    expect(run.logs.some((line) => /^cluster: cleanup in/.test(line))).toBe(true);
  });

  it('exempts cluster findings like static ones: an annotated refusal does not gate', async () => {
    const exempted = WEB.replace(
      'metadata:\n  name: web\n',
      'metadata:\n  name: web\n  annotations:\n    kubegate.io/exempt.cluster.dry-run: "replicas are set by the autoscaler"\n',
    );
    const run = await setUp(
      { 'deploy/web.yaml': exempted },
      { paths: 'deploy', cluster: 'kind', connectivity: 'false' },
    );
    const result = await runAction(run.io);
    expect(result.outcome).toBe('pass');
    const report = readReport(run.outputs.report!) as JsonReport & {
      findings: Array<{ exemption?: { state: string } }>;
    };
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ ruleId: 'cluster/dry-run', exemption: { state: 'active' } });
    expect(run.kind.calls.map((call) => call[0])).toEqual(['create', 'delete']);
  });

  it('a cluster kind cannot create is "could not evaluate", never a pass', async () => {
    const run = await setUp(
      { 'deploy/web.yaml': WEB.replace('replicas: -1', 'replicas: 1') },
      { paths: 'deploy', cluster: 'kind' },
      { kindFails: true },
    );
    const result = await runAction(run.io);
    expect(result.outcome).toBe('error');
    expect(run.failed).toHaveLength(1);
    expect(run.failed[0]).toMatch(
      /^kubegate could not evaluate: cluster: kind could not create cluster kubegate-\S+ \(exit code 1\): ERROR: failed to create cluster: no Docker$/,
    );
    expect(run.outputs.gate).toBe('error');
    // what kind half-created is deleted
    expect(run.kind.calls.map((call) => call[0])).toEqual(['create', 'delete']);
  });

  it('when the stage fails half-way the result is "could not evaluate" and the cluster is still deleted', async () => {
    const run = await setUp(
      { 'deploy/web.yaml': WEB },
      { paths: 'deploy', cluster: 'kind', connectivity: 'false' },
      { nodes: 500 },
    );
    const result = await runAction(run.io);
    expect(result.outcome).toBe('error');
    expect(run.failed).toEqual([
      expect.stringMatching(/^kubegate could not evaluate: cluster: GET \/api\/v1\/nodes: etcd is down$/),
    ]);
    expect(run.kind.calls.map((call) => call[0])).toEqual(['create', 'delete']);
  });

  it('deletes the cluster when the check itself cannot run or render, without running the stage', async () => {
    // new-only without a base: the check throws after kind was started
    let run = await setUp(
      { 'deploy/web.yaml': WEB },
      { paths: 'deploy', cluster: 'kind', 'new-only': 'true' },
    );
    let result = await runAction(run.io);
    expect(result.outcome).toBe('error');
    expect(run.failed).toEqual([
      'kubegate could not evaluate: new-only needs a base: set base-ref, or run on a pull request',
    ]);
    expect(run.kind.calls.map((call) => call[0])).toEqual(['create', 'delete']);
    await server?.close();

    run = await setUp(
      { 'deploy/web.yaml': WEB, 'deploy/bad.yaml': 'kind: Pod\nmetadata: {name: a\n' },
      { paths: 'deploy', cluster: 'kind' },
    );
    result = await runAction(run.io);
    expect(result.outcome).toBe('error');
    expect(run.failed[0]).toMatch(/^kubegate could not evaluate: 1 input could not be read or rendered/);
    expect(run.kind.calls.map((call) => call[0])).toEqual(['create', 'delete']);
    // the API server was never used
    expect(server!.requests).toEqual([]);
    expect(run.summaries[0]).toContain('The cluster stage did not run');
  });

  it('keeps the cluster with keep-cluster: true', async () => {
    const run = await setUp(
      { 'deploy/web.yaml': WEB },
      { paths: 'deploy', cluster: 'kind', 'keep-cluster': 'true', connectivity: 'false' },
    );
    await runAction(run.io);
    expect(run.kind.calls.map((call) => call[0])).toEqual(['create']);
    const kept = run.logs
      .map((line) => /^cluster: keeping kind cluster kubegate-\S+ \(kubeconfig (.+)\)$/.exec(line)?.[1])
      .find((file) => file !== undefined);
    expect(kept).toBeDefined();
    expect(fs.existsSync(kept!)).toBe(true);
    // the kept cluster's kubeconfig is the test's to remove
    fs.rmSync(path.dirname(kept!), { recursive: true, force: true });
  });

  it('cni: calico creates kind without its CNI, then applies the pinned Calico manifest for real before any dry-run', async () => {
    const fetched: string[] = [];
    const run = await setUp(
      { 'deploy/web.yaml': WEB },
      {
        paths: 'deploy',
        cluster: 'kind',
        cni: 'calico',
        'kind-node-image': 'kindest/node:v1.31.0',
        connectivity: 'false',
      },
      { calico: fetched },
    );
    const result = await runAction(run.io);
    expect(result.outcome).toBe('fail');
    expect(fetched).toEqual([
      'https://raw.githubusercontent.com/projectcalico/calico/v3.29.2/manifests/calico.yaml',
    ]);
    const create = run.kind.calls[0]!;
    expect(create).toEqual(expect.arrayContaining(['--image', 'kindest/node:v1.31.0']));
    expect(create).not.toContain('--wait');
    const writes = server!.requests.filter((r) => r.method === 'PATCH' || r.method === 'POST');
    const calico = writes.slice(0, 3);
    expect(calico.map((r) => r.path)).toEqual([
      '/apis/apiextensions.k8s.io/v1/customresourcedefinitions/ippools.crd.projectcalico.org',
      '/api/v1/namespaces/kube-system/serviceaccounts/calico-node',
      '/apis/apps/v1/namespaces/kube-system/daemonsets/calico-node',
    ]);
    for (const request of calico) expect(request.query.has('dryRun')).toBe(false);
    // Calico was ready before the nodes were waited for and anything was dry-run
    const paths = server!.requests.map((r) => `${r.method} ${r.path}`);
    expect(paths.indexOf('GET /apis/apps/v1/namespaces/kube-system/daemonsets/calico-node')).toBeLessThan(
      paths.indexOf('GET /api/v1/nodes'),
    );
    expect(writes.slice(3).some((r) => r.query.get('dryRun') === 'All')).toBe(true);
    expect(run.kind.calls.map((call) => call[0])).toEqual(['create', 'delete']);
  });

  it('cluster: kubeconfig uses the given kubeconfig and context, starts no kind, and removes its namespaces', async () => {
    const run = await setUp(
      { 'deploy/web.yaml': WEB },
      { paths: 'deploy', cluster: 'kubeconfig', connectivity: 'false', 'kube-context': 'fake' },
    );
    const kubeconfig = server!.writeKubeconfig();
    const result = await runAction({
      ...run.io,
      input: (name) => (name === 'kubeconfig' ? kubeconfig : run.io.input(name)),
    });
    expect(result.outcome).toBe('fail');
    expect(run.kind.calls).toEqual([]);
    const deleted = server!.requests.filter((r) => r.method === 'DELETE').map((r) => r.path);
    expect(deleted).toEqual([expect.stringMatching(/^\/api\/v1\/namespaces\/kubegate-[0-9a-f]{8}-shop$/)]);
    expect(readReport(run.outputs.report!).cluster?.mode).toBe('kubeconfig');
  });

  it('a recorded expectation that is not a truth table is "could not evaluate" before any cluster starts', async () => {
    const run = await setUp(
      { 'deploy/web.yaml': WEB, 'ci/expected.json': '{"version": 2}' },
      { paths: 'deploy', cluster: 'kind', 'connectivity-expectation': 'ci/expected.json' },
    );
    const result = await runAction(run.io);
    expect(result.outcome).toBe('error');
    expect(run.failed).toEqual([
      'kubegate could not evaluate: connectivity-expectation: ci/expected.json: not a version 1 truth table (kubegate netpol matrix --format json)',
    ]);
    expect(run.kind.calls).toEqual([]);
  });
});

describe('runAction with cluster: kind on a change compared with a base', () => {
  it('dry-runs what the change touches and probes the workloads of the whole tree', async () => {
    const POLICY =
      'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: deny-web\n  namespace: shop\nspec:\n  podSelector:\n    matchLabels: {app: web}\n  policyTypes: [Ingress]\n';
    const run = await setUp(
      { 'deploy/web.yaml': WEB.replace('replicas: -1', 'replicas: 1') },
      { paths: 'deploy', cluster: 'kind', 'fail-on': 'none' },
    );
    const root = run.io.cwd;
    const git = (args: string[]) =>
      execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
    git(['init', '-q', '-b', 'main']);
    git(['config', 'user.email', 'k@example.com']);
    git(['config', 'user.name', 'k']);
    git(['add', '-A']);
    git(['commit', '-q', '-m', 'base']);
    const base = git(['rev-parse', 'HEAD']);
    fs.writeFileSync(path.join(root, 'deploy/policy.yaml'), POLICY);
    git(['add', '-A']);
    git(['commit', '-q', '-m', 'the change: a policy only']);
    let now = 0;
    const io: ActionIO = {
      ...run.io,
      input: (name) =>
        ({ paths: 'deploy', cluster: 'kind', 'fail-on': 'none', 'base-ref': base })[name] ?? '',
      // the probe pods never become ready on the fake server: time runs out at once
      cluster: { ...run.io.cluster, clock: { now: () => now, sleep: async (ms) => void (now += ms) } },
    };
    const result = await runAction(io);
    expect(result.outcome).toBe('error');
    expect(run.failed[0]).toMatch(/^kubegate could not evaluate: cluster: timed out .*probe pods/);

    const requests = server!.requests.filter(
      (request) => request.method === 'PATCH' || request.method === 'POST',
    );
    const dryRun = requests.filter((request) => request.query.get('dryRun') === 'All').map((r) => r.path);
    // only the changed file is dry-run: the policy, not the untouched Deployment
    expect(dryRun.some((p) => p.endsWith('/networkpolicies/deny-web'))).toBe(true);
    expect(dryRun.some((p) => p.endsWith('/deployments/web'))).toBe(false);
    // yet the untouched Deployment has its probe pod, with its labels, for the policy to select
    const probes = requests.filter((r) => r.query.get('dryRun') !== 'All' && /\/pods(\/|$)/.test(r.path));
    expect(probes).toHaveLength(1);
    expect(
      (JSON.parse(probes[0]!.body) as { metadata: { labels: Record<string, string> } }).metadata.labels,
    ).toMatchObject({ app: 'web' });
    expect(run.kind.calls.map((call) => call[0])).toEqual(['create', 'delete']);
  });
});
