import { describe, expect, test } from 'vitest';
import { denyAll, deployment, findings, policy, summary } from './support.js';

const ID = 'netpol/external-exposure';

describe(ID, () => {
  test('a workload no policy isolates for ingress is reachable from every outside address', () => {
    expect(findings(ID, deployment('shop', 'web')).map(summary)).toEqual([
      'Deployment shop/web spec.template.metadata.labels @9: shop/web[Deployment] is reachable from outside the cluster: from 0.0.0.0-255.255.255.255 (All Connections); no NetworkPolicy isolates it for ingress',
    ]);
  });

  test('an ipBlock rule names the ranges, the ports and the rule', () => {
    const lb = policy(
      'shop',
      'from-lb',
      '  podSelector: {matchLabels: {app: web}}\n  ingress: [{from: [{ipBlock: {cidr: 0.0.0.0/0, except: [10.0.0.0/8]}}], ports: [{port: 8080}]}]',
    );
    expect(findings(ID, `${deployment('shop', 'web')}${denyAll('shop')}${lb}`).map((f) => f.message)).toEqual(
      [
        'shop/web[Deployment] is reachable from outside the cluster: from 0.0.0.0-9.255.255.255 (TCP 8080), 11.0.0.0-255.255.255.255 (TCP 8080); NetworkPolicy shop/from-lb ingress[0] allows it',
      ],
    );
  });

  test('isolated workloads reached only from in-cluster peers are not exposed', () => {
    const fromNs = policy('shop', 'in', '  podSelector: {}\n  ingress: [{from: [{namespaceSelector: {}}]}]');
    expect(findings(ID, `${deployment('shop', 'web')}${denyAll('shop')}${fromNs}`)).toEqual([]);
  });

  test('netpol.clusterCidrs: ranges of the cluster are not outside it', () => {
    const internal = policy(
      'shop',
      'in',
      '  podSelector: {}\n  ingress: [{from: [{ipBlock: {cidr: 10.0.0.0/8}}]}]',
    );
    const yaml = `${deployment('shop', 'web')}${denyAll('shop')}${internal}`;
    expect(findings(ID, yaml)).toHaveLength(1);
    expect(findings(ID, yaml, { netpol: { clusterCidrs: ['10.0.0.0/8'] } })).toEqual([]);
  });
});

test('a rule whose named port the workload lacks is not named as a cause', () => {
  const rules = policy(
    'shop',
    'lb',
    '  podSelector: {}\n  ingress:\n    - from: [{ipBlock: {cidr: 198.51.100.0/24}}]\n      ports: [{port: https}]\n    - from: [{ipBlock: {cidr: 203.0.113.0/24}}]\n      ports: [{port: 8080}]',
  );
  expect(
    findings(ID, `${deployment('shop', 'web')}${denyAll('shop')}${rules}`).map((f) => f.message),
  ).toEqual([
    'shop/web[Deployment] is reachable from outside the cluster: from 203.0.113.0-203.0.113.255 (TCP 8080); NetworkPolicy shop/lb ingress[1] allows it',
  ]);
});
