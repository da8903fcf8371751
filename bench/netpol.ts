/**
 * NetworkPolicy reachability at scale: 2,000 workloads in 25 namespaces and
 * 500 policies (per namespace a default deny, DNS egress, and 18 allow
 * policies between tiers, across namespaces, from a monitoring namespace and
 * from load-balancer ranges). Measures parsing, the analysis (equivalence
 * classes, policy compilation), the workload-level connection list, and the
 * netpol rules, cold (first run in the process) and warm (median of the rest).
 * `npx tsx bench/netpol.ts`; also run by bench/run.ts.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { workloadConnections } from '../src/engines/netpol/connections.js';
import { Reachability, readNetpolInput } from '../src/engines/netpol/reachability.js';
import { DEFAULT_SETTINGS } from '../src/config/settings.js';
import { parseManifests } from '../src/render/loader.js';
import { analyze } from '../src/rules/engine.js';
import type { SourceObject } from '../src/model/objects.js';

const NAMESPACES = 25;
const WORKLOADS_PER_NAMESPACE = 80;
const POLICIES_PER_NAMESPACE = 20;
const TIERS = ['web', 'api', 'db', 'worker'] as const;

function workload(ns: number, i: number): string {
  const tier = TIERS[i % TIERS.length]!;
  return `apiVersion: apps/v1
kind: Deployment
metadata: {name: app-${i}, namespace: team-${ns}}
spec:
  selector: {matchLabels: {app: app-${i}}}
  template:
    metadata:
      labels: {app: app-${i}, tier: ${tier}, team: team-${ns}}
    spec:
      containers:
        - name: main
          image: registry.example.com/team-${ns}/app-${i}:1.0.0
          ports: [{containerPort: 8080, name: http}, {containerPort: 9090, name: metrics}]
`;
}

function policies(ns: number): string[] {
  const namespace = `team-${ns}`;
  const list = [
    `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: default-deny-all, namespace: ${namespace}}
spec: {podSelector: {}, policyTypes: [Ingress, Egress]}
`,
    `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: dns, namespace: ${namespace}}
spec:
  podSelector: {}
  policyTypes: [Egress]
  egress:
    - to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}, podSelector: {matchLabels: {k8s-app: kube-dns}}}]
      ports: [{port: 53, protocol: UDP}, {port: 53, protocol: TCP}]
`,
  ];
  for (let p = 0; list.length < POLICIES_PER_NAMESPACE; p++) {
    const target = `app-${(p * 7) % WORKLOADS_PER_NAMESPACE}`;
    const kind = p % 6;
    let rule: string;
    if (kind === 0)
      rule = `ingress: [{from: [{podSelector: {matchLabels: {tier: web}}}], ports: [{port: http}]}]`;
    else if (kind === 1)
      rule = `ingress: [{from: [{podSelector: {matchLabels: {tier: api}}}], ports: [{port: 8080}]}]`;
    else if (kind === 2)
      rule = `ingress: [{from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: team-${(ns + 1) % NAMESPACES}}}, podSelector: {matchExpressions: [{key: tier, operator: In, values: [api, worker]}]}}], ports: [{port: 8080, endPort: 8090}]}]`;
    else if (kind === 3)
      rule = `ingress: [{from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: monitoring}}}], ports: [{port: metrics}]}]`;
    else if (kind === 4)
      rule = `ingress: [{from: [{ipBlock: {cidr: 203.0.${ns}.0/24}}, {ipBlock: {cidr: 198.51.100.0/22, except: [198.51.100.${p}/32]}}], ports: [{port: 8080}]}]`;
    else
      rule = `egress: [{to: [{podSelector: {matchLabels: {tier: db}}}, {namespaceSelector: {matchLabels: {team: shared}}}], ports: [{port: 5432}, {port: http}]}]`;
    list.push(`apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: allow-${p}, namespace: ${namespace}}
spec:
  podSelector: {matchLabels: {app: ${target}}}
  ${rule}
`);
  }
  return list;
}

export function netpolCorpus(): string {
  const documents: string[] = [];
  for (let ns = 0; ns < NAMESPACES; ns++) {
    documents.push(
      `apiVersion: v1\nkind: Namespace\nmetadata: {name: team-${ns}, labels: {team: team-${ns}}}\n`,
    );
    for (let i = 0; i < WORKLOADS_PER_NAMESPACE; i++) documents.push(workload(ns, i));
    documents.push(...policies(ns));
  }
  return documents.join('---\n');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time<T>(run: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = run();
  return { ms: performance.now() - started, value };
}

export async function benchNetpol(): Promise<void> {
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  const text = netpolCorpus();
  const stages: Record<string, number[]> = { parse: [], analysis: [], list: [], rules: [], total: [] };
  let summary = '';
  for (let run = 0; run < runs; run++) {
    const parsed = time(() => parseManifests('netpol-corpus.yaml', text));
    if ('error' in parsed.value) throw new Error(parsed.value.error.message);
    const objects: SourceObject[] = parsed.value.objects;
    const analysis = time(() => new Reachability(readNetpolInput(objects), { ipBlockMatchesPods: false }));
    const list = time(() => workloadConnections(analysis.value));
    const rules = time(() => analyze(objects, { ...DEFAULT_SETTINGS, onlyRules: ['netpol/*'] }));
    stages.parse!.push(parsed.ms);
    stages.analysis!.push(analysis.ms);
    stages.list!.push(list.ms);
    stages.rules!.push(rules.ms);
    stages.total!.push(parsed.ms + analysis.ms + list.ms);
    const reachability = analysis.value;
    const classes = reachability.nodes.filter((node) => node.kind === 'pods').length;
    summary = `${reachability.input.workloads.length} workloads (${classes} classes), ${reachability.input.policies.length} policies, ${reachability.externals.length} outside atoms; ${list.value.length} connections listed, ${rules.value.length} findings`;
  }
  console.log(`netpol: ${summary}`);
  for (const [stage, values] of Object.entries(stages)) {
    console.log(
      `netpol ${stage.padEnd(8)}: cold ${values[0]!.toFixed(0)} ms, warm median ${median(values.slice(1)).toFixed(0)} ms`,
    );
  }
  console.log(`netpol peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await benchNetpol();
}
