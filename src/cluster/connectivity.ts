/**
 * NetworkPolicy connectivity with real packets, against the static truth
 * table (`kubegate netpol matrix`, src/engines/netpol/matrix.ts).
 *
 * For every pod of the table a probe pod runs in the same namespace with
 * exactly the same labels (no label of kubegate's own: a policy could select
 * on it), serving the same ports, numbers, names and protocols with the
 * agnhost test image (`serve-hostname` per TCP/UDP port, `porter` for SCTP,
 * as the upstream NetworkPolicy e2e tests do). The change's NetworkPolicies
 * are applied for real; its workloads, Secrets and RBAC are not.
 *
 * One exec per source pod runs all of that pod's probes at once
 * (`agnhost connect` per target, in the background, then `wait` for each),
 * so a table of n pods costs n execs, not n². Probes whose answer differs
 * from the expectation are tried again after a delay (a CNI programs
 * policies asynchronously), within the attempt and time limits; what is left
 * is a `cluster/connectivity` finding on the destination workload.
 */
import type { TruthTable } from '../engines/netpol/matrix.js';
import { apiGroup, isRecord, type KubeObject, type SourceObject } from '../model/objects.js';
import type { FieldPath } from '../model/path.js';
import { podTemplateOf } from '../model/workloads.js';
import type { ClusterApi } from './api.js';
import { waitFor, type Clock } from './clock.js';
import type { CreatedObjects } from './dry-run.js';
import { inBatches } from './dry-run.js';
import type { FindingSink } from './findings.js';
import { retarget, type NamespacePlan } from './namespaces.js';
import { assertMayPersist } from './persist.js';

export const PROBE_ANNOTATION = 'kubegate.dev/probe';

export interface ConnectivityOptions {
  readonly plan: NamespacePlan;
  readonly probeImage: string;
  readonly clock: Clock;
  /** per probe: how long `agnhost connect` waits for an answer */
  readonly connectTimeoutSeconds: number;
  /** tries per probe while the observation differs from the expectation */
  readonly attempts: number;
  readonly retryDelayMs: number;
  readonly podsReadyTimeoutMs: number;
  /** time limit of all probing (every attempt) */
  readonly probeTimeoutMs: number;
  /** source pods probed at once */
  readonly concurrency: number;
}

type Verdict = 'allow' | 'deny';
type Probe = TruthTable['probes'][number];

export interface ProbeResult extends Probe {
  readonly observed: Verdict;
  readonly attempts: number;
}

export interface ConnectivityTable {
  readonly port: number;
  readonly protocol: string;
  /** destination pod ids, in column order */
  readonly columns: string[];
  /** one row per source pod: a character per column, `.` allowed, `X` blocked, ` ` not probed */
  readonly rows: Array<{ from: string; expected: string; observed: string }>;
}

export interface ConnectivitySummary {
  pods: number;
  probes: number;
  mismatches: number;
  /** probes not run: a pod to itself (CNIs differ on hairpin traffic, policies do not apply to it) */
  skipped: number;
  tables: ConnectivityTable[];
  results: ProbeResult[];
}

/** Pod name of the i-th probe pod (pod ids hold characters no name may). */
export function probePodName(index: number): string {
  return `kubegate-probe-${index}`;
}

/** The probe pod for a pod of the truth table: same labels and ports; restricted Pod Security so any namespace admits it. */
export function probePod(pod: TruthTable['pods'][number], index: number, image: string): KubeObject {
  const containers = pod.ports.map((port) => {
    const protocol = port.protocol.toLowerCase();
    const serve =
      port.protocol === 'SCTP'
        ? { args: ['porter'], env: [{ name: `SERVE_SCTP_PORT_${port.port}`, value: 'foo' }] }
        : { args: ['serve-hostname', `--${protocol}`, '--http=false', '--port', String(port.port)] };
    return {
      name: `serve-${port.port}-${protocol}`,
      image,
      ...serve,
      ports: [
        { containerPort: port.port, protocol: port.protocol, ...(port.name ? { name: port.name } : {}) },
      ],
      securityContext: restrictedContainer(),
    };
  });
  if (containers.length === 0)
    containers.push({
      name: 'probe',
      image,
      args: ['pause'],
      ports: [],
      securityContext: restrictedContainer(),
    });
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: probePodName(index),
      namespace: pod.namespace,
      labels: { ...pod.labels },
      annotations: { [PROBE_ANNOTATION]: pod.id },
    },
    spec: {
      automountServiceAccountToken: false,
      terminationGracePeriodSeconds: 0,
      securityContext: {
        runAsNonRoot: true,
        runAsUser: 65534,
        seccompProfile: { type: 'RuntimeDefault' },
        // serve ports under 1024 without a capability (a safe sysctl, allowed at every level)
        sysctls: [{ name: 'net.ipv4.ip_unprivileged_port_start', value: '0' }],
      },
      containers,
    },
  };
}

function restrictedContainer(): Record<string, unknown> {
  return { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } };
}

export interface ProbeTarget {
  readonly key: number;
  readonly ip: string;
  readonly port: number;
  readonly protocol: string;
}

/**
 * The exec command that runs a source pod's probes concurrently: each
 * `agnhost connect` in the background, then its exit code as `<key> <code>`.
 * Only validated addresses, numbers and protocol names reach the script.
 */
export function probeCommand(targets: readonly ProbeTarget[], timeoutSeconds: number): string[] {
  const lines: string[] = [];
  for (const target of targets) {
    if (!/^[0-9A-Fa-f:.]+$/.test(target.ip)) throw new Error(`not a pod IP: ${JSON.stringify(target.ip)}`);
    if (!Number.isInteger(target.port) || target.port < 1 || target.port > 65535)
      throw new Error(`bad port ${target.port}`);
    if (!['TCP', 'UDP', 'SCTP'].includes(target.protocol)) throw new Error(`bad protocol ${target.protocol}`);
    const host = target.ip.includes(':') ? `[${target.ip}]` : target.ip;
    lines.push(
      `/agnhost connect ${host}:${target.port} --timeout=${timeoutSeconds}s --protocol=${target.protocol.toLowerCase()} >/dev/null 2>&1 & p${target.key}=$!`,
    );
  }
  for (const target of targets) lines.push(`wait $p${target.key}; echo "${target.key} $?"`);
  return ['/bin/sh', '-c', lines.join('\n')];
}

/** `<key> <exit code>` lines → connected or not, per key */
export function parseProbeOutput(stdout: string): Map<number, boolean> {
  const answers = new Map<number, boolean>();
  for (const line of stdout.split('\n')) {
    const match = /^(\d+) (\d+)$/.exec(line.trim());
    if (match) answers.set(Number(match[1]), match[2] === '0');
  }
  return answers;
}

export async function runConnectivity(
  api: ClusterApi,
  objects: readonly SourceObject[],
  table: TruthTable,
  options: ConnectivityOptions,
  created: CreatedObjects,
  emit: FindingSink,
): Promise<ConnectivitySummary> {
  const plan = options.plan;
  const pods = table.pods.map((pod, index) => ({
    pod,
    name: probePodName(index),
    namespace: plan.target(pod.namespace),
  }));
  for (const [index, entry] of pods.entries()) {
    const object = retarget(probePod(entry.pod, index, options.probeImage), plan, new Set());
    assertMayPersist(object);
    const result = await api.apply(object, { dryRun: false });
    if (!result.ok) throw new Error(`cannot create probe pod for ${entry.pod.id}: ${result.status.message}`);
    created.pods.push({ apiVersion: 'v1', kind: 'Pod', name: entry.name, namespace: entry.namespace });
  }
  for (const source of objects) {
    if (source.value.kind !== 'NetworkPolicy' || apiGroup(source.value.apiVersion) !== 'networking.k8s.io')
      continue;
    const object = retarget(source.value, plan, new Set());
    assertMayPersist(object);
    const result = await api.apply(object, { dryRun: false });
    // a policy the server refuses is already a dry-run finding; the probes show what its absence means
    if (!result.ok) continue;
    const metadata = isRecord(object.metadata) ? object.metadata : {};
    created.networkPolicies.push({
      apiVersion: object.apiVersion,
      kind: 'NetworkPolicy',
      name: String(metadata.name),
      namespace: String(metadata.namespace),
    });
  }

  const ips = new Map<string, string>();
  await waitFor(options.clock, 'the probe pods to run', options.podsReadyTimeoutMs, 1000, async () => {
    for (const entry of pods) {
      if (ips.has(entry.pod.id)) continue;
      const pod = await api.read({
        apiVersion: 'v1',
        kind: 'Pod',
        name: entry.name,
        namespace: entry.namespace,
      });
      const ip = readyIp(pod);
      if (ip !== undefined) ips.set(entry.pod.id, ip);
    }
    return ips.size === pods.length ? true : undefined;
  });

  const probes = table.probes.filter((probe) => probe.from !== probe.to);
  const observed = new Map<number, { verdict: Verdict; attempts: number }>();
  const deadline = options.clock.now() + options.probeTimeoutMs;
  let pending = probes.map((_, key) => key);
  for (let attempt = 1; attempt <= options.attempts && pending.length > 0; attempt++) {
    if (attempt > 1) {
      if (options.clock.now() + options.retryDelayMs >= deadline) break;
      await options.clock.sleep(options.retryDelayMs);
    }
    const bySource = new Map<string, number[]>();
    for (const key of pending)
      bySource.set(probes[key]!.from, [...(bySource.get(probes[key]!.from) ?? []), key]);
    await inBatches([...bySource.entries()], options.concurrency, async ([from, keys]) => {
      const entry = pods.find((candidate) => candidate.pod.id === from)!;
      const container = containerOf(entry.pod);
      const targets = keys.map((key) => ({
        key,
        ip: ips.get(probes[key]!.to)!,
        port: probes[key]!.port,
        protocol: probes[key]!.protocol,
      }));
      const budget = Math.max(
        1000,
        Math.min(deadline - options.clock.now(), (options.connectTimeoutSeconds + 10) * 1000),
      );
      const result = await api.exec(
        entry.namespace,
        entry.name,
        container,
        probeCommand(targets, options.connectTimeoutSeconds),
        budget,
      );
      const answers = parseProbeOutput(result.stdout);
      for (const key of keys) {
        // no answer (the exec was cut short) counts as blocked: nothing came back
        observed.set(key, { verdict: answers.get(key) === true ? 'allow' : 'deny', attempts: attempt });
      }
    });
    pending = pending.filter((key) => observed.get(key)?.verdict !== probes[key]!.expected);
  }

  const results: ProbeResult[] = probes.map((probe, key) => ({
    ...probe,
    observed: observed.get(key)?.verdict ?? 'deny',
    attempts: observed.get(key)?.attempts ?? 0,
  }));
  const mismatches = results.filter((result) => result.observed !== result.expected);
  for (const mismatch of mismatches) {
    const located = locateWorkload(objects, table, mismatch.to);
    if (!located) continue;
    emit(
      'cluster/connectivity',
      located.source,
      located.path,
      `${mismatch.from} → ${mismatch.to} ${mismatch.port}/${mismatch.protocol}: expected ${word(mismatch.expected)}, observed ${word(mismatch.observed)} (${mismatch.attempts} attempt${mismatch.attempts === 1 ? '' : 's'})`,
    );
  }
  return {
    pods: pods.length,
    probes: probes.length,
    mismatches: mismatches.length,
    skipped: table.probes.length - probes.length,
    tables: connectivityTables(table, results),
    results,
  };
}

function word(verdict: Verdict): string {
  return verdict === 'allow' ? 'allowed' : 'blocked';
}

function containerOf(pod: TruthTable['pods'][number]): string {
  const first = pod.ports[0];
  return first ? `serve-${first.port}-${first.protocol.toLowerCase()}` : 'probe';
}

function readyIp(pod: KubeObject | undefined): string | undefined {
  const status = pod && isRecord(pod.status) ? pod.status : {};
  const conditions = Array.isArray(status.conditions) ? status.conditions : [];
  const ready = conditions.some((c) => isRecord(c) && c.type === 'Ready' && c.status === 'True');
  return ready && typeof status.podIP === 'string' && status.podIP !== '' ? status.podIP : undefined;
}

/** the destination workload's source object, at its pod labels (what policies select on) */
function locateWorkload(
  objects: readonly SourceObject[],
  table: TruthTable,
  podId: string,
): { source: SourceObject; path: FieldPath } | undefined {
  const pod = table.pods.find((candidate) => candidate.id === podId);
  if (!pod) return undefined;
  for (const source of objects) {
    const metadata = isRecord(source.value.metadata) ? source.value.metadata : {};
    if (source.value.kind !== pod.workload.kind || metadata.name !== pod.workload.name) continue;
    if ((typeof metadata.namespace === 'string' ? metadata.namespace : 'default') !== pod.workload.namespace)
      continue;
    const template = podTemplateOf(source);
    return { source, path: template ? [...template.prefix, 'metadata', 'labels'] : [] };
  }
  return undefined;
}

/** One table per destination port and protocol: rows are sources, columns destinations. */
export function connectivityTables(
  table: TruthTable,
  results: ReadonlyArray<Probe & { observed: Verdict }>,
): ConnectivityTable[] {
  const ids = table.pods.map((pod) => pod.id);
  const ports = new Map<string, { port: number; protocol: string }>();
  for (const probe of table.probes)
    ports.set(`${probe.port}/${probe.protocol}`, { port: probe.port, protocol: probe.protocol });
  const cell = (verdict: Verdict | undefined) =>
    verdict === undefined ? ' ' : verdict === 'allow' ? '.' : 'X';
  return [...ports.values()]
    .sort((a, b) => a.port - b.port || (a.protocol < b.protocol ? -1 : a.protocol > b.protocol ? 1 : 0))
    .map(({ port, protocol }) => {
      const here = results.filter((r) => r.port === port && r.protocol === protocol);
      return {
        port,
        protocol,
        columns: ids,
        rows: ids.map((from) => {
          const find = (to: string) => here.find((r) => r.from === from && r.to === to);
          return {
            from,
            expected: ids.map((to) => cell(find(to)?.expected)).join(''),
            observed: ids.map((to) => cell(find(to)?.observed)).join(''),
          };
        }),
      };
    });
}

/** expected and observed side by side, columns numbered with a legend */
export function formatConnectivityTables(tables: readonly ConnectivityTable[]): string {
  const out: string[] = [];
  for (const t of tables) {
    const width = Math.max(...t.rows.map((row) => row.from.length), 4);
    const header = t.columns.map((_, i) => String(i % 10)).join('');
    out.push(`${t.port}/${t.protocol}  (. allowed, X blocked; columns are destinations)`);
    out.push(`${''.padEnd(width)}  ${'expected'.padEnd(Math.max(header.length, 8))}  observed`);
    out.push(`${''.padEnd(width)}  ${header.padEnd(Math.max(header.length, 8))}  ${header}`);
    for (const row of t.rows) {
      const flag = row.expected !== row.observed ? '  <- differs' : '';
      out.push(
        `${row.from.padEnd(width)}  ${row.expected.padEnd(Math.max(header.length, 8))}  ${row.observed}${flag}`,
      );
    }
    out.push(t.columns.map((id, i) => `  ${i}: ${id}`).join('\n'));
    out.push('');
  }
  return out.join('\n');
}
