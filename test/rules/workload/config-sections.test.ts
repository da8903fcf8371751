/**
 * The config sections of the workload, images, secrets and namespaces rules,
 * through the real CLI: parameters take effect, and a wrong value stops the
 * run with exit code 2 and the file, line and key path.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { cli } from '../../helpers/cli.js';
import { tempTree } from '../../helpers/temp-tree.js';

const trees: Array<{ remove: () => void }> = [];
afterAll(() => trees.forEach((tree) => tree.remove()));

const pod = `apiVersion: v1
kind: Pod
metadata: { name: p, namespace: prod-shop }
spec:
  securityContext: { runAsUser: 1500 }
  containers:
    - name: app
      image: ghcr.io/acme/app:1
---
apiVersion: v1
kind: Namespace
metadata: { name: prod-shop }
`;

function run(config: string, args: string[] = []) {
  const tree = tempTree({ '.kubegate.yaml': config, 'app.yaml': pod });
  trees.push(tree);
  return cli(tree.root, ['check', '.', '--format', 'json', '--fail-on', 'none', ...args]);
}

function ruleIds(config: string): string[] {
  const result = run(config, ['--rules', 'workload/run-as-user,images/registry-not-allowed,namespaces/*']);
  expect(result.code, result.stderr).toBe(0);
  const report = JSON.parse(result.stdout) as { findings: Array<{ ruleId: string }> };
  return report.findings.map((finding) => finding.ruleId).sort();
}

describe('config sections of the rules beyond PSS', () => {
  test('parameters change what fires', () => {
    expect(ruleIds('{}\n')).toEqual([]);
    expect(
      ruleIds(`workload:
  minRunAsUser: 2000
images:
  allowedRegistries: [registry.example.com]
namespaces:
  production: ["prod-*"]
`),
    ).toEqual(['images/registry-not-allowed', 'namespaces/pod-security-enforce', 'workload/run-as-user']);
    expect(ruleIds('images:\n  allowedRegistries: ["ghcr.io/acme"]\n')).toEqual([]);
  });

  test.each([
    ['images:\n  allowedRegistries:\n    - registry.io\n    - nginx\n', 4, 'images.allowedRegistries[1]'],
    ['images:\n  allowRegistries: [registry.io]\n', 2, 'unknown key images.allowRegistries'],
    ['images:\n  requireDigest: "yes"\n', 2, 'images.requireDigest must be boolean'],
    ['workload:\n  minRunAsUser: -1\n', 2, 'workload.minRunAsUser must be >= 0'],
    ['workload:\n  minRunAsUser: 1.5\n', 2, 'workload.minRunAsUser must be integer'],
    ['secrets:\n  credentialEnvPatterns: [""]\n', 2, 'secrets.credentialEnvPatterns[0]'],
    ['namespaces:\n  production: prod\n', 2, 'namespaces.production must be array'],
  ])('%j is refused with exit code 2 at line %i', (config, line, message) => {
    const result = run(config);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`.kubegate.yaml:${line}:`);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
