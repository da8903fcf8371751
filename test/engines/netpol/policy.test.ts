/** Reading NetworkPolicies: defaulting as the API server does it, and refusing what it refuses. */
import { describe, expect, test } from 'vitest';
import type { NetpolIssue } from '../../../src/engines/netpol/model.js';
import { readPolicy } from '../../../src/engines/netpol/policy.js';
import { formatPath } from '../../../src/model/path.js';
import { objectsOf } from './support.js';

function read(spec: string) {
  const [object] = objectsOf(
    'np.yaml',
    `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p, namespace: shop}\nspec:\n${spec}`,
  );
  const issues: NetpolIssue[] = [];
  const policy = readPolicy(object!, issues);
  return {
    policy,
    issues: issues.map(
      (issue) => `${formatPath(issue.path)} @${issue.object.locate(issue.path).line}: ${issue.message}`,
    ),
  };
}

describe('policyTypes', () => {
  test('absent: Ingress, plus Egress when there are egress rules', () => {
    expect(read('  podSelector: {}\n').policy).toMatchObject({
      ingress: true,
      egress: false,
      inferredTypes: true,
    });
    const withEgress = read('  podSelector: {}\n  egress: [{ports: [{port: 53, protocol: UDP}]}]\n').policy!;
    expect(withEgress).toMatchObject({ ingress: true, egress: true });
    expect(withEgress.ingressRules).toEqual([]);
    expect(withEgress.egressRules).toHaveLength(1);
  });

  test('absent with an empty egress list: Ingress only', () => {
    expect(read('  podSelector: {}\n  egress: []\n').policy).toMatchObject({ ingress: true, egress: false });
  });

  test('an empty list is defaulted like an absent one', () => {
    expect(read('  podSelector: {}\n  policyTypes: []\n  egress: [{}]\n').policy).toMatchObject({
      ingress: true,
      egress: true,
      inferredTypes: true,
    });
  });

  test('given: rules of a direction it does not name have no effect', () => {
    const policy = read('  podSelector: {}\n  policyTypes: [Egress]\n  ingress: [{}]\n').policy!;
    expect(policy).toMatchObject({ ingress: false, egress: true, inferredTypes: false });
    expect(policy.ingressRules).toEqual([]);
  });

  test('refuses unknown types', () => {
    expect(read('  podSelector: {}\n  policyTypes: [Ingress, ingress]\n').issues).toEqual([
      'spec.policyTypes[1] @6: policyType must be Ingress or Egress, not "ingress"',
    ]);
  });
});

describe('rules and peers', () => {
  test('no from and an empty from both mean every peer; no ports means every port', () => {
    const policy = read('  podSelector: {}\n  ingress: [{}, {from: [], ports: []}]\n').policy!;
    expect(policy.ingressRules.map((rule) => [rule.peers, rule.ports])).toEqual([
      [undefined, undefined],
      [undefined, undefined],
    ]);
  });

  test('a peer with both selectors keeps both (ANDed)', () => {
    const policy = read(
      '  podSelector: {}\n  ingress:\n    - from: [{namespaceSelector: {matchLabels: {team: a}}, podSelector: {matchLabels: {app: b}}}]\n',
    ).policy!;
    const peer = policy.ingressRules[0]!.peers![0]!;
    expect(peer.kind).toBe('selector');
    expect(peer.kind === 'selector' && peer.namespaceSelector && peer.podSelector).toBeTruthy();
  });

  test('refuses an empty peer and ipBlock mixed with selectors', () => {
    expect(
      read(
        '  podSelector: {}\n  ingress:\n    - from:\n        - {}\n        - {ipBlock: {cidr: 10.0.0.0/8}, podSelector: {}}\n',
      ).issues,
    ).toEqual([
      'spec.ingress[0].from[0] @8: peer must set podSelector, namespaceSelector or ipBlock',
      'spec.ingress[0].from[1] @9: peer may not set ipBlock together with podSelector or namespaceSelector',
    ]);
  });

  test('ipBlock: valid CIDR, except a strict subset', () => {
    const { policy } = read(
      '  podSelector: {}\n  egress:\n    - to: [{ipBlock: {cidr: 0.0.0.0/0, except: [10.0.0.0/8, 172.16.0.0/12]}}]\n',
    );
    const peer = policy!.egressRules[0]!.peers![0]!;
    expect(peer.kind === 'ipBlock' && peer.addresses.toString()).toBe(
      '0.0.0.0-9.255.255.255,11.0.0.0-172.15.255.255,172.32.0.0-255.255.255.255',
    );
    expect(read('  podSelector: {}\n  egress:\n    - to: [{ipBlock: {cidr: 10.0.0/8}}]\n').issues).toEqual([
      'spec.egress[0].to[0].ipBlock.cidr @7: "10.0.0/8" is not a valid CIDR (e.g. 10.0.0.0/8 or 2001:db8::/64)',
    ]);
    expect(
      read(
        '  podSelector: {}\n  egress:\n    - to: [{ipBlock: {cidr: 10.0.0.0/16, except: [10.0.0.0/16, 11.0.0.0/24]}}]\n',
      ).issues,
    ).toEqual([
      'spec.egress[0].to[0].ipBlock.except[0] @7: 10.0.0.0/16 must be a strict subset of cidr 10.0.0.0/16',
      'spec.egress[0].to[0].ipBlock.except[1] @7: 11.0.0.0/24 must be a strict subset of cidr 10.0.0.0/16',
    ]);
  });

  test('selectors: operators and their values are checked', () => {
    expect(
      read(
        '  podSelector:\n    matchExpressions:\n      - {key: a, operator: Equals, values: [x]}\n      - {key: b, operator: In}\n      - {key: c, operator: Exists, values: [x]}\n    matchLabels: {version: 2}\n',
      ).issues,
    ).toEqual([
      'spec.podSelector.matchLabels.version @10: label value for "version" must be a string (quote it)',
      'spec.podSelector.matchExpressions[0].operator @7: operator must be one of In, NotIn, Exists, DoesNotExist, not "Equals"',
      'spec.podSelector.matchExpressions[1].values @8: operator In needs at least one value',
      'spec.podSelector.matchExpressions[2].values @9: operator Exists takes no values',
    ]);
  });
});

describe('ports', () => {
  const ports = (list: string) => read(`  podSelector: {}\n  ingress:\n    - ports: ${list}\n`);

  test('protocol defaults to TCP; numbers, names and ranges are kept', () => {
    const rule = ports(
      '[{port: 80}, {port: http, protocol: UDP}, {port: 8000, endPort: 8080}, {protocol: SCTP}]',
    ).policy!.ingressRules[0]!;
    expect(rule.ports!.map(({ protocol, port, endPort }) => ({ protocol, port, endPort }))).toEqual([
      { protocol: 'TCP', port: 80, endPort: undefined },
      { protocol: 'UDP', port: 'http', endPort: undefined },
      { protocol: 'TCP', port: 8000, endPort: 8080 },
      { protocol: 'SCTP', port: undefined, endPort: undefined },
    ]);
  });

  test('refuses what validation refuses', () => {
    expect(ports('[{port: 0}]').issues[0]).toContain('port must be a number from 1 to 65535');
    expect(ports('[{port: "80"}]').issues[0]).toContain('"80" is not a port number or name');
    expect(ports('[{port: Web_HTTP}]').issues[0]).toContain('is not a port number or name');
    expect(ports('[{port: 90, endPort: 80}]').issues[0]).toContain(
      'endPort 80 must be greater than or equal to port 90',
    );
    expect(ports('[{port: http, endPort: 90}]').issues[0]).toContain(
      'endPort may not be set when port is a name',
    );
    expect(ports('[{endPort: 90}]').issues[0]).toContain('endPort may not be set without port');
    expect(ports('[{port: 80, protocol: tcp}]').issues[0]).toContain(
      'protocol must be TCP, UDP or SCTP, not "tcp"',
    );
  });
});
