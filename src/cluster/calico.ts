/**
 * Calico for a kind cluster created without its default CNI (`cni: calico`):
 * fetch the pinned manifest (config.ts, CALICO_MANIFEST), apply every object
 * in it for real (server-side apply, no dryRun: a CNI that is only dry-run
 * installs nothing), in dependency order (CRDs, Namespaces, RBAC, the rest),
 * then wait until the calico-node DaemonSet is ready on every node. The
 * stage waits for the nodes and CoreDNS after that.
 *
 * This is kubegate's own pinned manifest, never the pull request's content:
 * the persist guard (persist.ts) is for what the change holds. Every step is
 * bounded: the download by a time limit and a size limit, the wait by the
 * ready time limit. A failure is a ClusterStartError (could not evaluate,
 * exit 2), a timeout a WaitTimeout.
 */
import { isRecord, type KubeObject, type ResourceRef } from '../model/objects.js';
import { parseManifests } from '../render/loader.js';
import type { ClusterApi } from './api.js';
import { waitFor, type Clock } from './clock.js';
import { ClusterStartError } from './kind.js';
import { rankOf } from './order.js';
import { describeStatus } from './status.js';

/** Downloads a text (the manifest) within a time limit. */
export type FetchText = (url: string, timeoutMs: number) => Promise<string>;

/** Calico's manifest is about 0.3 MB; anything far larger is not it. */
const MAX_MANIFEST_BYTES = 8 * 1024 * 1024;

/** global fetch, bounded in time and size; any failure says which URL and why */
export const fetchText: FetchText = async (url, timeoutMs) => {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
  } catch (error) {
    const reason =
      error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')
        ? `no answer within ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)}s` : `${timeoutMs}ms`}`
        : error instanceof Error
          ? error.message
          : String(error);
    throw new ClusterStartError(`cannot download ${url}: ${reason}`);
  }
  if (!response.ok) throw new ClusterStartError(`cannot download ${url}: HTTP ${response.status}`);
  const length = Number(response.headers.get('content-length') ?? '0');
  if (length > MAX_MANIFEST_BYTES)
    throw new ClusterStartError(`cannot download ${url}: ${length} bytes is more than a manifest`);
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw new ClusterStartError(`cannot download ${url}: ${(error as Error).message}`);
  }
  if (text.length > MAX_MANIFEST_BYTES)
    throw new ClusterStartError(`cannot download ${url}: more than ${MAX_MANIFEST_BYTES} bytes`);
  return text;
};

export const CALICO_NODE: ResourceRef = {
  apiVersion: 'apps/v1',
  kind: 'DaemonSet',
  namespace: 'kube-system',
  name: 'calico-node',
};

export interface CalicoOptions {
  /** the manifest text (downloaded in production, given in tests) */
  readonly manifest: () => Promise<string>;
  /** where the manifest comes from, for messages */
  readonly source: string;
  readonly clock: Clock;
  /** time limit of the wait for calico-node */
  readonly readyTimeoutMs: number;
  readonly pollMs?: number;
  readonly log?: (line: string) => void;
}

/** The manifest's objects in the order they are applied (stable within a rank). */
export function calicoObjects(text: string, source: string): KubeObject[] {
  const parsed = parseManifests(source, text);
  if ('error' in parsed)
    throw new ClusterStartError(
      `the Calico manifest ${source} is not YAML (line ${parsed.error.line}): ${parsed.error.message}`,
    );
  const objects = parsed.objects.map((object) => object.value);
  if (!objects.some((object) => object.kind === CALICO_NODE.kind && nameOf(object) === CALICO_NODE.name))
    throw new ClusterStartError(
      `the Calico manifest ${source} has no ${CALICO_NODE.kind} ${CALICO_NODE.name}: is it Calico's calico.yaml?`,
    );
  const none = new Set<string>();
  return objects
    .map((object, index) => ({ object, index, rank: rankOf(object, none) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ object }) => object);
}

export async function installCalico(api: ClusterApi, options: CalicoOptions): Promise<void> {
  const log = options.log ?? (() => undefined);
  const started = options.clock.now();
  const objects = calicoObjects(await options.manifest(), options.source);
  for (const object of objects) {
    const result = await api.apply(object, { dryRun: false });
    if (!result.ok)
      throw new ClusterStartError(
        `cannot install Calico: ${object.kind} ${nameOf(object)} was refused (${describeStatus(result.status)}): ${result.status.message}`,
      );
  }
  log(`cluster: Calico applied (${objects.length} objects); waiting for calico-node`);
  await waitFor(
    options.clock,
    `the ${CALICO_NODE.kind} ${CALICO_NODE.namespace}/${CALICO_NODE.name} to be ready`,
    options.readyTimeoutMs,
    options.pollMs ?? 2000,
    async () => (daemonSetReady(await api.read(CALICO_NODE)) ? true : undefined),
  );
  log(`cluster: Calico ready in ${((options.clock.now() - started) / 1000).toFixed(1)}s`);
}

/** every node scheduled runs a ready, current calico-node */
export function daemonSetReady(object: KubeObject | undefined): boolean {
  const status = object && isRecord(object.status) ? object.status : undefined;
  if (!status) return false;
  const number = (key: string) => (typeof status[key] === 'number' ? status[key] : 0);
  const desired = number('desiredNumberScheduled');
  return desired > 0 && number('numberReady') >= desired && number('updatedNumberScheduled') >= desired;
}

function nameOf(object: KubeObject): string {
  const metadata = isRecord(object.metadata) ? object.metadata : {};
  return typeof metadata.name === 'string' ? metadata.name : '(unnamed)';
}
