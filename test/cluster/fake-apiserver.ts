/**
 * A loopback HTTP server (127.0.0.1 only) that plays the Kubernetes API
 * server for contract tests: discovery for the built-in groups used here,
 * and every other request answered by the test's handler and recorded.
 */
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
}

export interface FakeResponse {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string | string[]>;
}

type Resource = { name: string; kind: string; namespaced: boolean };

export const BUILTIN: Record<string, Resource[]> = {
  v1: [
    { name: 'namespaces', kind: 'Namespace', namespaced: false },
    { name: 'pods', kind: 'Pod', namespaced: true },
    { name: 'secrets', kind: 'Secret', namespaced: true },
    { name: 'services', kind: 'Service', namespaced: true },
    { name: 'serviceaccounts', kind: 'ServiceAccount', namespaced: true },
    { name: 'nodes', kind: 'Node', namespaced: false },
    { name: 'configmaps', kind: 'ConfigMap', namespaced: true },
  ],
  'apps/v1': [
    { name: 'deployments', kind: 'Deployment', namespaced: true },
    { name: 'daemonsets', kind: 'DaemonSet', namespaced: true },
  ],
  'policy/v1': [{ name: 'poddisruptionbudgets', kind: 'PodDisruptionBudget', namespaced: true }],
  'networking.k8s.io/v1': [{ name: 'networkpolicies', kind: 'NetworkPolicy', namespaced: true }],
  'rbac.authorization.k8s.io/v1': [
    { name: 'roles', kind: 'Role', namespaced: true },
    { name: 'rolebindings', kind: 'RoleBinding', namespaced: true },
    { name: 'clusterroles', kind: 'ClusterRole', namespaced: false },
    { name: 'clusterrolebindings', kind: 'ClusterRoleBinding', namespaced: false },
  ],
  'apiextensions.k8s.io/v1': [
    { name: 'customresourcedefinitions', kind: 'CustomResourceDefinition', namespaced: false },
  ],
};

export interface FakeApiServer {
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** group versions served beyond the built-in ones (a CRD "installed") */
  readonly extraGroups: Record<string, Resource[]>;
  writeKubeconfig(): string;
  /** stops the server; its kubeconfig files are removed unless kept (to test an unreachable server) */
  close(options?: { keepFiles?: boolean }): Promise<void>;
  removeFiles(): void;
}

export async function startFakeApiServer(
  handler: (request: RecordedRequest) => FakeResponse | undefined,
): Promise<FakeApiServer> {
  const requests: RecordedRequest[] = [];
  const extraGroups: Record<string, Resource[]> = {};
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const request: RecordedRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body,
      };
      const discovery = /^\/(?:api|apis)\/(.+)$/.exec(url.pathname);
      const groupVersion = discovery?.[1];
      const served =
        groupVersion !== undefined ? (BUILTIN[groupVersion] ?? extraGroups[groupVersion]) : undefined;
      if (req.method === 'GET' && served) {
        send(res, {
          status: 200,
          body: {
            kind: 'APIResourceList',
            groupVersion,
            resources: served.map((r) => ({ ...r, singularName: '', verbs: [] })),
          },
        });
        return;
      }
      if (
        req.method === 'GET' &&
        groupVersion !== undefined &&
        !groupVersion.includes('/namespaces') &&
        groupVersion.split('/').length <= 2 &&
        !served
      ) {
        if (/^[a-z0-9.]+\/v\w+$|^v1$/.test(groupVersion)) {
          send(res, {
            status: 404,
            body: status(404, 'NotFound', 'the server could not find the requested resource'),
          });
          return;
        }
      }
      requests.push(request);
      send(res, handler(request) ?? { status: 200, body: echo(request) });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const dirs: string[] = [];
  const removeFiles = (): void => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  };
  return {
    url,
    requests,
    extraGroups,
    writeKubeconfig() {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegate-kc-'));
      dirs.push(dir);
      const file = path.join(dir, 'kubeconfig');
      fs.writeFileSync(
        file,
        [
          'apiVersion: v1',
          'kind: Config',
          'clusters:',
          `- name: fake\n  cluster:\n    server: ${url}\n    insecure-skip-tls-verify: true`,
          'users:',
          '- name: tester\n  user:\n    token: test-token',
          'contexts:',
          '- name: fake\n  context:\n    cluster: fake\n    user: tester',
          'current-context: fake',
          '',
        ].join('\n'),
      );
      return file;
    },
    async close(options = {}) {
      if (server.listening) {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
      if (!options.keepFiles) removeFiles();
    },
    removeFiles,
  };
}

export function status(code: number, reason: string, message: string, details?: unknown): unknown {
  return {
    kind: 'Status',
    apiVersion: 'v1',
    status: 'Failure',
    code,
    reason,
    message,
    ...(details ? { details } : {}),
  };
}

/** what a successful apply returns: the object sent */
function echo(request: RecordedRequest): unknown {
  try {
    return JSON.parse(request.body);
  } catch {
    return { kind: 'Status', apiVersion: 'v1', status: 'Success', code: 200 };
  }
}

function send(res: http.ServerResponse, response: FakeResponse): void {
  res.statusCode = response.status;
  res.setHeader('Content-Type', 'application/json');
  for (const [name, value] of Object.entries(response.headers ?? {})) res.setHeader(name, value);
  res.end(JSON.stringify(response.body ?? {}));
}
