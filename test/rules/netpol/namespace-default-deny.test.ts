import { describe, expect, test } from 'vitest';
import { denyAll, deployment, findings, policy, summary } from './support.js';

const ID = 'netpol/namespace-default-deny';

describe(ID, () => {
  test('a namespace with workloads and no policy at all: both directions, with the policy to add', () => {
    const result = findings(
      ID,
      `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n---\n${deployment('shop', 'web')}`,
    );
    expect(result.map(summary)).toEqual([
      'Namespace /shop metadata.name @4: namespace shop has no default-deny NetworkPolicy for Ingress and Egress (a policy selecting all pods with no rules)',
    ]);
    expect(result[0]!.tier).toBe('high');
    expect(result[0]!.fix?.description).toBe(
      'add this NetworkPolicy: {apiVersion: networking.k8s.io/v1, kind: NetworkPolicy, metadata: {name: default-deny-all, namespace: shop}, spec: {podSelector: {}, policyTypes: [Ingress, Egress]}}',
    );
  });

  test('without a Namespace object the finding lands on the first workload of the namespace', () => {
    const result = findings(ID, `${deployment('shop', 'web')}${deployment('shop', 'api')}`);
    expect(result.map(summary)).toEqual([
      expect.stringMatching(
        /^Deployment shop\/web metadata.namespace @5: namespace shop has no default-deny/,
      ),
    ]);
  });

  test('one policy for both directions, or one per direction, both satisfy it', () => {
    expect(findings(ID, `${deployment('shop', 'web')}${denyAll('shop')}`)).toEqual([]);
    const split = `${deployment('shop', 'web')}${policy('shop', 'in', '  podSelector: {}\n  policyTypes: [Ingress]')}${policy(
      'shop',
      'out',
      '  podSelector: {}\n  policyTypes: [Egress]\n  egress: []',
    )}`;
    expect(findings(ID, split)).toEqual([]);
  });

  test('policyTypes left out means Ingress only, so egress is still missing', () => {
    const result = findings(ID, `${deployment('shop', 'web')}${policy('shop', 'deny', '  podSelector: {}')}`);
    expect(result.map((finding) => finding.message)).toEqual([
      'namespace shop has no default-deny NetworkPolicy for Egress (a policy selecting all pods with no egress rules)',
    ]);
    expect(result[0]!.fix?.description).toContain('name: default-deny-egress');
    expect(result[0]!.fix?.description).toContain('policyTypes: [Egress]');
  });

  test('a policy with allow rules, or selecting only some pods, is not a default deny', () => {
    const withRules = policy(
      'shop',
      'p',
      '  podSelector: {}\n  policyTypes: [Ingress, Egress]\n  ingress: [{from: [{podSelector: {}}]}]',
    );
    expect(findings(ID, `${deployment('shop', 'web')}${withRules}`).map((f) => f.message)).toEqual([
      expect.stringContaining('for Ingress ('),
    ]);
    const narrow = policy(
      'shop',
      'p',
      '  podSelector: {matchLabels: {app: web}}\n  policyTypes: [Ingress, Egress]',
    );
    expect(findings(ID, `${deployment('shop', 'web')}${narrow}`)).toHaveLength(1);
  });

  test('a policy in another namespace does not count; a namespace without workloads is not judged', () => {
    expect(findings(ID, `${deployment('shop', 'web')}${denyAll('other')}`)).toHaveLength(1);
    expect(findings(ID, `apiVersion: v1\nkind: Namespace\nmetadata: {name: empty}\n`)).toEqual([]);
  });
});
