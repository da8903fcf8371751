/**
 * ClusterApi on @kubernetes/client-node: its kubeconfig handling (client
 * certificates, tokens, exec plugins), discovery and HTTP stack, and its
 * WebSocket exec.
 *
 * The request bodies are our own JSON, not client-node's typed serializer:
 * that serializer keeps only the fields its generated models know, so an
 * unknown field (the typo strict validation exists to catch) or an
 * `x-kubernetes-*` key of a CRD schema would be silently dropped before the
 * API server saw it. What the pull request says is what the server gets.
 *
 * Writes are server-side apply (PATCH, application/apply-patch+yaml, force,
 * field manager "kubegate"): apply is what a GitOps controller or
 * `kubectl apply --server-side` does to an object that may already exist, so
 * the verdict covers updates too (immutable fields, ownership), where a
 * create would only say AlreadyExists. Objects named by generateName cannot
 * be applied and are POSTed instead. Every write carries
 * fieldValidation=Strict, and dryRun=All unless the stage needs the object
 * to exist (see persist.ts for the few kinds that may).
 */
import { Writable } from 'node:stream';
import {
  ApiException,
  Exec,
  HttpMethod,
  KubeConfig,
  KubernetesObjectApi,
  type V1Status,
} from '@kubernetes/client-node';
import { isRecord, type KubeObject, type ResourceRef } from '../model/objects.js';
import {
  ClusterUnavailableError,
  kindNotServed,
  type ApiResult,
  type ApiStatus,
  type ClusterApi,
  type ExecResult,
  type WriteOptions,
} from './api.js';
import { parseWarningHeader } from './warnings.js';

export const FIELD_MANAGER = 'kubegate';

export interface KubeClientOptions {
  /** namespace for namespaced objects that name none */
  readonly defaultNamespace: string;
  /** time limit of one HTTP request */
  readonly requestTimeoutMs: number;
}

interface RawResponse {
  readonly code: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly text: string;
}

/** Loads a kubeconfig file (optionally selecting a context): clear errors, never a stack trace. */
export function loadKubeConfig(file: string, context?: string): KubeConfig {
  const kc = new KubeConfig();
  try {
    kc.loadFromFile(file);
  } catch (error) {
    throw new ClusterUnavailableError(`cannot read kubeconfig ${file}: ${(error as Error).message}`);
  }
  if (context !== undefined) {
    if (!kc.getContextObject(context))
      throw new ClusterUnavailableError(`kubeconfig ${file} has no context "${context}"`);
    kc.setCurrentContext(context);
  }
  if (!kc.getCurrentCluster())
    throw new ClusterUnavailableError(`kubeconfig ${file} names no current cluster`);
  return kc;
}

class RawObjectApi extends KubernetesObjectApi {
  /** where a kind lives: undefined when discovery does not know it */
  async locate(
    apiVersion: string,
    kind: string,
  ): Promise<{ readonly plural: string; readonly namespaced: boolean } | undefined> {
    try {
      const resource = await this.resource(apiVersion, kind);
      return resource ? { plural: resource.name, namespaced: resource.namespaced } : undefined;
    } catch (error) {
      if (error instanceof ApiException && error.code === 404) return undefined;
      throw error;
    }
  }

  async send(
    method: HttpMethod,
    path: string,
    options: { query?: Record<string, string>; body?: string; contentType?: string; timeoutMs: number },
  ): Promise<RawResponse> {
    const context = this.configuration.baseServer.makeRequestContext(path, method);
    context.setHeaderParam('Accept', 'application/json');
    for (const [name, value] of Object.entries(options.query ?? {})) context.setQueryParam(name, value);
    if (options.body !== undefined) {
      context.setHeaderParam('Content-Type', options.contentType ?? 'application/json');
      context.setBody(options.body);
    }
    await this.configuration.authMethods.default?.applySecurityAuthentication(context);
    context.setSignal(AbortSignal.timeout(options.timeoutMs));
    let response;
    try {
      response = await this.configuration.httpApi.send(context).toPromise();
    } catch (error) {
      throw new ClusterUnavailableError(`${method} ${path}: ${(error as Error).message}`);
    }
    return { code: response.httpStatusCode, headers: response.headers, text: await response.body.text() };
  }
}

export class KubeClient implements ClusterApi {
  private readonly objects: RawObjectApi;
  private readonly execClient: Exec;

  constructor(
    kc: KubeConfig,
    private readonly options: KubeClientOptions,
  ) {
    this.objects = kc.makeApiClient(RawObjectApi);
    this.execClient = new Exec(kc);
  }

  apply(object: KubeObject, options: WriteOptions): Promise<ApiResult> {
    return this.write(object, options, 'apply');
  }

  create(object: KubeObject, options: WriteOptions): Promise<ApiResult> {
    return this.write(object, options, 'create');
  }

  async read(ref: ResourceRef): Promise<KubeObject | undefined> {
    const path = await this.pathOf(ref, true);
    if (typeof path !== 'string') return undefined;
    const response = await this.objects.send(HttpMethod.GET, path, {
      timeoutMs: this.options.requestTimeoutMs,
    });
    if (response.code === 404) return undefined;
    if (response.code >= 300) throw new ClusterUnavailableError(`GET ${path}: ${statusOf(response).message}`);
    return JSON.parse(response.text) as KubeObject;
  }

  async list(apiVersion: string, kind: string, namespace?: string): Promise<KubeObject[]> {
    const ref = { apiVersion, kind, name: '', ...(namespace !== undefined ? { namespace } : {}) };
    const path = await this.pathOf(ref, false);
    if (typeof path !== 'string') return [];
    const response = await this.objects.send(HttpMethod.GET, path, {
      timeoutMs: this.options.requestTimeoutMs,
    });
    if (response.code >= 300) throw new ClusterUnavailableError(`GET ${path}: ${statusOf(response).message}`);
    const body = JSON.parse(response.text) as { items?: KubeObject[] };
    return (body.items ?? []).map((item) => ({ ...item, apiVersion, kind }));
  }

  async remove(ref: ResourceRef): Promise<void> {
    const path = await this.pathOf(ref, true);
    if (typeof path !== 'string') return;
    const response = await this.objects.send(HttpMethod.DELETE, path, {
      query: { propagationPolicy: 'Background' },
      timeoutMs: this.options.requestTimeoutMs,
    });
    if (response.code >= 300 && response.code !== 404)
      throw new ClusterUnavailableError(`DELETE ${path}: ${statusOf(response).message}`);
  }

  async exec(
    namespace: string,
    pod: string,
    container: string,
    command: readonly string[],
    timeoutMs: number,
  ): Promise<ExecResult> {
    let stdout = '';
    let stderr = '';
    let status: V1Status | undefined;
    const collect = (append: (text: string) => void) =>
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          append(chunk.toString('utf8'));
          done();
        },
      });
    const socket = await this.execClient.exec(
      namespace,
      pod,
      container,
      [...command],
      collect((text) => (stdout += text)),
      collect((text) => (stderr += text)),
      null,
      false,
      (received) => (status = received),
    );
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        socket.close();
        resolve();
      }, timeoutMs);
      socket.on('close', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    const exitCode = exitCodeOf(status);
    return { stdout, stderr, ...(exitCode !== undefined ? { exitCode } : {}) };
  }

  private async write(
    object: KubeObject,
    options: WriteOptions,
    mode: 'apply' | 'create',
  ): Promise<ApiResult> {
    const ref = refOf(object, this.options.defaultNamespace);
    const path = await this.pathOf(ref, mode === 'apply');
    if (typeof path !== 'string') return { ok: false, status: path, warnings: [] };
    const query: Record<string, string> = { fieldManager: FIELD_MANAGER, fieldValidation: 'Strict' };
    if (options.dryRun) query.dryRun = 'All';
    if (mode === 'apply') query.force = 'true';
    const body = JSON.stringify(withNamespace(object, ref.namespace));
    const response = await this.objects.send(mode === 'apply' ? HttpMethod.PATCH : HttpMethod.POST, path, {
      query,
      body,
      contentType: mode === 'apply' ? 'application/apply-patch+yaml' : 'application/json',
      timeoutMs: this.options.requestTimeoutMs,
    });
    const warnings = parseWarningHeader(response.headers.warning);
    if (response.code >= 200 && response.code < 300) {
      return { ok: true, object: parseObject(response.text), warnings };
    }
    return { ok: false, status: statusOf(response), warnings };
  }

  /** the resource path, or the Status the server would give when no API serves the kind */
  private async pathOf(ref: ResourceRef, withName: boolean): Promise<string | ApiStatus> {
    const where = await this.objects.locate(ref.apiVersion, ref.kind);
    if (!where) return kindNotServed(ref.apiVersion, ref.kind);
    const root = ref.apiVersion.includes('/') ? `/apis/${ref.apiVersion}` : `/api/${ref.apiVersion}`;
    const parts = [root];
    if (where.namespaced && ref.namespace !== undefined)
      parts.push('namespaces', encodeURIComponent(ref.namespace));
    parts.push(where.plural);
    if (withName) parts.push(encodeURIComponent(ref.name));
    return parts.join('/');
  }
}

function refOf(object: KubeObject, defaultNamespace: string): ResourceRef {
  const metadata = isRecord(object.metadata) ? object.metadata : {};
  const name = typeof metadata.name === 'string' ? metadata.name : '';
  const namespace = typeof metadata.namespace === 'string' ? metadata.namespace : defaultNamespace;
  return { apiVersion: object.apiVersion, kind: object.kind, name, namespace };
}

/** a namespaced object sent without a namespace would be refused by the path it is sent to */
function withNamespace(object: KubeObject, namespace: string | undefined): KubeObject {
  const metadata = isRecord(object.metadata) ? object.metadata : {};
  if (namespace === undefined || typeof metadata.namespace === 'string') return object;
  if (['Namespace', 'CustomResourceDefinition', 'ClusterRole', 'ClusterRoleBinding'].includes(object.kind))
    return object;
  return { ...object, metadata: { ...metadata, namespace } };
}

function parseObject(text: string): KubeObject | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return isRecord(value) && typeof value.kind === 'string' ? (value as KubeObject) : undefined;
  } catch {
    return undefined;
  }
}

/** the Status in an error response; a body that is not one still gives a readable message */
export function statusOf(response: { code: number; text: string }): ApiStatus {
  try {
    const value: unknown = JSON.parse(response.text);
    if (isRecord(value) && value.kind === 'Status') {
      return {
        code: typeof value.code === 'number' ? value.code : response.code,
        message: typeof value.message === 'string' ? value.message : `HTTP ${response.code}`,
        ...(typeof value.reason === 'string' ? { reason: value.reason } : {}),
        ...(isRecord(value.details) ? { details: value.details as ApiStatus['details'] & object } : {}),
      };
    }
  } catch {
    // not JSON: fall through
  }
  return { code: response.code, message: `HTTP ${response.code}: ${response.text.slice(0, 200)}` };
}

function exitCodeOf(status: V1Status | undefined): number | undefined {
  if (!status) return undefined;
  if (status.status === 'Success') return 0;
  const cause = status.details?.causes?.find((c) => c.reason === 'ExitCode');
  const code = cause?.message !== undefined ? Number(cause.message) : NaN;
  return Number.isInteger(code) ? code : 1;
}
