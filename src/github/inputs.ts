/**
 * The Action's inputs (action.yml), read through a getter so tests pass
 * their own, and checked: a value outside the allowed set is an error that
 * stops the run ("could not evaluate"), never a silently ignored setting.
 */
import type { Cni } from '../cluster/kind.js';
import type { FailOn } from '../config/settings.js';

export type ModeInput = 'auto' | 'pr' | 'push' | 'schedule';
export type CommentInput = 'review' | 'summary' | 'none';
export type ClusterInput = 'none' | 'kind' | 'kubeconfig';

export interface ActionInputs {
  readonly paths: string[];
  readonly config?: string;
  readonly failOn?: FailOn;
  readonly mode: ModeInput;
  readonly baseRef?: string;
  /** undefined: the mode decides (true on pull requests) */
  readonly newOnly?: boolean;
  readonly comment: CommentInput;
  readonly sarifFile?: string;
  readonly token?: string;
  readonly cluster: ClusterInput;
  /** the cluster stage's knobs (cluster: kind or kubeconfig) */
  readonly clusterOptions: ClusterInputs;
  /** a review artifact to post (the workflow_run half of the fork-safe pattern) */
  readonly commentFrom?: string;
  /** mode schedule: the image re-scan */
  readonly scan: ScanInputs;
}

export interface ScanInputs {
  readonly scanner?: string;
  readonly scannerBinary?: string;
  readonly cacheDir?: string;
  readonly ignoreFile?: string;
  readonly ignoreUnfixed?: boolean;
  readonly severityTiers?: string;
  readonly issues?: 'per-image' | 'tracking';
  readonly issueLabel?: string;
}

export interface ClusterInputs {
  /** cluster: kubeconfig; default $KUBECONFIG, else ~/.kube/config */
  readonly kubeconfig?: string;
  readonly context?: string;
  /** cluster: kind; do not delete the cluster at the end */
  readonly keepCluster: boolean;
  readonly nodeImage?: string;
  readonly cni?: Cni;
  readonly probeImage?: string;
  /** undefined: the config file decides (default true) */
  readonly connectivity?: boolean;
  /** a recorded truth table (kubegate netpol matrix --format json) to probe against */
  readonly expectation?: string;
}

export class InputError extends Error {
  override name = 'InputError';
}

const MODES: readonly ModeInput[] = ['auto', 'pr', 'push', 'schedule'];
const COMMENTS: readonly CommentInput[] = ['review', 'summary', 'none'];
const CLUSTERS: readonly ClusterInput[] = ['none', 'kind', 'kubeconfig'];
const FAIL_ON: readonly FailOn[] = ['high', 'medium', 'low', 'none'];

/** `get(name)` returns the input as the runner passes it ('' when unset). */
export function parseInputs(get: (name: string) => string): ActionInputs {
  const text = (name: string): string | undefined => {
    const value = get(name).trim();
    return value === '' ? undefined : value;
  };
  const paths = (text('paths') ?? '.')
    .split(/\r?\n|\s+/)
    .map((path) => path.trim())
    .filter((path) => path !== '');
  for (const path of paths) {
    if (path.startsWith('-')) throw new InputError(`paths: "${path}" is not a path (it starts with "-")`);
  }
  const baseRef = text('base-ref');
  if (baseRef?.startsWith('-')) throw new InputError(`base-ref: "${baseRef}" is not a git revision`);
  const failOn = text('fail-on');
  const newOnly = text('new-only');
  const config = text('config');
  const sarifFile = text('sarif-file');
  const token = text('github-token');
  const commentFrom = text('comment-from');
  const scanner = text('scanner');
  const scannerBinary = text('scanner-binary');
  const cacheDir = text('cache-dir');
  const ignoreFile = text('ignore-file');
  const ignoreUnfixed = text('ignore-unfixed');
  const severityTiers = text('severity-tiers');
  const issues = text('issues');
  const issueLabel = text('issue-label');
  const scan: ScanInputs = {
    ...(scanner !== undefined ? { scanner: oneOf('scanner', scanner, ['trivy', 'grype'] as const) } : {}),
    ...(scannerBinary !== undefined ? { scannerBinary } : {}),
    ...(cacheDir !== undefined ? { cacheDir } : {}),
    ...(ignoreFile !== undefined ? { ignoreFile } : {}),
    ...(ignoreUnfixed !== undefined ? { ignoreUnfixed: booleanInput('ignore-unfixed', ignoreUnfixed) } : {}),
    ...(severityTiers !== undefined ? { severityTiers } : {}),
    ...(issues !== undefined ? { issues: oneOf('issues', issues, ['per-image', 'tracking'] as const) } : {}),
    ...(issueLabel !== undefined ? { issueLabel } : {}),
  };
  const cluster = oneOf('cluster', text('cluster') ?? 'none', CLUSTERS);
  return {
    scan,
    clusterOptions: parseClusterInputs(text, cluster),
    paths: paths.length > 0 ? paths : ['.'],
    ...(config !== undefined ? { config } : {}),
    ...(failOn !== undefined ? { failOn: oneOf('fail-on', failOn, FAIL_ON) } : {}),
    mode: oneOf('mode', text('mode') ?? 'auto', MODES),
    ...(baseRef !== undefined ? { baseRef } : {}),
    ...(newOnly !== undefined ? { newOnly: booleanInput('new-only', newOnly) } : {}),
    comment: oneOf('comment', text('comment') ?? 'review', COMMENTS),
    ...(sarifFile !== undefined ? { sarifFile } : {}),
    ...(token !== undefined ? { token } : {}),
    cluster,
    ...(commentFrom !== undefined ? { commentFrom } : {}),
  };
}

/** The cluster stage's inputs, each only where it applies: a knob that would do nothing is an error. */
function parseClusterInputs(
  text: (name: string) => string | undefined,
  cluster: ClusterInput,
): ClusterInputs {
  const kubeconfig = text('kubeconfig');
  const context = text('kube-context');
  const keepCluster = text('keep-cluster');
  const nodeImage = text('kind-node-image');
  const cni = text('cni');
  const probeImage = text('probe-image');
  const connectivity = text('connectivity');
  const expectation = text('connectivity-expectation');
  const given = (entries: Array<[string, string | undefined]>) =>
    entries.filter(([, value]) => value !== undefined).map(([name]) => name);
  if (cluster === 'none') {
    const set = given([
      ['kubeconfig', kubeconfig],
      ['kube-context', context],
      ['keep-cluster', keepCluster],
      ['kind-node-image', nodeImage],
      ['cni', cni],
      ['probe-image', probeImage],
      ['connectivity', connectivity],
      ['connectivity-expectation', expectation],
    ]);
    if (set.length > 0)
      throw new InputError(`${set.join(', ')}: only used with cluster: kind or kubeconfig (cluster is none)`);
  }
  if (cluster === 'kind') {
    const set = given([
      ['kubeconfig', kubeconfig],
      ['kube-context', context],
    ]);
    if (set.length > 0)
      throw new InputError(`${set.join(', ')}: only used with cluster: kubeconfig, not kind`);
  }
  if (cluster === 'kubeconfig') {
    const set = given([
      ['keep-cluster', keepCluster],
      ['kind-node-image', nodeImage],
      ['cni', cni],
    ]);
    if (set.length > 0)
      throw new InputError(`${set.join(', ')}: only used with cluster: kind, not kubeconfig`);
  }
  for (const [name, value] of [
    ['kind-node-image', nodeImage],
    ['probe-image', probeImage],
  ] as const) {
    if (value !== undefined && (value.startsWith('-') || /\s/.test(value)))
      throw new InputError(`${name}: "${value}" is not an image reference`);
  }
  return {
    ...(kubeconfig !== undefined ? { kubeconfig } : {}),
    ...(context !== undefined ? { context } : {}),
    keepCluster: keepCluster !== undefined && booleanInput('keep-cluster', keepCluster),
    ...(nodeImage !== undefined ? { nodeImage } : {}),
    ...(cni !== undefined ? { cni: oneOf('cni', cni, ['kindnet', 'calico'] as const) } : {}),
    ...(probeImage !== undefined ? { probeImage } : {}),
    ...(connectivity !== undefined ? { connectivity: booleanInput('connectivity', connectivity) } : {}),
    ...(expectation !== undefined ? { expectation } : {}),
  };
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  const lower = value.toLowerCase();
  if (!(allowed as readonly string[]).includes(lower)) {
    throw new InputError(`${name} must be one of ${allowed.join(', ')}, not "${value}"`);
  }
  return lower as T;
}

/** The YAML 1.2 core schema booleans, as the runner's own getBooleanInput reads them. */
function booleanInput(name: string, value: string): boolean {
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError(`${name} must be true or false, not "${value}"`);
}
