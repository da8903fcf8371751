/**
 * One run of the cluster stage around the static check, the same for
 * `kubegate cluster` and the Action:
 *
 *   startClusterSession ─▶ (kind boots while the caller renders and checks)
 *     ─▶ session.run(objects) ─▶ stage (Calico first when asked) ─▶ findings
 *     ─▶ session.close()   always: the kind cluster is deleted unless kept
 *
 * The kind cluster starts the moment the session does, so its start-up
 * overlaps the static work. It is deleted at the end whatever happened: by
 * the stage's own cleanup after a run, by close() when the run never came
 * (rendering failed, the check threw), and on SIGINT/SIGTERM (a cancelled
 * workflow) when the caller passes the process's signals. A cluster that
 * cannot start or be reached rejects run() with ClusterStartError,
 * ClusterUnavailableError or WaitTimeout (isClusterFailure, failure.ts): the
 * caller reports "could not evaluate", never a pass.
 *
 * Cluster findings are exempted like static ones (the config's exemptions
 * and the objects' kubegate.io/exempt.* annotations), so they gate the same way.
 */
import type { Settings } from '../config/settings.js';
import type { TruthTable } from '../engines/netpol/matrix.js';
import { applyExemptions, inlineExemptions, resourceKey, todayUtc } from '../gate/exemptions.js';
import { resourceRef, type SourceObject } from '../model/objects.js';
import type { Finding } from '../rules/types.js';
import { fetchText as httpFetchText, installCalico, type FetchText } from './calico.js';
import { SYSTEM_CLOCK, type Clock } from './clock.js';
import { CALICO_MANIFEST, CALICO_POD_SUBNET, type ResolvedClusterConfig } from './config.js';
import { cleanupOnSignals, createKindCluster, type KindCluster, type SignalSource } from './kind.js';
import { KubeClient, loadKubeConfig } from './kube-client.js';
import type { ProcessRunner } from './process.js';
export { isClusterFailure } from './failure.js';
import {
  runClusterStage,
  type ClusterStageInput,
  type ClusterStageResult,
  type ClusterTarget,
} from './stage.js';

export type SessionTarget =
  | {
      readonly mode: 'kind';
      readonly keepCluster: boolean;
      /** the kind executable (default "kind") */
      readonly binary?: string;
      /** cluster name (default kubegate-<time>) */
      readonly name?: string;
    }
  | { readonly mode: 'kubeconfig'; readonly kubeconfigPath: string; readonly context?: string };

export interface ClusterSessionOptions {
  readonly target: SessionTarget;
  readonly config: ResolvedClusterConfig;
  /** runs kind (spawnRunner in production) */
  readonly runner: ProcessRunner;
  /** the process's signals: the kind cluster is deleted when the run is cancelled */
  readonly signals?: SignalSource;
  /** how the process ends after a signal's cleanup */
  readonly exit?: (code: number) => void;
  readonly log?: (line: string) => void;
  /** downloads Calico's manifest (global fetch by default) */
  readonly fetchText?: FetchText;
  /** a client for a kubeconfig (the client-node adapter by default) */
  readonly connect?: ClusterStageInput['connect'];
  readonly clock?: Clock;
}

export interface ClusterRunInput {
  /** dry-run and Pod Security Admission */
  readonly objects: readonly SourceObject[];
  /** the connectivity test's model when it is more than `objects` (see ClusterStageInput) */
  readonly connectivityObjects?: readonly SourceObject[];
  /** the check's settings: rule tiers and switches, Pod Security defaults, exemptions */
  readonly settings: Settings;
  readonly expectation?: TruthTable;
  /** YYYY-MM-DD, for exemption expiry (today by default) */
  readonly today?: string;
}

export interface ClusterSession {
  readonly target: ClusterTarget;
  /** the stage on the rendered objects (once); its own cleanup runs whatever happens */
  run(input: ClusterRunInput): Promise<ClusterStageResult>;
  /** ends the session: deletes the kind cluster unless kept (a no-op after a run did); cleanup errors */
  close(): Promise<string[]>;
}

export function startClusterSession(options: ClusterSessionOptions): ClusterSession {
  const { config } = options;
  const log = options.log ?? (() => undefined);
  const clock = options.clock ?? SYSTEM_CLOCK;
  let kind: Promise<KindCluster> | undefined;
  let target: ClusterTarget;
  const keep = options.target.mode === 'kind' && options.target.keepCluster;
  if (options.target.mode === 'kind') {
    const name = options.target.name ?? `kubegate-${Date.now().toString(36)}`;
    log(`cluster: creating kind cluster ${name} (${config.nodeImage}, ${config.cni})`);
    kind = createKindCluster(options.runner, {
      binary: options.target.binary ?? 'kind',
      name,
      nodeImage: config.nodeImage,
      cni: config.cni,
      podSubnet: CALICO_POD_SUBNET,
      createTimeoutMs: config.createTimeoutMs,
      deleteTimeoutMs: 120_000,
      loadImages: config.loadImages,
    });
    // observed by run() or close(); never an unhandled rejection meanwhile
    kind.catch(() => undefined);
    target = { mode: 'kind', cluster: kind, keepCluster: options.target.keepCluster };
  } else {
    target = {
      mode: 'kubeconfig',
      kubeconfigPath: options.target.kubeconfigPath,
      ...(options.target.context !== undefined ? { context: options.target.context } : {}),
    };
  }

  const deleteKind = async (): Promise<void> => {
    if (!kind || keep) return;
    // still starting: wait for it, then delete (a failed start removed what it made)
    const cluster = await kind.catch(() => undefined);
    await cluster?.delete();
  };
  const unregister =
    kind && options.signals && !keep
      ? cleanupOnSignals(
          options.signals,
          () => deleteKind().catch(() => undefined),
          options.exit ?? (() => undefined),
        )
      : () => undefined;

  const connect: ClusterStageInput['connect'] =
    options.connect ??
    ((file, context, defaultNamespace) =>
      new KubeClient(loadKubeConfig(file, context), {
        defaultNamespace,
        requestTimeoutMs: config.requestTimeoutMs,
      }));
  const download = options.fetchText ?? httpFetchText;

  let used = false;
  let closed = false;
  return {
    target,
    async run(input) {
      if (used || closed) throw new Error('a cluster session runs the stage once');
      used = true;
      const result = await runClusterStage({
        objects: input.objects,
        settings: input.settings,
        config,
        target,
        connect,
        clock,
        log,
        ...(input.expectation ? { expectation: input.expectation } : {}),
        ...(input.connectivityObjects ? { connectivityObjects: input.connectivityObjects } : {}),
        ...(config.cni === 'calico'
          ? {
              installCni: (api) =>
                installCalico(api, {
                  manifest: () => download(CALICO_MANIFEST, config.requestTimeoutMs),
                  source: CALICO_MANIFEST,
                  clock,
                  readyTimeoutMs: config.readyTimeoutMs,
                  log,
                }),
            }
          : {}),
      });
      return { ...result, findings: exemptClusterFindings(result.findings, input) };
    },
    async close() {
      if (closed) return [];
      closed = true;
      const errors: string[] = [];
      try {
        await deleteKind();
      } catch (error) {
        errors.push(error instanceof Error ? error.message : String(error));
      } finally {
        unregister();
      }
      return errors;
    },
  };
}

/** The config's exemptions and the objects' inline ones, as `check` applies them to static findings. */
export function exemptClusterFindings(
  findings: readonly Finding[],
  input: Pick<ClusterRunInput, 'objects' | 'connectivityObjects' | 'settings' | 'today'>,
): Finding[] {
  const inline = new Map(
    [...input.objects, ...(input.connectivityObjects ?? [])].map((object) => [
      resourceKey({ resource: resourceRef(object.value) }),
      inlineExemptions(object.value),
    ]),
  );
  return applyExemptions(findings, inline, {
    exemptions: input.settings.config.exemptions ?? [],
    allowInline: input.settings.config.allowInlineExemptions ?? true,
    today: input.today ?? todayUtc(),
  });
}
