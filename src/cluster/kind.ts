/**
 * The kind cluster's lifecycle: create (pinned kind node image, kindnet or
 * no CNI for Calico), load images, delete. Started early by the caller
 * (startKindCluster returns at once) so creation overlaps static analysis.
 * A cluster that cannot be created is a ClusterStartError (exit 2, never a
 * pass), and whatever was half-created is deleted. The kubeconfig goes to a
 * file of the run, never the user's ~/.kube/config.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ProcessRunner } from './process.js';

/** kind v0.24+ enforce NetworkPolicy with kindnet; this pair is what the defaults pin */
export const DEFAULT_KIND_VERSION = 'v0.27.0';
export const DEFAULT_NODE_IMAGE = 'kindest/node:v1.32.2';

export type Cni = 'kindnet' | 'calico';

export interface KindOptions {
  /** the kind executable */
  readonly binary: string;
  readonly name: string;
  readonly nodeImage: string;
  readonly cni: Cni;
  /** pod subnet when Calico replaces kindnet (Calico's manifest default) */
  readonly podSubnet: string;
  readonly createTimeoutMs: number;
  readonly deleteTimeoutMs: number;
  /** images to `kind load docker-image` into the nodes (already present in the local Docker) */
  readonly loadImages: readonly string[];
}

export class ClusterStartError extends Error {
  override name = 'ClusterStartError';
}

export interface KindCluster {
  readonly name: string;
  readonly kubeconfigPath: string;
  /** wall time of `kind create cluster` (and image loading) */
  readonly startMs: number;
  delete(): Promise<void>;
}

/** kind's cluster config (kind.x-k8s.io/v1alpha4) */
export function kindConfig(options: Pick<KindOptions, 'cni' | 'podSubnet'>): string {
  const lines = ['kind: Cluster', 'apiVersion: kind.x-k8s.io/v1alpha4', 'nodes:', '  - role: control-plane'];
  if (options.cni === 'calico')
    lines.push(
      'networking:',
      '  disableDefaultCNI: true',
      `  podSubnet: ${JSON.stringify(options.podSubnet)}`,
    );
  return `${lines.join('\n')}\n`;
}

function tail(text: string): string {
  const lines = text.trim().split('\n');
  return lines.slice(-5).join('\n');
}

export async function createKindCluster(
  runner: ProcessRunner,
  options: KindOptions,
  now: () => number = Date.now,
): Promise<KindCluster> {
  const started = now();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegate-kind-'));
  const configPath = path.join(workDir, 'kind.yaml');
  const kubeconfigPath = path.join(workDir, 'kubeconfig');
  fs.writeFileSync(configPath, kindConfig(options));
  let deleted = false;
  const remove = async (): Promise<void> => {
    if (deleted) return;
    deleted = true;
    try {
      const result = await runner.run(
        options.binary,
        ['delete', 'cluster', '--name', options.name, '--kubeconfig', kubeconfigPath],
        {
          timeoutMs: options.deleteTimeoutMs,
        },
      );
      if (result.code !== 0)
        throw new Error(
          `kind delete cluster --name ${options.name} failed${result.timedOut ? ' (timed out)' : ''}: ${tail(result.stderr)}`,
        );
    } finally {
      fs.rmSync(workDir, { recursive: true, force: true });
    }
  };
  const createSeconds = Math.max(1, Math.floor(options.createTimeoutMs / 1000));
  const created = await runner.run(
    options.binary,
    [
      'create',
      'cluster',
      '--name',
      options.name,
      '--image',
      options.nodeImage,
      '--config',
      configPath,
      '--kubeconfig',
      kubeconfigPath,
      // kind waits for the control plane; nodes and CoreDNS are waited for through the API.
      // Without a CNI (Calico comes later) the node cannot be Ready: kind's wait would only run out.
      ...(options.cni === 'calico' ? [] : ['--wait', `${createSeconds}s`]),
    ],
    // a little longer than kind's own wait, so kind reports its own timeout when it can
    { timeoutMs: options.createTimeoutMs + 30_000 },
  );
  if (created.code !== 0) {
    await remove().catch(() => undefined);
    const why = created.timedOut
      ? `timed out after ${createSeconds}s`
      : `exit code ${created.code ?? 'none'}`;
    throw new ClusterStartError(
      `kind could not create cluster ${options.name} (${why}): ${tail(created.stderr) || 'no output'}`,
    );
  }
  for (const image of options.loadImages) {
    const loaded = await runner.run(options.binary, ['load', 'docker-image', image, '--name', options.name], {
      timeoutMs: options.createTimeoutMs,
    });
    if (loaded.code !== 0) {
      await remove().catch(() => undefined);
      throw new ClusterStartError(
        `kind could not load image ${image} into ${options.name}: ${tail(loaded.stderr) || 'no output'}`,
      );
    }
  }
  return { name: options.name, kubeconfigPath, startMs: now() - started, delete: remove };
}

/** What the process offers to hear termination on; tests pass an EventEmitter. */
export interface SignalSource {
  once(signal: 'SIGINT' | 'SIGTERM', handler: () => void): unknown;
  removeListener(signal: 'SIGINT' | 'SIGTERM', handler: () => void): unknown;
}

/**
 * Runs cleanup when the process is told to stop (a cancelled workflow sends
 * SIGINT, then SIGTERM), then exits via `exit` with 128 + signal number.
 * Returns the function that unregisters it, for the normal path.
 */
export function cleanupOnSignals(
  signals: SignalSource,
  cleanup: () => Promise<void>,
  exit: (code: number) => void,
): () => void {
  const handlers = {
    SIGINT: () => void cleanup().finally(() => exit(130)),
    SIGTERM: () => void cleanup().finally(() => exit(143)),
  };
  signals.once('SIGINT', handlers.SIGINT);
  signals.once('SIGTERM', handlers.SIGTERM);
  return () => {
    signals.removeListener('SIGINT', handlers.SIGINT);
    signals.removeListener('SIGTERM', handlers.SIGTERM);
  };
}
