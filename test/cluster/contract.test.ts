/**
 * Contract tests: the real @kubernetes/client-node HTTP stack (kubeconfig,
 * discovery, auth header) against a loopback server playing the API server.
 * They assert the requests kubegate sends, and how the answers come back as
 * findings on source lines.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/config/settings.js';
import { resolveClusterConfig } from '../../src/cluster/config.js';
import { KubeClient, loadKubeConfig } from '../../src/cluster/kube-client.js';
import { runClusterStage, type ClusterStageInput } from '../../src/cluster/stage.js';
import type { KindCluster } from '../../src/cluster/kind.js';
import type { Clock } from '../../src/cluster/clock.js';
import { parseObjects } from './manifests.js';
import { startFakeApiServer, status, type FakeApiServer, type RecordedRequest } from './fake-apiserver.js';

const MANIFESTS = `apiVersion: v1
kind: Namespace
metadata:
  name: shop
  labels:
    pod-security.kubernetes.io/enforce: restricted
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  replicas: 1
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: app
          image: nginx:1.27
          imagePullPolicyy: Always
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
spec:
  replicas: -1
  selector:
    matchLabels: {app: api}
  template:
    metadata:
      labels: {app: api}
    spec:
      securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}
      containers:
        - name: app
          image: api:1
          securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}
---
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.example.com
spec:
  group: example.com
  scope: Namespaced
  names: {kind: Widget, plural: widgets}
  versions: [{name: v1, served: true, storage: true, schema: {openAPIV3Schema: {type: object, x-kubernetes-preserve-unknown-fields: true}}}]
---
apiVersion: example.com/v1
kind: Widget
metadata:
  name: w
  namespace: shop
spec: {size: 3}
---
apiVersion: v1
kind: Secret
metadata:
  name: creds
  namespace: shop
stringData:
  password: hunter2-very-secret
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: reader
  namespace: shop
rules: []
---
apiVersion: v1
kind: ConfigMap
metadata:
  generateName: settings-
  namespace: shop
data: {a: b}
`;

const objects = parseObjects('deploy/app.yaml', MANIFESTS);
const lineOf = (text: string) => MANIFESTS.split('\n').findIndex((line) => line.includes(text)) + 1;

const instantClock = (): Clock => {
  let now = 0;
  return { now: () => now, sleep: async (ms) => void (now += ms) };
};

/** answers of the fake API server for the manifests above */
function handler(
  request: RecordedRequest,
): { status: number; body?: unknown; headers?: Record<string, string> } | undefined {
  const body = request.body
    ? (JSON.parse(request.body) as { kind?: string; metadata?: { name?: string } })
    : {};
  if (request.method === 'PATCH' && request.path.endsWith('/deployments/web'))
    return {
      status: 500,
      body: status(
        500,
        'InternalError',
        'failed to create typed patch object (shop/web; apps/v1, Kind=Deployment): .spec.template.spec.containers[name="app"].imagePullPolicyy: field not declared in schema',
      ),
    };
  if (request.method === 'PATCH' && request.path.endsWith('/deployments/api'))
    return {
      status: 422,
      body: status(
        422,
        'Invalid',
        'Deployment.apps "api" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0',
        {
          name: 'api',
          kind: 'Deployment',
          causes: [
            {
              reason: 'FieldValueInvalid',
              message: 'Invalid value: -1: must be greater than or equal to 0',
              field: 'spec.replicas',
            },
          ],
        },
      ),
    };
  if (request.method === 'PATCH' && request.path.endsWith('/secrets/creds'))
    return {
      status: 422,
      body: status(
        422,
        'Invalid',
        'Secret "creds" is invalid: stringData[password]: Invalid value: "hunter2-very-secret": nope',
        {
          causes: [{ field: 'stringData[password]', message: 'Invalid value: "hunter2-very-secret": nope' }],
        },
      ),
    };
  if (request.method === 'PATCH' && request.path.endsWith('/pods/web-kubegate-psa'))
    return {
      status: 201,
      body,
      headers: {
        Warning:
          '299 - "would violate PodSecurity \\"restricted:latest\\": runAsNonRoot != true (pod or container \\"app\\" must set securityContext.runAsNonRoot=true)"',
      },
    };
  return undefined;
}

let server: FakeApiServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function stageInput(kubeconfigPath: string, overrides: Partial<ClusterStageInput> = {}): ClusterStageInput {
  return {
    objects,
    settings: DEFAULT_SETTINGS,
    config: { ...resolveClusterConfig({ connectivity: false }), concurrency: 1 },
    target: { mode: 'kubeconfig', kubeconfigPath },
    connect: (file, context, defaultNamespace) =>
      new KubeClient(loadKubeConfig(file, context), { defaultNamespace, requestTimeoutMs: 5000 }),
    clock: instantClock(),
    runId: 'r1',
    ...overrides,
  };
}

const writes = (s: FakeApiServer) => s.requests.filter((r) => r.method === 'PATCH' || r.method === 'POST');

describe('cluster stage against an API server (kubeconfig mode)', () => {
  it('creates prefixed namespaces for real, dry-runs everything else with strict validation, in dependency order', async () => {
    server = await startFakeApiServer((request) => {
      if (request.method === 'GET' && request.path === '/api/v1/nodes')
        return {
          status: 200,
          body: { items: [{ status: { conditions: [{ type: 'Ready', status: 'True' }] } }] },
        };
      return handler(request);
    });
    const result = await runClusterStage(stageInput(server.writeKubeconfig()));
    const sent = writes(server);
    expect(sent[0]).toMatchObject({ method: 'PATCH', path: '/api/v1/namespaces/kubegate-r1-shop' });
    expect(sent[0]!.query.get('dryRun')).toBeNull();
    expect(JSON.parse(sent[0]!.body).metadata.labels).toMatchObject({
      'pod-security.kubernetes.io/enforce': 'restricted',
      'pod-security.kubernetes.io/warn': 'restricted',
    });
    for (const request of sent.slice(1)) {
      expect(request.query.get('dryRun')).toBe('All');
      expect(request.query.get('fieldValidation')).toBe('Strict');
      expect(request.query.get('fieldManager')).toBe('kubegate');
      expect(request.headers.authorization).toBe('Bearer test-token');
    }
    const applied = sent.filter((r) => r.method === 'PATCH').slice(1);
    expect(applied.every((r) => r.headers['content-type'] === 'application/apply-patch+yaml')).toBe(true);
    expect(applied.every((r) => r.query.get('force') === 'true')).toBe(true);
    // CRDs, then RBAC, then the rest (namespaces came first, for real)
    const order = sent.slice(1).map((r) => r.path);
    expect(order.indexOf('/apis/apiextensions.k8s.io/v1/customresourcedefinitions/widgets.example.com')).toBe(
      0,
    );
    expect(order.indexOf('/apis/rbac.authorization.k8s.io/v1/namespaces/kubegate-r1-shop/roles/reader')).toBe(
      1,
    );
    // the unknown field survives to the server: the body is the manifest, not client-node's typed model
    const web = sent.find((r) => r.path.endsWith('/deployments/web'))!;
    expect(JSON.parse(web.body).spec.template.spec.containers[0].imagePullPolicyy).toBe('Always');
    // generateName objects are created (POST), still dry-run
    const configMap = sent.find((r) => r.path === '/api/v1/namespaces/kubegate-r1-shop/configmaps')!;
    expect(configMap.method).toBe('POST');
    // findings on the source lines of the fields the server named
    const byLine = (ruleId: string) =>
      result.findings.filter((f) => f.ruleId === ruleId).map((f) => f.location.line);
    expect(byLine('cluster/dry-run')).toEqual(
      expect.arrayContaining([
        lineOf('imagePullPolicyy'),
        lineOf('replicas: -1'),
        lineOf('password: hunter2'),
      ]),
    );
    expect(byLine('cluster/pod-security')).toEqual([objects[1]!.locate(['spec', 'template', 'spec']).line]);
    // the Secret's value never appears in any output
    expect(JSON.stringify(result)).not.toContain('hunter2-very-secret');
    // the Widget's CRD is not in the cluster and only dry-run there: skipped, not an error
    expect(result.summary.dryRun.skipped.map((s) => s.resource.kind)).toEqual(['Widget']);
    // cleanup: the throwaway namespace is deleted
    expect(server.requests.filter((r) => r.method === 'DELETE').map((r) => r.path)).toEqual([
      '/api/v1/namespaces/kubegate-r1-shop',
    ]);
  });

  it('never stores a Secret: every request naming one is a dry-run', async () => {
    server = await startFakeApiServer((request) =>
      request.method === 'GET' && request.path === '/api/v1/nodes'
        ? { status: 200, body: { items: [{ status: { conditions: [{ type: 'Ready', status: 'True' }] } }] } }
        : undefined,
    );
    await runClusterStage(stageInput(server.writeKubeconfig()));
    const secretWrites = writes(server).filter((r) => r.path.includes('/secrets'));
    expect(secretWrites.length).toBe(1);
    expect(secretWrites.every((r) => r.query.get('dryRun') === 'All')).toBe(true);
  });

  it('reports PSA disagreements with the static verdict as kubegate defects', async () => {
    // the server admits web silently although pss/ finds violations: a disagreement
    server = await startFakeApiServer((request) =>
      request.method === 'GET' && request.path === '/api/v1/nodes'
        ? { status: 200, body: { items: [{ status: { conditions: [{ type: 'Ready', status: 'True' }] } }] } }
        : undefined,
    );
    const result = await runClusterStage(stageInput(server.writeKubeconfig()));
    expect(result.summary.podSecurity.disagreements.map((d) => d.resource.name)).toContain('web');
    expect(
      result.summary.podSecurity.disagreements.find((d) => d.resource.name === 'web')!.staticChecks,
    ).toContain('pss/runAsNonRoot');
  });

  it('deletes the throwaway namespaces even when a later step fails', async () => {
    server = await startFakeApiServer((request) => {
      if (request.method === 'GET' && request.path === '/api/v1/nodes')
        return {
          status: 200,
          body: { items: [{ status: { conditions: [{ type: 'Ready', status: 'True' }] } }] },
        };
      // the dry-run of the Role breaks the connection: the stage fails
      if (request.path.endsWith('/roles/reader')) return { status: 200, body: 'not json' };
      return undefined;
    });
    const input = stageInput(server.writeKubeconfig());
    let deleted = false;
    const failing: ClusterStageInput = {
      ...input,
      connect: (file, context, ns) => {
        const client = input.connect(file, context, ns);
        return {
          ...bind(client),
          apply: async (object, options) => {
            if (object.kind === 'Role') throw new Error('connection reset');
            return client.apply(object, options);
          },
          remove: async (ref) => {
            deleted = true;
            return client.remove(ref);
          },
        };
      },
    };
    await expect(runClusterStage(failing)).rejects.toThrow('connection reset');
    expect(deleted).toBe(true);
    expect(server.requests.filter((r) => r.method === 'DELETE').map((r) => r.path)).toEqual([
      '/api/v1/namespaces/kubegate-r1-shop',
    ]);
  });

  it('a cluster that does not answer is an error, not a pass', async () => {
    server = await startFakeApiServer(() => undefined);
    const kubeconfig = server.writeKubeconfig();
    await server.close({ keepFiles: true });
    await expect(runClusterStage(stageInput(kubeconfig))).rejects.toThrow(/ECONNREFUSED|connect/);
  });
});

describe('cluster stage against an API server (kind mode)', () => {
  it('creates the CRD for real, waits until established, and retries its custom resources while their API appears', async () => {
    let crdReads = 0;
    let widgetAttempts = 0;
    let deletedCluster = false;
    server = await startFakeApiServer((request) => {
      if (request.method === 'GET' && request.path === '/api/v1/nodes')
        return {
          status: 200,
          body: { items: [{ status: { conditions: [{ type: 'Ready', status: 'True' }] } }] },
        };
      if (request.method === 'GET' && request.path === '/api/v1/namespaces/kube-system/pods')
        return {
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
      if (
        request.method === 'GET' &&
        request.path.endsWith('/customresourcedefinitions/widgets.example.com')
      ) {
        crdReads++;
        const established = crdReads >= 2;
        if (established)
          server!.extraGroups['example.com/v1'] = [{ name: 'widgets', kind: 'Widget', namespaced: true }];
        return {
          status: 200,
          body: {
            kind: 'CustomResourceDefinition',
            status: { conditions: [{ type: 'Established', status: established ? 'True' : 'False' }] },
          },
        };
      }
      if (request.path.endsWith('/widgets/w')) {
        widgetAttempts++;
        if (widgetAttempts < 2)
          return {
            status: 404,
            body: status(404, 'NotFound', 'the server could not find the requested resource'),
          };
      }
      return handler(request);
    });
    const kubeconfigPath = server.writeKubeconfig();
    const cluster: KindCluster = {
      name: 'kubegate-test',
      kubeconfigPath,
      startMs: 1234,
      delete: async () => void (deletedCluster = true),
    };
    const result = await runClusterStage(
      stageInput(kubeconfigPath, {
        target: { mode: 'kind', cluster: Promise.resolve(cluster), keepCluster: false },
      }),
    );
    const sent = writes(server);
    const crd = sent.find((r) => r.path.endsWith('/customresourcedefinitions/widgets.example.com'))!;
    expect(crd.query.get('dryRun')).toBeNull();
    // the x-kubernetes-* key reaches the server as written
    expect(crd.body).toContain('x-kubernetes-preserve-unknown-fields');
    expect(crdReads).toBe(2);
    const widgetWrites = sent.filter((r) => r.path === '/apis/example.com/v1/namespaces/shop/widgets/w');
    expect(widgetWrites.length).toBe(2);
    expect(widgetWrites.every((r) => r.query.get('dryRun') === 'All')).toBe(true);
    expect(result.findings.some((f) => f.resource.kind === 'Widget')).toBe(false);
    expect(result.summary.timings.clusterStartMs).toBe(1234);
    expect(deletedCluster).toBe(true);
  });

  it('keeps the cluster with keep-cluster, and deletes it when readiness times out', async () => {
    server = await startFakeApiServer((request) =>
      request.method === 'GET' && request.path === '/api/v1/nodes'
        ? { status: 200, body: { items: [] } }
        : undefined,
    );
    let deleted = 0;
    const cluster: KindCluster = {
      name: 'k',
      kubeconfigPath: server.writeKubeconfig(),
      startMs: 1,
      delete: async () => void deleted++,
    };
    const input = stageInput(cluster.kubeconfigPath, {
      target: { mode: 'kind', cluster: Promise.resolve(cluster), keepCluster: false },
    });
    await expect(runClusterStage(input)).rejects.toThrow(/timed out .* nodes to be Ready/);
    expect(deleted).toBe(1);
    await expect(
      runClusterStage({
        ...input,
        target: { mode: 'kind', cluster: Promise.resolve(cluster), keepCluster: true },
      }),
    ).rejects.toThrow(/timed out/);
    expect(deleted).toBe(1);
  });
});

function bind<T extends object>(client: T): T {
  const out: Record<string, unknown> = {};
  for (const key of ['apply', 'create', 'read', 'list', 'remove', 'exec'])
    out[key] = (client as Record<string, (...a: unknown[]) => unknown>)[key]!.bind(client);
  return out as T;
}
