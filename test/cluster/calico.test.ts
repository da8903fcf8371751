/**
 * The Calico installer: the manifest's objects applied for real (no dryRun),
 * in dependency order, then a bounded wait for calico-node; through a fake
 * ClusterApi, through the real client-node calls against a loopback API
 * server, and the download against a loopback HTTP server. Nothing is
 * downloaded from the internet: the manifest text is given.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiResult, ClusterApi, WriteOptions } from '../../src/cluster/api.js';
import { calicoObjects, daemonSetReady, fetchText, installCalico } from '../../src/cluster/calico.js';
import { WaitTimeout, type Clock } from '../../src/cluster/clock.js';
import { ClusterStartError } from '../../src/cluster/kind.js';
import { KubeClient, loadKubeConfig } from '../../src/cluster/kube-client.js';
import type { KubeObject, ResourceRef } from '../../src/model/objects.js';
import { startFakeApiServer, status, type FakeApiServer } from './fake-apiserver.js';

/** the shapes of Calico's calico.yaml, in its order (PodDisruptionBudget first, CRDs in the middle) */
const MANIFEST = `# Calico stand-in
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: {name: calico-kube-controllers, namespace: kube-system}
spec: {maxUnavailable: 1, selector: {matchLabels: {k8s-app: calico-kube-controllers}}}
---
apiVersion: v1
kind: ServiceAccount
metadata: {name: calico-node, namespace: kube-system}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: calico-config, namespace: kube-system}
data: {veth_mtu: "0"}
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
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: calico-node}
rules: []
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: {name: calico-node}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: calico-node}
subjects: [{kind: ServiceAccount, name: calico-node, namespace: kube-system}]
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
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: calico-kube-controllers, namespace: kube-system}
spec:
  selector: {matchLabels: {k8s-app: calico-kube-controllers}}
  template:
    metadata: {labels: {k8s-app: calico-kube-controllers}}
    spec:
      containers: [{name: calico-kube-controllers, image: docker.io/calico/kube-controllers:v3.29.2}]
`;

const ORDER = [
  'CustomResourceDefinition ippools.crd.projectcalico.org',
  'ServiceAccount calico-node',
  'ClusterRole calico-node',
  'ClusterRoleBinding calico-node',
  'PodDisruptionBudget calico-kube-controllers',
  'ConfigMap calico-config',
  'DaemonSet calico-node',
  'Deployment calico-kube-controllers',
];

const instantClock = (): Clock => {
  let now = 0;
  return { now: () => now, sleep: async (ms) => void (now += ms) };
};

const notReady = { desiredNumberScheduled: 1, numberReady: 0, updatedNumberScheduled: 1 };
const ready = { desiredNumberScheduled: 1, numberReady: 1, updatedNumberScheduled: 1 };

/** a ClusterApi that records writes and answers reads of the DaemonSet from a list of statuses */
function fakeApi(statuses: Array<Record<string, number> | undefined>, refuse?: string) {
  const writes: Array<{ what: string; options: WriteOptions }> = [];
  const reads: ResourceRef[] = [];
  const name = (object: KubeObject) => (object.metadata as { name: string }).name;
  const api: ClusterApi = {
    apply: async (object, options): Promise<ApiResult> => {
      const what = `${object.kind} ${name(object)}`;
      writes.push({ what, options });
      if (what === refuse)
        return {
          ok: false,
          status: { code: 403, reason: 'Forbidden', message: 'clusterroles is forbidden' },
          warnings: [],
        };
      return { ok: true, object, warnings: [] };
    },
    create: async () => {
      throw new Error('not used');
    },
    read: async (ref) => {
      reads.push(ref);
      const next = statuses.length > 1 ? statuses.shift() : statuses[0];
      return next ? { apiVersion: 'apps/v1', kind: 'DaemonSet', status: next } : undefined;
    },
    list: async () => [],
    remove: async () => undefined,
    exec: async () => ({ stdout: '', stderr: '' }),
  };
  return { api, writes, reads };
}

describe('installCalico', () => {
  it('applies every object of the manifest for real, CRDs and RBAC first, then waits for calico-node', async () => {
    const fake = fakeApi([undefined, notReady, notReady, ready]);
    const lines: string[] = [];
    await installCalico(fake.api, {
      manifest: async () => MANIFEST,
      source: 'calico.yaml',
      clock: instantClock(),
      readyTimeoutMs: 60_000,
      log: (line) => lines.push(line),
    });
    expect(fake.writes.map((w) => w.what)).toEqual(ORDER);
    for (const write of fake.writes) expect(write.options).toEqual({ dryRun: false });
    expect(fake.reads).toHaveLength(4);
    expect(fake.reads[0]).toEqual({
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      namespace: 'kube-system',
      name: 'calico-node',
    });
    expect(lines[0]).toBe('cluster: Calico applied (8 objects); waiting for calico-node');
    expect(lines[1]).toMatch(/^cluster: Calico ready in 6\.0s$/);
  });

  it('gives up at the time limit when calico-node never becomes ready', async () => {
    const fake = fakeApi([notReady]);
    const install = installCalico(fake.api, {
      manifest: async () => MANIFEST,
      source: 'calico.yaml',
      clock: instantClock(),
      readyTimeoutMs: 10_000,
    });
    await expect(install).rejects.toThrow(WaitTimeout);
    await expect(install).rejects.toThrow(
      'timed out after 10s waiting for the DaemonSet kube-system/calico-node to be ready',
    );
    // polled every 2 s until the limit
    expect(fake.reads).toHaveLength(6);
  });

  it('stops at the first object the API server refuses, naming it', async () => {
    const fake = fakeApi([ready], 'ClusterRole calico-node');
    await expect(
      installCalico(fake.api, {
        manifest: async () => MANIFEST,
        source: 'calico.yaml',
        clock: instantClock(),
        readyTimeoutMs: 10_000,
      }),
    ).rejects.toThrow(
      new ClusterStartError(
        'cannot install Calico: ClusterRole calico-node was refused (403 Forbidden): clusterroles is forbidden',
      ),
    );
    expect(fake.writes.map((w) => w.what)).toEqual(ORDER.slice(0, 3));
    expect(fake.reads).toEqual([]);
  });

  it('refuses a manifest that is not YAML or not Calico, and a download that failed, before applying anything', async () => {
    expect(() => calicoObjects('kind: [\n', 'calico.yaml')).toThrow(
      /^the Calico manifest calico\.yaml is not YAML \(line \d+\)/,
    );
    expect(() =>
      calicoObjects('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n', 'https://example.test/c.yaml'),
    ).toThrow(
      "the Calico manifest https://example.test/c.yaml has no DaemonSet calico-node: is it Calico's calico.yaml?",
    );
    const fake = fakeApi([ready]);
    await expect(
      installCalico(fake.api, {
        manifest: async () => {
          throw new ClusterStartError('cannot download https://example.test/c.yaml: HTTP 404');
        },
        source: 'https://example.test/c.yaml',
        clock: instantClock(),
        readyTimeoutMs: 10_000,
      }),
    ).rejects.toThrow(ClusterStartError);
    expect(fake.writes).toEqual([]);
  });

  it('reads a DaemonSet as ready only when every scheduled pod is ready and current', () => {
    expect(daemonSetReady(undefined)).toBe(false);
    expect(daemonSetReady({ apiVersion: 'apps/v1', kind: 'DaemonSet' })).toBe(false);
    const ds = (s: Record<string, number>) => ({ apiVersion: 'apps/v1', kind: 'DaemonSet', status: s });
    expect(daemonSetReady(ds({ desiredNumberScheduled: 0, numberReady: 0, updatedNumberScheduled: 0 }))).toBe(
      false,
    );
    expect(daemonSetReady(ds({ desiredNumberScheduled: 2, numberReady: 1, updatedNumberScheduled: 2 }))).toBe(
      false,
    );
    expect(daemonSetReady(ds({ desiredNumberScheduled: 2, numberReady: 2, updatedNumberScheduled: 1 }))).toBe(
      false,
    );
    expect(daemonSetReady(ds(ready))).toBe(true);
  });
});

describe('installCalico through client-node (contract)', () => {
  let server: FakeApiServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('sends server-side applies without dryRun, strict and forced, then reads calico-node', async () => {
    let polls = 0;
    server = await startFakeApiServer((request) => {
      if (request.method === 'GET' && request.path.endsWith('/daemonsets/calico-node'))
        return {
          status: 200,
          body: { kind: 'DaemonSet', apiVersion: 'apps/v1', status: ++polls < 2 ? notReady : ready },
        };
      return undefined; // writes are echoed
    });
    const client = new KubeClient(loadKubeConfig(server.writeKubeconfig()), {
      defaultNamespace: 'default',
      requestTimeoutMs: 5000,
    });
    await installCalico(client, {
      manifest: async () => MANIFEST,
      source: 'calico.yaml',
      clock: instantClock(),
      readyTimeoutMs: 10_000,
    });
    const writes = server.requests.filter((r) => r.method !== 'GET');
    expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual([
      'PATCH /apis/apiextensions.k8s.io/v1/customresourcedefinitions/ippools.crd.projectcalico.org',
      'PATCH /api/v1/namespaces/kube-system/serviceaccounts/calico-node',
      'PATCH /apis/rbac.authorization.k8s.io/v1/clusterroles/calico-node',
      'PATCH /apis/rbac.authorization.k8s.io/v1/clusterrolebindings/calico-node',
      'PATCH /apis/policy/v1/namespaces/kube-system/poddisruptionbudgets/calico-kube-controllers',
      'PATCH /api/v1/namespaces/kube-system/configmaps/calico-config',
      'PATCH /apis/apps/v1/namespaces/kube-system/daemonsets/calico-node',
      'PATCH /apis/apps/v1/namespaces/kube-system/deployments/calico-kube-controllers',
    ]);
    for (const request of writes) {
      expect(request.query.has('dryRun')).toBe(false);
      expect(request.query.get('fieldValidation')).toBe('Strict');
      expect(request.query.get('fieldManager')).toBe('kubegate');
      expect(request.query.get('force')).toBe('true');
      expect(request.headers['content-type']).toBe('application/apply-patch+yaml');
    }
    expect(JSON.parse(writes[5]!.body)).toMatchObject({ kind: 'ConfigMap', data: { veth_mtu: '0' } });
    const reads = server.requests.filter((r) => r.method === 'GET').map((r) => r.path);
    expect(reads).toEqual([
      '/apis/apps/v1/namespaces/kube-system/daemonsets/calico-node',
      '/apis/apps/v1/namespaces/kube-system/daemonsets/calico-node',
    ]);
  });

  it('an object the API server refuses stops the install with its Status message', async () => {
    server = await startFakeApiServer((request) =>
      request.method === 'PATCH' && request.path.endsWith('/clusterroles/calico-node')
        ? { status: 403, body: status(403, 'Forbidden', 'user cannot patch clusterroles') }
        : undefined,
    );
    const client = new KubeClient(loadKubeConfig(server.writeKubeconfig()), {
      defaultNamespace: 'default',
      requestTimeoutMs: 5000,
    });
    await expect(
      installCalico(client, {
        manifest: async () => MANIFEST,
        source: 'calico.yaml',
        clock: instantClock(),
        readyTimeoutMs: 10_000,
      }),
    ).rejects.toThrow(
      'cannot install Calico: ClusterRole calico-node was refused (403 Forbidden): user cannot patch clusterroles',
    );
  });
});

describe('fetchText', () => {
  let server: http.Server | undefined;
  afterEach(async () => {
    if (server?.listening) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server!.close(() => resolve()));
    }
    server = undefined;
  });

  async function serve(handler: http.RequestListener): Promise<string> {
    server = http.createServer(handler);
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  it('returns the text, and says which URL failed and why: HTTP status, no answer in time', async () => {
    const url = await serve((req, res) => {
      if (req.url === '/calico.yaml') {
        res.end(MANIFEST);
      } else if (req.url === '/slow') {
        // never answers
      } else {
        res.statusCode = 404;
        res.end('not found');
      }
    });
    expect(await fetchText(`${url}/calico.yaml`, 5000)).toBe(MANIFEST);
    await expect(fetchText(`${url}/gone.yaml`, 5000)).rejects.toThrow(
      new ClusterStartError(`cannot download ${url}/gone.yaml: HTTP 404`),
    );
    const started = Date.now();
    await expect(fetchText(`${url}/slow`, 200)).rejects.toThrow(
      new ClusterStartError(`cannot download ${url}/slow: no answer within 200ms`),
    );
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
