/**
 * The cluster stage: its own async entry, after (or beside) the synchronous
 * static pipeline. In order: the cluster (a kind cluster the caller started
 * early, or an existing one), nodes and CoreDNS ready, namespaces with their
 * Pod Security labels, server-side dry-run of everything in dependency
 * order, Pod Security Admission on each workload's pod, then connectivity
 * probes against the static truth table. Cleanup always runs: throwaway
 * namespaces in an existing cluster, the kind cluster unless kept, even
 * when a step fails.
 */
import { randomBytes } from 'node:crypto';
import type { Settings } from '../config/settings.js';
import { truthTable, type TruthTable } from '../engines/netpol/matrix.js';
import { Reachability, readNetpolInput } from '../engines/netpol/reachability.js';
import { isRecord, type KubeObject, type SourceObject } from '../model/objects.js';
import { netpolOptionsFromConfig } from '../rules/netpol/support.js';
import type { Finding } from '../rules/types.js';
import type { ClusterApi } from './api.js';
import { SYSTEM_CLOCK, waitFor, type Clock } from './clock.js';
import type { ResolvedClusterConfig } from './config.js';
import { runConnectivity, type ConnectivitySummary } from './connectivity.js';
import {
  createNamespaces,
  dryRunAll,
  noneCreated,
  type ClusterMode,
  type CreatedObjects,
  type DryRunSummary,
} from './dry-run.js';
import { findingCollector } from './findings.js';
import type { KindCluster } from './kind.js';
import { planNamespaces } from './namespaces.js';
import { checkPodSecurity, type PodSecuritySummary } from './pod-security.js';

export type ClusterTarget =
  | { readonly mode: 'kind'; readonly cluster: Promise<KindCluster>; readonly keepCluster: boolean }
  | { readonly mode: 'kubeconfig'; readonly kubeconfigPath: string; readonly context?: string };

export interface ClusterStageInput {
  /** what is dry-run and checked by Pod Security Admission */
  readonly objects: readonly SourceObject[];
  /**
   * What the connectivity test models, when more than `objects`: on a pull
   * request the check renders only the sources the change touches, but a
   * changed NetworkPolicy is only tested against every workload it selects.
   */
  readonly connectivityObjects?: readonly SourceObject[];
  readonly settings: Settings;
  readonly config: ResolvedClusterConfig;
  readonly target: ClusterTarget;
  /** a client for a kubeconfig (the client-node adapter in production) */
  readonly connect: (
    kubeconfigPath: string,
    context: string | undefined,
    defaultNamespace: string,
  ) => ClusterApi;
  readonly clock?: Clock;
  /** progress lines (stderr in the CLI, the log in the Action) */
  readonly log?: (line: string) => void;
  /** per-run id; random by default */
  readonly runId?: string;
  /** a recorded expectation (`kubegate netpol matrix` output) instead of the one computed from the objects */
  readonly expectation?: TruthTable;
  /** CNI installation when the kind cluster has none (Calico); given the client */
  readonly installCni?: (api: ClusterApi) => Promise<void>;
}

export interface ClusterTimings {
  clusterStartMs: number;
  readyMs: number;
  dryRunMs: number;
  podSecurityMs: number;
  probesMs: number;
  cleanupMs: number;
}

export interface ClusterSummary {
  mode: ClusterMode;
  runId: string;
  dryRun: DryRunSummary;
  podSecurity: PodSecuritySummary;
  connectivity?: ConnectivitySummary;
  /** the static truth table the probes checked */
  timings: ClusterTimings;
  /** cleanup that failed (the run still reports what it found) */
  cleanupErrors: string[];
}

export interface ClusterStageResult {
  readonly findings: Finding[];
  readonly summary: ClusterSummary;
}

export async function runClusterStage(input: ClusterStageInput): Promise<ClusterStageResult> {
  const clock = input.clock ?? SYSTEM_CLOCK;
  const log = input.log ?? (() => undefined);
  const runId = input.runId ?? randomBytes(4).toString('hex');
  const config = input.config;
  const timings: ClusterTimings = {
    clusterStartMs: 0,
    readyMs: 0,
    dryRunMs: 0,
    podSecurityMs: 0,
    probesMs: 0,
    cleanupMs: 0,
  };
  const created: CreatedObjects = noneCreated();
  const { findings, emit } = findingCollector(input.settings);
  const wholeTree = input.connectivityObjects ?? input.objects;
  const plan = planNamespaces(input.connectivityObjects ? [...input.objects, ...wholeTree] : input.objects, {
    ...(input.target.mode === 'kubeconfig' ? { prefix: `${config.namespacePrefix}-${runId}` } : {}),
    runId,
    defaultLevel: input.settings.pss.level,
    defaultVersion: input.settings.pss.version,
  });
  const table = config.connectivity
    ? (input.expectation ?? connectivityTable(wholeTree, input.settings))
    : undefined;

  let kind: KindCluster | undefined;
  let api: ClusterApi | undefined;
  const cleanupErrors: string[] = [];
  const started = clock.now();
  try {
    if (input.target.mode === 'kind') {
      kind = await input.target.cluster;
      timings.clusterStartMs = kind.startMs;
      log(`cluster: kind cluster ${kind.name} created in ${seconds(kind.startMs)}`);
      api = input.connect(kind.kubeconfigPath, undefined, plan.target(undefined));
    } else {
      api = input.connect(input.target.kubeconfigPath, input.target.context, plan.target(undefined));
    }
    let mark = clock.now();
    if (input.target.mode === 'kind' && config.cni === 'calico' && input.installCni)
      await input.installCni(api);
    await waitUntilReady(api, clock, config.readyTimeoutMs, input.target.mode === 'kind');
    timings.readyMs = clock.now() - mark;
    log(`cluster: nodes and CoreDNS ready in ${seconds(timings.readyMs)}`);

    mark = clock.now();
    await createNamespaces(api, plan, created, emit);
    const dryRun = await dryRunAll(
      api,
      input.objects,
      {
        mode: input.target.mode,
        plan,
        settings: input.settings,
        clock,
        crdEstablishedTimeoutMs: config.crdEstablishedTimeoutMs,
        customResourceRetries: 5,
        retryDelayMs: 1000,
        concurrency: config.concurrency,
      },
      created,
      emit,
    );
    timings.dryRunMs = clock.now() - mark;
    log(
      `cluster: dry-run of ${dryRun.summary.objects} objects in ${seconds(timings.dryRunMs)} (${dryRun.summary.refused} refused)`,
    );

    mark = clock.now();
    const podSecurity = await checkPodSecurity(
      api,
      input.objects,
      plan,
      dryRun.results,
      input.settings,
      config.concurrency,
      emit,
    );
    timings.podSecurityMs = clock.now() - mark;
    log(
      `cluster: Pod Security Admission on ${podSecurity.pods} pods in ${seconds(timings.podSecurityMs)} (${podSecurity.disagreements.length} disagreements with pss/)`,
    );

    let connectivity: ConnectivitySummary | undefined;
    if (table && table.pods.length > 0) {
      mark = clock.now();
      connectivity = await runConnectivity(
        api,
        wholeTree,
        table,
        {
          plan,
          probeImage: config.probeImage,
          clock,
          connectTimeoutSeconds: config.connectTimeoutSeconds,
          attempts: config.attempts,
          retryDelayMs: config.retryDelayMs,
          podsReadyTimeoutMs: config.podsReadyTimeoutMs,
          probeTimeoutMs: config.probeTimeoutMs,
          concurrency: config.concurrency,
        },
        created,
        emit,
      );
      timings.probesMs = clock.now() - mark;
      log(
        `cluster: ${connectivity.probes} probes from ${connectivity.pods} pods in ${seconds(timings.probesMs)} (${connectivity.mismatches} mismatches)`,
      );
    }
    return {
      findings,
      summary: {
        mode: input.target.mode,
        runId,
        dryRun: dryRun.summary,
        podSecurity,
        ...(connectivity ? { connectivity } : {}),
        timings,
        cleanupErrors,
      },
    };
  } finally {
    const mark = clock.now();
    await cleanup(input.target, kind, api, created, cleanupErrors, log);
    timings.cleanupMs = clock.now() - mark;
    log(`cluster: cleanup in ${seconds(timings.cleanupMs)}; stage total ${seconds(clock.now() - started)}`);
  }
}

async function cleanup(
  target: ClusterTarget,
  kind: KindCluster | undefined,
  api: ClusterApi | undefined,
  created: CreatedObjects,
  errors: string[],
  log: (line: string) => void,
): Promise<void> {
  if (target.mode === 'kind') {
    if (target.keepCluster) {
      if (kind) log(`cluster: keeping kind cluster ${kind.name} (kubeconfig ${kind.kubeconfigPath})`);
      return;
    }
    // the cluster may still be starting when an earlier step failed: wait for it, then delete it
    const cluster = kind ?? (await target.cluster.catch(() => undefined));
    if (cluster) await cluster.delete().catch((error: Error) => errors.push(error.message));
    return;
  }
  if (!api) return;
  // deleting a namespace deletes the probe pods and policies in it
  for (const namespace of created.namespaces) {
    await api
      .remove({ apiVersion: 'v1', kind: 'Namespace', name: namespace })
      .catch((error: Error) => errors.push(`namespace ${namespace}: ${error.message}`));
  }
}

/** nodes Ready and CoreDNS running: before that, pods cannot start and DNS does not resolve */
async function waitUntilReady(
  api: ClusterApi,
  clock: Clock,
  timeoutMs: number,
  checkCoreDns: boolean,
): Promise<void> {
  await waitFor(clock, 'the nodes to be Ready', timeoutMs, 2000, async () => {
    const nodes = await api.list('v1', 'Node');
    return nodes.length > 0 && nodes.every((node) => hasCondition(node, 'Ready')) ? true : undefined;
  });
  if (!checkCoreDns) return;
  await waitFor(clock, 'CoreDNS to be ready', timeoutMs, 2000, async () => {
    const pods = (await api.list('v1', 'Pod', 'kube-system')).filter((pod) => {
      const metadata = isRecord(pod.metadata) ? pod.metadata : {};
      return isRecord(metadata.labels) && metadata.labels['k8s-app'] === 'kube-dns';
    });
    return pods.length > 0 && pods.every((pod) => hasCondition(pod, 'Ready')) ? true : undefined;
  });
}

function hasCondition(object: KubeObject, type: string): boolean {
  const status = isRecord(object.status) ? object.status : {};
  const conditions = Array.isArray(status.conditions) ? status.conditions : [];
  return conditions.some((c) => isRecord(c) && c.type === type && c.status === 'True');
}

/** The static expectation: the same truth table `kubegate netpol matrix` prints. */
export function connectivityTable(objects: readonly SourceObject[], settings: Settings): TruthTable {
  const { options } = netpolOptionsFromConfig(settings.config, {});
  return truthTable(new Reachability(readNetpolInput(objects), options));
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}
