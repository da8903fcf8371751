import { describe, expect, test } from 'vitest';
import { deployment, findings, policy, summary } from './support.js';

const ID = 'netpol/allow-all';
const rule = (direction: 'ingress' | 'egress', text: string) =>
  `${deployment('shop', 'web')}${policy('shop', 'p', `  podSelector: {}\n  policyTypes: [${direction === 'ingress' ? 'Ingress' : 'Egress'}]\n  ${direction}:\n${text}`)}`;

describe(ID, () => {
  test('a rule naming no peers and no ports', () => {
    expect(findings(ID, rule('ingress', '    - {}')).map(summary)).toEqual([
      'NetworkPolicy shop/p spec.ingress[0] @22: NetworkPolicy shop/p ingress[0] allows ingress from everything (it names no peers: every pod in every namespace and every outside address), on every port',
    ]);
  });

  test('every pod in every namespace, on the peer that says so', () => {
    const result = findings(
      ID,
      rule(
        'egress',
        '    - to:\n        - podSelector: {matchLabels: {app: db}}\n        - namespaceSelector: {}\n          podSelector: {}',
      ),
    );
    expect(result.map((f) => [f.path, f.message])).toEqual([
      [
        'spec.egress[0].to[1]',
        'NetworkPolicy shop/p egress[0] allows egress to every pod in every namespace, on every port',
      ],
    ]);
  });

  test('the whole address space, IPv4 or IPv6, without exceptions', () => {
    expect(
      findings(ID, rule('ingress', '    - from: [{ipBlock: {cidr: 0.0.0.0/0}}]')).map((f) => f.message),
    ).toEqual([
      'NetworkPolicy shop/p ingress[0] allows ingress from every address (0.0.0.0/0), on every port',
    ]);
    expect(findings(ID, rule('egress', '    - to: [{ipBlock: {cidr: "::/0"}}]'))).toHaveLength(1);
    expect(
      findings(ID, rule('egress', '    - to: [{ipBlock: {cidr: 0.0.0.0/0, except: [10.0.0.0/8]}}]')),
    ).toEqual([]);
  });

  test('ports that add up to every port of every protocol count as every port', () => {
    expect(
      findings(
        ID,
        rule(
          'ingress',
          '    - ports: [{protocol: TCP}, {protocol: UDP}, {protocol: SCTP, port: 1, endPort: 65535}]',
        ),
      ),
    ).toHaveLength(1);
  });

  test('not reported: limited ports, narrower peers, directions the policy does not isolate', () => {
    expect(findings(ID, rule('ingress', '    - ports: [{port: 443}]'))).toEqual([]);
    expect(
      findings(
        ID,
        rule('egress', '    - to: [{namespaceSelector: {}}]\n      ports: [{port: 53, protocol: UDP}]'),
      ),
    ).toEqual([]);
    expect(
      findings(ID, rule('ingress', '    - from: [{namespaceSelector: {matchLabels: {team: a}}}]')),
    ).toEqual([]);
    const ignored = `${deployment('shop', 'web')}${policy('shop', 'p', '  podSelector: {}\n  policyTypes: [Egress]\n  ingress: [{}]')}`;
    expect(findings(ID, ignored)).toEqual([]);
  });
});
