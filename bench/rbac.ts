/**
 * RBAC benchmark: 2,000 roles (Roles, ClusterRoles, aggregated ClusterRoles)
 * and 5,000 bindings over 50 namespaces, written as YAML and read like any
 * manifests; then the graph (aggregation included), `can-i --list` for every
 * ServiceAccount the bindings name, `who-can`, the rbac rule family and the
 * permission diff against a slightly different base. The target: --list for
 * every ServiceAccount under 2 s. Run alone with `npx tsx bench/rbac.ts`.
 */
import { pathToFileURL } from 'node:url';
import { accessList } from '../src/engines/rbac/access-list.js';
import { whoCan } from '../src/engines/rbac/authorizer.js';
import { RbacGraph } from '../src/engines/rbac/graph.js';
import { serviceAccountUser, splitServiceAccountUserName } from '../src/engines/rbac/identity.js';
import { resourceRequest } from '../src/engines/rbac/matching.js';
import { permissionDiff } from '../src/engines/rbac/permissions.js';
import { parseManifests } from '../src/render/loader.js';
import { rbacFindings } from '../src/rules/rbac/family.js';
import type { SourceObject } from '../src/model/objects.js';

const NAMESPACES = 50;
const SERVICE_ACCOUNTS_PER_NAMESPACE = 100;
const ROLES = 1_500;
const CLUSTER_ROLES = 480;
const AGGREGATED_ROLES = 20;
const ROLE_BINDINGS = 4_000;
const CLUSTER_ROLE_BINDINGS = 1_000;

/** a small deterministic generator, so every run measures the same corpus */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const RULE_POOL = [
  '{ verbs: [get, list, watch], apiGroups: [""], resources: [configmaps, services] }',
  '{ verbs: [get], apiGroups: [""], resources: [secrets], resourceNames: [tls] }',
  '{ verbs: [create, update, patch], apiGroups: [apps], resources: [deployments, deployments/scale] }',
  '{ verbs: ["*"], apiGroups: [batch], resources: [jobs, cronjobs] }',
  '{ verbs: [get, list], apiGroups: ["*"], resources: ["*"] }',
  '{ verbs: [create], apiGroups: [""], resources: [pods/exec, pods/portforward] }',
  '{ verbs: [get, list, watch], apiGroups: [networking.k8s.io], resources: [networkpolicies, ingresses] }',
  '{ verbs: [get, update], apiGroups: [coordination.k8s.io], resources: [leases], resourceNames: [leader] }',
  '{ verbs: [list, watch], apiGroups: [""], resources: [secrets] }',
  '{ verbs: [create], apiGroups: [""], resources: [serviceaccounts/token] }',
];

export function rbacCorpus(seed = 42): string {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const namespace = (index: number) => `ns-${index % NAMESPACES}`;
  const rules = () => {
    const count = 3 + Math.floor(next() * 4);
    return Array.from({ length: count }, () => `  - ${pick(RULE_POOL)}`).join('\n');
  };
  const serviceAccount = (ns: string) =>
    `{ kind: ServiceAccount, name: sa-${Math.floor(next() * SERVICE_ACCOUNTS_PER_NAMESPACE)}, namespace: ${ns} }`;
  const documents: string[] = [];
  for (let i = 0; i < ROLES; i++) {
    documents.push(`apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: role-${i}, namespace: ${namespace(i)} }
rules:
${rules()}`);
  }
  for (let i = 0; i < CLUSTER_ROLES; i++) {
    const labels = i % 5 === 0 ? `, labels: { team: t${i % AGGREGATED_ROLES} }` : '';
    documents.push(`apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: cluster-role-${i}${labels} }
rules:
${rules()}`);
  }
  for (let i = 0; i < AGGREGATED_ROLES; i++) {
    documents.push(`apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: aggregated-${i}, labels: { rbac.authorization.k8s.io/aggregate-to-view: "${i === 0 ? 'true' : 'false'}" } }
aggregationRule:
  clusterRoleSelectors:
    - matchLabels: { team: t${i} }`);
  }
  for (let i = 0; i < ROLE_BINDINGS; i++) {
    const ns = namespace(i);
    const toClusterRole = next() < 0.3;
    const roleRef = toClusterRole
      ? `{ apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: ${pick(['view', 'edit', `aggregated-${i % AGGREGATED_ROLES}`, `cluster-role-${i % CLUSTER_ROLES}`])} }`
      : `{ apiGroup: rbac.authorization.k8s.io, kind: Role, name: role-${(i % (ROLES / NAMESPACES)) * NAMESPACES + (i % NAMESPACES)} }`;
    const subjects = Array.from({ length: 1 + Math.floor(next() * 3) }, () => serviceAccount(ns));
    documents.push(`apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: binding-${i}, namespace: ${ns} }
roleRef: ${roleRef}
subjects: [${subjects.join(', ')}]`);
  }
  for (let i = 0; i < CLUSTER_ROLE_BINDINGS; i++) {
    const subjects = [
      serviceAccount(namespace(Math.floor(next() * NAMESPACES))),
      `{ kind: Group, name: team-${i % 40} }`,
    ];
    documents.push(`apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: cluster-binding-${i} }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-role-${i % CLUSTER_ROLES} }
subjects: [${subjects.join(', ')}]`);
  }
  return `${documents.join('\n---\n')}\n`;
}

function parse(text: string, file: string): SourceObject[] {
  const parsed = parseManifests(file, text);
  if ('error' in parsed) throw new Error(`bench corpus does not parse: ${parsed.error.message}`);
  return parsed.objects;
}

function time<T>(work: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = work();
  return { value, ms: performance.now() - started };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** parse, graph, then can-i --list for every ServiceAccount the bindings name (in its own namespace) */
function listEveryServiceAccount(text: string) {
  const parsed = time(() => parse(text, 'rbac-bench.yaml'));
  const graph = time(() => new RbacGraph(parsed.value));
  if (graph.value.problems.length > 0)
    throw new Error(`bench corpus is invalid: ${graph.value.problems[0]!.message}`);
  const accounts = new Set<string>();
  for (const binding of graph.value.bindings)
    for (const { subject } of binding.subjects)
      if (subject.kind === 'ServiceAccount')
        accounts.add(`system:serviceaccount:${subject.namespace ?? binding.namespace}:${subject.name}`);
  const lists = time(() => {
    let rows = 0;
    for (const account of accounts) {
      const { namespace, name } = splitServiceAccountUserName(account)!;
      rows += accessList(graph.value, serviceAccountUser(namespace, name), namespace).rules.length;
    }
    return rows;
  });
  return { parsed, graph, lists, accounts: accounts.size };
}

export async function benchRbac(runs = Number(process.env.BENCH_RUNS ?? 5)): Promise<void> {
  const text = rbacCorpus();
  const results = Array.from({ length: runs }, () => listEveryServiceAccount(text));
  const { parsed, graph, accounts } = results[0]!;
  const objects = parsed.value;
  const roles = objects.filter((object) => object.value.kind.endsWith('Role')).length;
  const bindings = objects.filter((object) => object.value.kind.endsWith('Binding')).length;
  const parseMs = median(results.map((result) => result.parsed.ms));
  const graphMs = median(results.map((result) => result.graph.ms));
  const listMs = median(results.map((result) => result.lists.ms));
  const totalMs = median(results.map((result) => result.parsed.ms + result.graph.ms + result.lists.ms));

  const who = time(
    () =>
      whoCan(graph.value, resourceRequest({ verb: 'list', resource: 'secrets', namespace: 'ns-7' })).entries
        .length,
  );
  const findings = time(() => rbacFindings(graph.value).length);
  const baseObjects = parse(rbacCorpus(7), 'rbac-bench-base.yaml');
  const diff = time(() => permissionDiff(new RbacGraph(baseObjects), graph.value));

  const us = (ms: number, count: number) => ((ms * 1000) / count).toFixed(0);
  console.log(
    `rbac: ${roles.toLocaleString('en-US')} roles, ${bindings.toLocaleString('en-US')} bindings, ${accounts.toLocaleString('en-US')} ServiceAccounts (${(text.length / 1e6).toFixed(2)} MB of YAML), median of ${runs}`,
  );
  console.log(`  parse ${parseMs.toFixed(0)} ms · graph with aggregation ${graphMs.toFixed(0)} ms`);
  console.log(
    `  can-i --list for every ServiceAccount: ${listMs.toFixed(0)} ms (${us(listMs, accounts)} µs each, ${results[0]!.lists.value.toLocaleString('en-US')} rows); with parse and graph ${totalMs.toFixed(0)} ms (target < 2000 ms)`,
  );
  console.log(
    `  who-can list secrets: ${who.ms.toFixed(1)} ms (${who.value} subjects) · rbac rules: ${findings.ms.toFixed(0)} ms (${findings.value.toLocaleString('en-US')} findings) · permission diff against another corpus: ${diff.ms.toFixed(0)} ms (${diff.value.added.length.toLocaleString('en-US')} added, ${diff.value.removed.length.toLocaleString('en-US')} removed)`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchRbac();
