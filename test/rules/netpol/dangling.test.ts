import { describe, expect, test } from 'vitest';
import { denyAll, deployment, findings, policy, summary } from './support.js';

const ID = 'netpol/dangling';

describe(ID, () => {
  test("a policy whose podSelector matches no workload of its namespace (a typo'd label)", () => {
    const result = findings(
      ID,
      `${deployment('shop', 'web')}${policy('shop', 'web-in', '  podSelector: {matchLabels: {app: wbe}}')}`,
    );
    expect(result.map(summary)).toEqual([
      'NetworkPolicy shop/web-in spec.podSelector @19: NetworkPolicy shop/web-in selects no workload: no pod in namespace shop matches podSelector app=wbe',
    ]);
  });

  test('a peer that matches no workload in the namespaces it selects', () => {
    const result = findings(
      ID,
      `${deployment('shop', 'web')}${deployment('shop', 'api')}${policy(
        'shop',
        'web-in',
        '  podSelector: {matchLabels: {app: web}}\n  ingress:\n    - from:\n        - podSelector: {matchLabels: {app: apii}}\n        - podSelector: {matchLabels: {app: api}}',
      )}`,
    );
    expect(result.map((f) => [f.path, f.message])).toEqual([
      [
        'spec.ingress[0].from[0]',
        'NetworkPolicy shop/web-in ingress[0] names a peer that matches no workload: no pods matching app=apii in namespace shop',
      ],
    ]);
  });

  test('a namespaceSelector over namespaces of the input with no matching pod', () => {
    const result = findings(
      ID,
      `${deployment('shop', 'web')}${deployment('pay', 'api')}${policy(
        'shop',
        'web-in',
        '  podSelector: {}\n  ingress:\n    - from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: pay}}, podSelector: {matchLabels: {app: nope}}}]',
      )}`,
    );
    expect(result.map((f) => f.message)).toEqual([
      'NetworkPolicy shop/web-in ingress[0] names a peer that matches no workload: no pods matching app=nope in namespaces matching kubernetes.io/metadata.name=pay (pay)',
    ]);
  });

  test('not judged: peers in namespaces outside the input, labels the input does not define, policies of namespaces without workloads', () => {
    const dns = policy(
      'shop',
      'dns',
      '  podSelector: {}\n  policyTypes: [Egress]\n  egress: [{to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}, podSelector: {matchLabels: {k8s-app: kube-dns}}}]}]',
    );
    const byTeam = policy(
      'shop',
      'team',
      '  podSelector: {}\n  ingress: [{from: [{namespaceSelector: {matchLabels: {team: payments}}}]}]',
    );
    const elsewhere = policy('monitoring', 'scrape', '  podSelector: {matchLabels: {app: prometheus}}');
    expect(findings(ID, `${deployment('shop', 'web')}${denyAll('shop')}${dns}${byTeam}${elsewhere}`)).toEqual(
      [],
    );
  });
});
