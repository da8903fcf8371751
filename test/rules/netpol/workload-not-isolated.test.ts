import { describe, expect, test } from 'vitest';
import { denyAll, deployment, findings, policy, summary } from './support.js';

const ID = 'netpol/workload-not-isolated';

describe(ID, () => {
  test('a workload no policy selects: both directions, on its pod labels', () => {
    expect(findings(ID, deployment('shop', 'web')).map(summary)).toEqual([
      'Deployment shop/web spec.template.metadata.labels @9: shop/web[Deployment] is selected by no NetworkPolicy for Ingress or Egress: anything can connect to it and it can connect anywhere',
    ]);
  });

  test('one direction covered: the other is reported', () => {
    const ingressOnly = policy(
      'shop',
      'in',
      '  podSelector: {matchLabels: {app: web}}\n  ingress: [{from: [{podSelector: {}}]}]',
    );
    expect(findings(ID, `${deployment('shop', 'web')}${ingressOnly}`).map((f) => f.message)).toEqual([
      'shop/web[Deployment] is selected by no NetworkPolicy for Egress: it can connect anywhere',
    ]);
  });

  test('a namespace default-deny isolates every workload in it, not in others', () => {
    const result = findings(
      ID,
      `${deployment('shop', 'web')}${deployment('other', 'api')}${denyAll('shop')}`,
    );
    expect(result.map((f) => f.resource.name)).toEqual(['api']);
  });

  test('a selector that misses the workload leaves it unisolated', () => {
    const typo = policy(
      'shop',
      'p',
      '  podSelector: {matchLabels: {app: wbe}}\n  policyTypes: [Ingress, Egress]',
    );
    expect(findings(ID, `${deployment('shop', 'web')}${typo}`)).toHaveLength(1);
  });
});
