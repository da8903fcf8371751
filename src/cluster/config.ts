/**
 * The `cluster:` section of .kubegate.yaml (schema/kubegate.schema.json),
 * resolved over the defaults. Every knob here trades fidelity for time;
 * docs/cluster.md says which way each one goes.
 */
import { DEFAULT_KIND_VERSION, DEFAULT_NODE_IMAGE, type Cni } from './kind.js';

export interface ClusterConfig {
  kind?: { version?: string; nodeImage?: string; cni?: Cni; loadImages?: string[] };
  namespacePrefix?: string;
  connectivity?: boolean;
  probeImage?: string;
  probes?: {
    attempts?: number;
    retryDelaySeconds?: number;
    connectTimeoutSeconds?: number;
    concurrency?: number;
  };
  timeouts?: {
    createSeconds?: number;
    readySeconds?: number;
    requestSeconds?: number;
    crdEstablishedSeconds?: number;
    podsReadySeconds?: number;
    probeSeconds?: number;
  };
}

/** agnhost serves and connects on every protocol the truth table names */
export const DEFAULT_PROBE_IMAGE = 'registry.k8s.io/e2e-test-images/agnhost:2.53';
export const CALICO_MANIFEST =
  'https://raw.githubusercontent.com/projectcalico/calico/v3.29.2/manifests/calico.yaml';
/** the pod network of a kind cluster without its default CNI: the default IP pool of Calico's manifest */
export const CALICO_POD_SUBNET = '192.168.0.0/16';

export interface ResolvedClusterConfig {
  readonly kindVersion: string;
  readonly nodeImage: string;
  readonly cni: Cni;
  readonly loadImages: readonly string[];
  readonly namespacePrefix: string;
  readonly connectivity: boolean;
  readonly probeImage: string;
  readonly attempts: number;
  readonly retryDelayMs: number;
  readonly connectTimeoutSeconds: number;
  readonly concurrency: number;
  readonly createTimeoutMs: number;
  readonly readyTimeoutMs: number;
  readonly requestTimeoutMs: number;
  readonly crdEstablishedTimeoutMs: number;
  readonly podsReadyTimeoutMs: number;
  readonly probeTimeoutMs: number;
}

export function resolveClusterConfig(config: ClusterConfig = {}): ResolvedClusterConfig {
  const t = config.timeouts ?? {};
  const p = config.probes ?? {};
  return {
    kindVersion: config.kind?.version ?? DEFAULT_KIND_VERSION,
    nodeImage: config.kind?.nodeImage ?? DEFAULT_NODE_IMAGE,
    cni: config.kind?.cni ?? 'kindnet',
    loadImages: config.kind?.loadImages ?? [],
    namespacePrefix: config.namespacePrefix ?? 'kubegate',
    connectivity: config.connectivity ?? true,
    probeImage: config.probeImage ?? DEFAULT_PROBE_IMAGE,
    attempts: p.attempts ?? 3,
    retryDelayMs: (p.retryDelaySeconds ?? 3) * 1000,
    connectTimeoutSeconds: p.connectTimeoutSeconds ?? 2,
    concurrency: p.concurrency ?? 8,
    createTimeoutMs: (t.createSeconds ?? 300) * 1000,
    readyTimeoutMs: (t.readySeconds ?? 180) * 1000,
    requestTimeoutMs: (t.requestSeconds ?? 30) * 1000,
    crdEstablishedTimeoutMs: (t.crdEstablishedSeconds ?? 60) * 1000,
    podsReadyTimeoutMs: (t.podsReadySeconds ?? 180) * 1000,
    probeTimeoutMs: (t.probeSeconds ?? 180) * 1000,
  };
}

/** What the command line (flags) or the Action (inputs) set over the config file's `cluster:` section. */
export interface ClusterOverrides {
  readonly nodeImage?: string;
  readonly cni?: Cni;
  readonly probeImage?: string;
  readonly connectivity?: boolean;
}

/** The config file's section with the flags or inputs on top, resolved over the defaults. */
export function resolveWithOverrides(
  section: ClusterConfig | undefined,
  overrides: ClusterOverrides,
): ResolvedClusterConfig {
  const base = section ?? {};
  return resolveClusterConfig({
    ...base,
    kind: {
      ...base.kind,
      ...(overrides.nodeImage !== undefined ? { nodeImage: overrides.nodeImage } : {}),
      ...(overrides.cni !== undefined ? { cni: overrides.cni } : {}),
    },
    ...(overrides.probeImage !== undefined ? { probeImage: overrides.probeImage } : {}),
    ...(overrides.connectivity !== undefined ? { connectivity: overrides.connectivity } : {}),
  });
}
