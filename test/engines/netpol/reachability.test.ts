import { describe, expect, test } from 'vitest';
import { connectionLine, workloadConnections } from '../../../src/engines/netpol/connections.js';
import { parseCidr } from '../../../src/engines/netpol/ip.js';
import {
  Reachability,
  readNetpolInput,
  type NetpolOptions,
} from '../../../src/engines/netpol/reachability.js';
import { objectsOf } from './support.js';

function analyze(yaml: string, options: Partial<NetpolOptions> = {}): Reachability {
  const input = readNetpolInput(objectsOf('in.yaml', yaml));
  if (input.issues.length > 0) throw new Error(input.issues.map((issue) => issue.message).join('; '));
  return new Reachability(input, { ipBlockMatchesPods: false, ...options });
}

function list(yaml: string, options: Partial<NetpolOptions> = {}): string[] {
  return workloadConnections(analyze(yaml, options)).map(connectionLine);
}

function deployment(namespace: string, name: string, labels: string, ports = ''): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}, namespace: ${namespace}}
spec:
  template:
    metadata:
      labels: ${labels}
    spec:
      containers:
        - name: main
          image: registry.example.com/${name}:1
${ports ? `          ports: ${ports}\n` : ''}---
`;
}

function policy(namespace: string, name: string, spec: string): string {
  return `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: ${name}, namespace: ${namespace}}
spec:
${spec}
---
`;
}

const DENY_ALL = (namespace: string) =>
  policy(namespace, 'deny', '  podSelector: {}\n  policyTypes: [Ingress, Egress]');

describe('named ports', () => {
  const server = deployment(
    'app',
    'server',
    '{app: server}',
    '[{containerPort: 8080, name: http}, {containerPort: 5353, name: dns, protocol: UDP}]',
  );
  const client = deployment('app', 'client', '{app: client}');

  test('resolve against the destination pod, with the protocol of the policy port', () => {
    const lines = list(
      `${server}${client}${DENY_ALL('app')}${policy(
        'app',
        'server-in',
        '  podSelector: {matchLabels: {app: server}}\n  ingress: [{ports: [{port: http}, {port: dns, protocol: UDP}]}]',
      )}${policy('app', 'client-out', '  podSelector: {matchLabels: {app: client}}\n  policyTypes: [Egress]\n  egress: [{}]')}`,
    );
    expect(lines).toContain('app/client[Deployment] => app/server[Deployment] : TCP 8080,UDP 5353');
    expect(lines).toContain(
      '0.0.0.0-255.255.255.255[External] => app/server[Deployment] : TCP 8080,UDP 5353',
    );
  });

  test('a name whose container port has another protocol matches nothing', () => {
    const lines = list(
      `${server}${client}${policy('app', 'server-in', '  podSelector: {matchLabels: {app: server}}\n  ingress: [{ports: [{port: dns}]}]')}`,
    );
    expect(lines.filter((line) => line.includes('=> app/server'))).toEqual([]);
  });

  test('egress by name resolves per destination, so one rule opens different numbers', () => {
    const other = deployment('app', 'other', '{app: other}', '[{containerPort: 9090, name: http}]');
    const lines = list(
      `${server}${other}${client}${policy(
        'app',
        'client-out',
        '  podSelector: {matchLabels: {app: client}}\n  policyTypes: [Egress]\n  egress: [{ports: [{port: http}]}]',
      )}`,
    ).filter((line) => line.startsWith('app/client'));
    expect(lines).toEqual([
      'app/client[Deployment] => app/other[Deployment] : TCP 9090',
      'app/client[Deployment] => app/server[Deployment] : TCP 8080',
    ]);
  });

  test('a named port never matches an outside address', () => {
    const lines = list(
      `${client}${policy('app', 'client-out', '  podSelector: {}\n  policyTypes: [Egress]\n  egress: [{ports: [{port: http}, {port: 443}]}]')}`,
    );
    expect(lines).toContain('app/client[Deployment] => 0.0.0.0-255.255.255.255[External] : TCP 443');
  });
});

describe('ports', () => {
  test('endPort makes an inclusive range', () => {
    const r = analyze(
      `${deployment('a', 'web', '{app: web}')}${policy('a', 'range', '  podSelector: {}\n  ingress: [{ports: [{port: 8000, endPort: 8080}]}]')}`,
    );
    const web = r.nodes.findIndex((node) => node.kind === 'pods');
    const conn = r.fromExternal(0, web);
    expect([
      conn.allows('TCP', 7999),
      conn.allows('TCP', 8000),
      conn.allows('TCP', 8080),
      conn.allows('TCP', 8081),
    ]).toEqual([false, true, true, false]);
    expect(conn.toString()).toBe('TCP 8000-8080');
  });

  test('rules of several policies selecting a pod are unioned', () => {
    const lines = list(
      `${deployment('a', 'web', '{app: web}')}${policy('a', 'http', '  podSelector: {}\n  ingress: [{ports: [{port: 80}]}]')}${policy(
        'a',
        'dns',
        '  podSelector: {matchLabels: {app: web}}\n  ingress: [{ports: [{port: 53, protocol: UDP}, {port: 53}]}]',
      )}`,
    );
    expect(lines).toContain('0.0.0.0-255.255.255.255[External] => a/web[Deployment] : TCP 53,80,UDP 53');
  });
});

describe('policyTypes inference', () => {
  test('egress rules without policyTypes isolate egress too', () => {
    const r = analyze(
      `${deployment('a', 'web', '{app: web}')}${policy('a', 'p', '  podSelector: {}\n  egress: [{ports: [{port: 53, protocol: UDP}]}]')}`,
    );
    expect([r.isIngressIsolated(0), r.isEgressIsolated(0)]).toEqual([true, true]);
    expect(r.toExternal(0, 0).toString()).toBe('UDP 53');
  });

  test('without egress rules only ingress is isolated', () => {
    const r = analyze(`${deployment('a', 'web', '{app: web}')}${policy('a', 'p', '  podSelector: {}')}`);
    expect([r.isIngressIsolated(0), r.isEgressIsolated(0)]).toEqual([true, false]);
  });
});

describe('outside addresses', () => {
  const web = deployment('a', 'web', '{app: web}');

  test('an ipBlock with except splits the outside into the ranges reached and not', () => {
    const lines = list(
      `${web}${policy('a', 'p', '  podSelector: {}\n  ingress: [{from: [{ipBlock: {cidr: 0.0.0.0/0, except: [10.0.0.0/8]}}], ports: [{port: 443}]}]')}`,
    );
    expect(lines.filter((line) => line.includes('[External] =>'))).toEqual([
      '0.0.0.0-9.255.255.255[External] => a/web[Deployment] : TCP 443',
      '11.0.0.0-255.255.255.255[External] => a/web[Deployment] : TCP 443',
    ]);
  });

  test('netpol.clusterCidrs are not outside', () => {
    const r = analyze(web, { clusterCidrs: [parseCidr('10.244.0.0/16')!, parseCidr('10.96.0.0/12')!] });
    expect(r.externals.map((range) => `${range.lo}-${range.hi}`)).toHaveLength(3);
    expect(
      list(web, { clusterCidrs: [parseCidr('10.244.0.0/16')!] }).filter((line) => line.includes('=> a/web')),
    ).toEqual([
      '0.0.0.0-10.243.255.255[External] => a/web[Deployment] : All Connections',
      '10.245.0.0-255.255.255.255[External] => a/web[Deployment] : All Connections',
    ]);
  });

  test('IPv6 appears once a policy names an IPv6 block', () => {
    const lines = list(
      `${web}${policy('a', 'p', '  podSelector: {}\n  ingress: [{from: [{ipBlock: {cidr: "2001:db8::/32"}}]}]')}`,
    );
    expect(lines.filter((line) => line.includes('[External] =>'))).toEqual([
      '2001:db8::-2001:db8:ffff:ffff:ffff:ffff:ffff:ffff[External] => a/web[Deployment] : All Connections',
    ]);
    // atoms reached the same way merge back into one range
    expect(lines).toContain(
      'a/web[Deployment] => ::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff[External] : All Connections',
    );
  });

  test('blocks overlapping possible pod networks draw a warning, others do not', () => {
    const spec = (cidr: string) =>
      `${web}${policy('a', 'p', `  podSelector: {}\n  policyTypes: [Egress]\n  egress: [{to: [{ipBlock: {cidr: ${cidr}}}]}]`)}`;
    expect(analyze(spec('0.0.0.0/0')).warnings.map((w) => w.message)).toEqual([
      expect.stringContaining('ipBlock 0.0.0.0/0 overlaps ranges that may hold pod networks'),
    ]);
    expect(analyze(spec('203.0.113.0/24')).warnings).toEqual([]);
    expect(analyze(spec('10.0.0.0/8')).warnings).toHaveLength(1);
    const known = { clusterCidrs: [parseCidr('10.244.0.0/16')!] };
    expect(analyze(spec('10.0.0.0/8'), known).warnings).toHaveLength(1);
    expect(analyze(spec('192.168.0.0/16'), known).warnings).toEqual([]);
    expect(analyze(spec('0.0.0.0/0'), { ipBlockMatchesPods: true }).warnings[0]!.message).toContain(
      'treated as matching pods',
    );
  });

  test('with ipBlockMatchesPods, a block over the pod networks reaches pods whose IPs are unknown', () => {
    const yaml = `${web}${deployment('b', 'db', '{app: db}')}${policy(
      'a',
      'p',
      '  podSelector: {}\n  policyTypes: [Egress]\n  egress: [{to: [{ipBlock: {cidr: 10.0.0.0/8}}]}]',
    )}`;
    expect(list(yaml).filter((line) => line.startsWith('a/web'))).toEqual([
      'a/web[Deployment] => 10.0.0.0-10.255.255.255[External] : All Connections',
    ]);
    expect(list(yaml, { ipBlockMatchesPods: true }).filter((line) => line.startsWith('a/web'))).toEqual([
      'a/web[Deployment] => 10.0.0.0-10.255.255.255[External] : All Connections',
      'a/web[Deployment] => b/db[Deployment] : All Connections',
    ]);
  });
});

describe('namespaces outside the input', () => {
  const dnsEgress = policy(
    'shop',
    'dns',
    `  podSelector: {}
  policyTypes: [Egress]
  egress:
    - to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}, podSelector: {matchLabels: {k8s-app: kube-dns}}}]
      ports: [{port: 53, protocol: UDP}]`,
  );

  test('a namespace named by a selector is a peer whose pods are unknown', () => {
    const lines = list(`${deployment('shop', 'web', '{app: web}')}${DENY_ALL('shop')}${dnsEgress}`);
    expect(lines).toEqual(['shop/web[Deployment] => kube-system/*[Namespace] : UDP 53']);
  });

  test('only a policy selecting every pod isolates such a namespace', () => {
    const base = `${deployment('shop', 'web', '{app: web}')}${DENY_ALL('shop')}${dnsEgress}`;
    const narrow = policy('kube-system', 'narrow', '  podSelector: {matchLabels: {k8s-app: other}}');
    expect(list(`${base}${narrow}`)).toEqual(['shop/web[Deployment] => kube-system/*[Namespace] : UDP 53']);
    expect(list(`${base}${policy('kube-system', 'deny', '  podSelector: {}')}`)).toEqual([]);
  });

  test('connections between two such namespaces, or with outside addresses, are not listed', () => {
    const lines = list(
      `${deployment('shop', 'web', '{app: web}')}apiVersion: v1\nkind: Namespace\nmetadata: {name: monitoring}\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: logging}\n`,
    );
    expect(lines.some((line) => line.startsWith('monitoring') && line.includes('logging'))).toBe(false);
    expect(lines.some((line) => line.includes('[External] => monitoring'))).toBe(false);
    expect(lines).toContain('monitoring/*[Namespace] => shop/web[Deployment] : All Connections');
  });
});

describe('workloads', () => {
  test('Pods from a live cluster count under their controlling owner', () => {
    const pod = (name: string, owner: string) => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  namespace: shop
  labels: {app: web}
  ownerReferences: [{apiVersion: apps/v1, kind: ReplicaSet, name: ${owner}, controller: true, uid: u}]
spec: {containers: [{name: web, image: web:1}]}
---
`;
    const bare = `apiVersion: v1\nkind: Pod\nmetadata: {name: debug, namespace: shop}\nspec: {containers: [{name: sh, image: busybox:1}]}\n`;
    const lines = list(`${pod('web-7d9f-a', 'web-7d9f')}${pod('web-7d9f-b', 'web-7d9f')}${bare}`);
    expect(lines).toContain('shop/debug[Pod] => shop/web-7d9f[ReplicaSet] : All Connections');
    expect(lines).toContain('shop/web-7d9f[ReplicaSet] => shop/debug[Pod] : All Connections');
    expect(lines.filter((line) => line.startsWith('shop/web-7d9f[ReplicaSet] => shop/web'))).toEqual([]);
  });

  test('pods of one owner with different labels: the workload is the union of its pods', () => {
    const pod = (name: string) => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  namespace: db
  labels: {app: pg, statefulset.kubernetes.io/pod-name: ${name}}
  ownerReferences: [{apiVersion: apps/v1, kind: StatefulSet, name: pg, controller: true, uid: u}]
spec: {containers: [{name: pg, image: postgres:16}]}
---
`;
    const onlyPrimary = policy(
      'db',
      'primary',
      `  podSelector: {matchLabels: {statefulset.kubernetes.io/pod-name: pg-0}}
  ingress: [{from: [{namespaceSelector: {}}], ports: [{port: 5432}]}]`,
    );
    const r = analyze(`${pod('pg-0')}${pod('pg-1')}${deployment('app', 'api', '{app: api}')}${onlyPrimary}`);
    expect(r.input.workloads.find((w) => w.name === 'pg')!.shapes).toHaveLength(2);
    // pg-1 is not isolated, so the workload as a whole accepts everything
    expect(workloadConnections(r).map(connectionLine)).toContain(
      'app/api[Deployment] => db/pg[StatefulSet] : All Connections',
    );
  });

  test('workloads with the same namespace, labels and ports share one class', () => {
    const many = Array.from({ length: 20 }, (_, i) =>
      deployment('a', `w${i}`, '{tier: web}', '[{containerPort: 80}]'),
    ).join('');
    const r = analyze(`${many}${deployment('a', 'db', '{tier: db}')}`);
    expect(r.nodes.filter((node) => node.kind === 'pods')).toHaveLength(2);
    // members of one class still reach each other, but not themselves
    const lines = workloadConnections(r).map(connectionLine);
    expect(lines).toContain('a/w0[Deployment] => a/w1[Deployment] : All Connections');
    expect(lines.filter((line) => line.startsWith('a/w0[Deployment] => a/w0'))).toEqual([]);
  });

  test('a PodTemplate object runs no pods', () => {
    const r = analyze(
      `apiVersion: v1\nkind: PodTemplate\nmetadata: {name: t, namespace: a}\ntemplate:\n  metadata: {labels: {app: t}}\n  spec: {containers: [{name: c, image: i:1}]}\n`,
    );
    expect(r.input.workloads).toEqual([]);
  });
});

describe('warnings', () => {
  test('a named port toward a namespace outside the input cannot be resolved, and says so', () => {
    const r = analyze(
      `${deployment('shop', 'web', '{app: web}')}${policy(
        'shop',
        'dns',
        '  podSelector: {}\n  policyTypes: [Egress]\n  egress: [{to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}}], ports: [{port: dns, protocol: UDP}, {port: 53}]}]',
      )}`,
    );
    expect(r.warnings.map((warning) => warning.message)).toEqual([
      'named port dns/UDP cannot be resolved for pods outside the input (namespace kube-system); only numeric ports are counted for them',
    ]);
    expect(workloadConnections(r).map(connectionLine)).toContain(
      'shop/web[Deployment] => kube-system/*[Namespace] : TCP 53',
    );
  });
});
