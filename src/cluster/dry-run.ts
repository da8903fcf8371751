/**
 * Server-side dry-run of everything the change renders, in dependency order
 * (order.ts), with real admission. Namespaces are created for real (objects
 * need one to be dry-run into, and admission reads its Pod Security labels);
 * in a kind cluster the change's CRDs are created too and their custom
 * resources dry-run once the CRD is established; in an existing cluster CRDs
 * are only dry-run, and custom resources of a CRD the cluster does not have
 * are reported as skipped, not as errors. Everything else is only dry-run.
 */
import type { Settings } from '../config/settings.js';
import {
  isRecord,
  resourceRef,
  type KubeObject,
  type ResourceRef,
  type SourceObject,
} from '../model/objects.js';
import type { ApiResult, ClusterApi } from './api.js';
import { waitFor, type Clock } from './clock.js';
import type { FindingSink } from './findings.js';
import { clusterScopedCustomKinds, retarget, type NamespacePlan } from './namespaces.js';
import { applyOrder, customKinds, isCrd, rankOf, RANK_CUSTOM_RESOURCE } from './order.js';
import { assertMayPersist } from './persist.js';
import { findingsForStatus } from './status.js';
import { podSecurityWarnings } from './warnings.js';

export type ClusterMode = 'kind' | 'kubeconfig';

export interface DryRunOptions {
  readonly mode: ClusterMode;
  readonly plan: NamespacePlan;
  readonly settings: Settings;
  readonly clock: Clock;
  readonly crdEstablishedTimeoutMs: number;
  /** how often a custom resource is tried again while its new CRD's API appears */
  readonly customResourceRetries: number;
  readonly retryDelayMs: number;
  /** requests in flight at once */
  readonly concurrency: number;
}

/** What the stage stored, so cleanup removes it even when a later step fails. */
export interface CreatedObjects {
  readonly namespaces: string[];
  readonly crds: ResourceRef[];
  readonly networkPolicies: ResourceRef[];
  readonly pods: ResourceRef[];
}

export function noneCreated(): CreatedObjects {
  return { namespaces: [], crds: [], networkPolicies: [], pods: [] };
}

export interface ObjectNote {
  readonly resource: ResourceRef;
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

export interface DryRunSummary {
  objects: number;
  accepted: number;
  refused: number;
  skipped: ObjectNote[];
  /** warnings other than Pod Security ones (deprecated APIs and the like) */
  warnings: ObjectNote[];
}

export interface DryRunOutcome {
  readonly summary: DryRunSummary;
  /** the dry-run answer per object, for the Pod Security comparison */
  readonly results: ReadonlyMap<SourceObject, ApiResult>;
}

export async function createNamespaces(
  api: ClusterApi,
  plan: NamespacePlan,
  created: CreatedObjects,
  emit: FindingSink,
): Promise<void> {
  for (const namespace of plan.namespaces) {
    assertMayPersist(namespace.object);
    const result = await api.apply(namespace.object, { dryRun: false });
    if (result.ok) {
      created.namespaces.push(namespace.name);
    } else if (namespace.source) {
      for (const finding of findingsForStatus(result.status, namespace.source.value))
        emit('cluster/dry-run', namespace.source, finding.path, finding.message);
    } else {
      throw new Error(`cannot create namespace ${namespace.name}: ${result.status.message}`);
    }
  }
}

export async function dryRunAll(
  api: ClusterApi,
  objects: readonly SourceObject[],
  options: DryRunOptions,
  created: CreatedObjects,
  emit: FindingSink,
): Promise<DryRunOutcome> {
  const summary: DryRunSummary = { objects: 0, accepted: 0, refused: 0, skipped: [], warnings: [] };
  const results = new Map<SourceObject, ApiResult>();
  const custom = customKinds(objects);
  const clusterScoped = clusterScopedCustomKinds(objects);
  const note = (source: SourceObject, text: string): ObjectNote => ({
    resource: resourceRef(source.value),
    file: source.file,
    line: source.line,
    text,
  });
  const record = (source: SourceObject, result: ApiResult): void => {
    results.set(source, result);
    summary.objects++;
    for (const warning of result.warnings)
      if (podSecurityWarnings([warning]).length === 0) summary.warnings.push(note(source, warning));
    if (result.ok) {
      summary.accepted++;
      return;
    }
    summary.refused++;
    // a pod the admission controller rejects is a Pod Security verdict, reported by pod-security.ts
    if (result.status.code === 403 && /violates PodSecurity/.test(result.status.message)) return;
    for (const finding of findingsForStatus(result.status, source.value))
      emit('cluster/dry-run', source, finding.path, finding.message);
  };

  const ordered = applyOrder(objects).filter(
    (source) => !(source.value.kind === 'Namespace' && source.value.apiVersion === 'v1'),
  );
  const send = (source: SourceObject, dryRun: boolean): Promise<ApiResult> => {
    const object = retarget(source.value, options.plan, clusterScoped);
    if (!dryRun) assertMayPersist(object);
    const metadata = isRecord(object.metadata) ? object.metadata : {};
    const byGenerateName = typeof metadata.name !== 'string' && typeof metadata.generateName === 'string';
    return byGenerateName ? api.create(object, { dryRun }) : api.apply(object, { dryRun });
  };

  // CRDs first: for real in a kind cluster (their kinds must exist), dry-run elsewhere
  const crds = ordered.filter((source) => isCrd(source.value));
  const establishedKinds = new Set<string>();
  for (const source of crds) {
    const persist = options.mode === 'kind';
    const result = await send(source, !persist);
    record(source, result);
    if (!result.ok || !persist) continue;
    const ref = resourceRef(source.value);
    created.crds.push(ref);
    try {
      await waitFor(
        options.clock,
        `CustomResourceDefinition ${ref.name} to be established`,
        options.crdEstablishedTimeoutMs,
        500,
        async () => (isEstablished(await api.read(ref)) ? true : undefined),
      );
      for (const kind of custom) if (crdDefines(source.value, kind)) establishedKinds.add(kind);
    } catch (error) {
      emit(
        'cluster/dry-run',
        source,
        ['spec'],
        `the CustomResourceDefinition was not established: ${(error as Error).message}`,
      );
    }
  }

  const rest = ordered.filter((source) => !isCrd(source.value));
  await inBatches(rest, options.concurrency, async (source) => {
    const isCustom = rankOf(source.value, custom) === RANK_CUSTOM_RESOURCE;
    let result = await send(source, true);
    // the API of a CRD created moments ago can take a while to be served
    for (
      let attempt = 0;
      isCustom && isNotServed(result) && attempt < options.customResourceRetries;
      attempt++
    ) {
      if (!establishedKinds.has(customKey(source.value))) break;
      await options.clock.sleep(options.retryDelayMs);
      result = await send(source, true);
    }
    if (isCustom && isNotServed(result) && options.mode === 'kubeconfig') {
      summary.skipped.push(
        note(
          source,
          'its CustomResourceDefinition comes with this change and is not installed in the cluster; CRDs are only dry-run there',
        ),
      );
      return;
    }
    record(source, result);
  });
  return { summary, results };
}

function customKey(object: KubeObject): string {
  const slash = object.apiVersion.indexOf('/');
  return `${slash < 0 ? '' : object.apiVersion.slice(0, slash)}/${object.kind}`;
}

function crdDefines(crd: KubeObject, kind: string): boolean {
  const spec = isRecord(crd.spec) ? crd.spec : {};
  const names = isRecord(spec.names) ? spec.names : {};
  return `${String(spec.group)}/${String(names.kind)}` === kind;
}

function isNotServed(result: ApiResult): boolean {
  return !result.ok && result.status.code === 404 && result.status.details?.kind !== 'namespaces';
}

export function isEstablished(crd: KubeObject | undefined): boolean {
  const status = crd && isRecord(crd.status) ? crd.status : {};
  const conditions = Array.isArray(status.conditions) ? status.conditions : [];
  return conditions.some(
    (condition) => isRecord(condition) && condition.type === 'Established' && condition.status === 'True',
  );
}

/** runs `work` over the items with at most `limit` in flight, keeping no order between them */
export async function inBatches<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++]!;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}
