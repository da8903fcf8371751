/**
 * Falco rules, audit policies and encryption configurations embedded in
 * ConfigMaps and Helm values: found where the configuration points, checked
 * like plain files, and reported on the holder at the lines a person edits.
 */
import { describe, expect, test } from 'vitest';
import type { RuntimeConfig } from '../../../src/rules/runtime/config.js';
import { check, checkAll, errorsOf, fixture } from './support.js';

const files = {
  'deploy/configmaps.yaml': fixture('embedded/configmaps.yaml'),
  'deploy/falco/values.yaml': fixture('embedded/values.yaml'),
};
const runtime: RuntimeConfig = {
  embedded: {
    configMaps: [
      { name: 'apiserver-audit', keys: ['*.yaml'] },
      { name: 'falco-rules', namespace: 'falco' },
    ],
    valuesFiles: [{ file: 'deploy/*/values.yaml', path: 'customRules' }],
  },
};
const where = (findings: ReturnType<typeof check>) =>
  findings.map(
    (f) =>
      `${f.location.file}:${f.location.line}:${f.location.column} ${f.ruleId} ${f.resource.kind}/${f.resource.name} ${f.path}`,
  );

describe('embedded runtime configuration', () => {
  test('nothing is read from ConfigMaps or values files unless the configuration says so', () => {
    expect(check(files)).toEqual([]);
  });

  test('findings land on the ConfigMap or values file, at the embedded line and column', () => {
    const findings = check(files, { runtime });
    expect(where(findings)).toEqual([
      'deploy/configmaps.yaml:10:5 runtime/audit-request-received ConfigMap/apiserver-audit data["policy.yaml"]',
      'deploy/configmaps.yaml:13:9 runtime/audit-secret-payloads ConfigMap/apiserver-audit data["policy.yaml"].rules[0].level',
      'deploy/configmaps.yaml:17:9 runtime/audit-rbac-changes ConfigMap/apiserver-audit data["policy.yaml"].rules[1].level',
      'deploy/configmaps.yaml:27:5 runtime/falco-missing-detection ConfigMap/falco-rules data["shop-rules.yaml"]',
      'deploy/configmaps.yaml:27:5 runtime/falco-missing-detection ConfigMap/falco-rules data["shop-rules.yaml"]',
      'deploy/configmaps.yaml:27:5 runtime/falco-missing-detection ConfigMap/falco-rules data["shop-rules.yaml"]',
      'deploy/configmaps.yaml:31:7 runtime/falco-priority ConfigMap/falco-rules data["shop-rules.yaml"][0].priority',
      'deploy/falco/values.yaml:7:7 runtime/falco-forward-reference File/deploy/falco/values.yaml#0 customRules["rules-shop.yaml"][0].condition',
      'deploy/falco/values.yaml:16:13 secrets/encryption-weak-provider File/deploy/falco/values.yaml#0 customRules["encryption.yaml"].resources[0].providers[0].aescbc',
      'deploy/falco/values.yaml:19:19 secrets/encryption-inline-key File/deploy/falco/values.yaml#0 customRules["encryption.yaml"].resources[0].providers[0].aescbc.keys[0].secret',
    ]);
    // fixes set YAML fields; inside an embedded string there are none
    expect(findings.every((finding) => finding.fix === undefined)).toBe(true);
    // the embedded key material is never repeated
    expect(JSON.stringify(findings)).not.toMatch(/a2dDYW5hcnkt|kgCanary/);
  });

  test('embedded content that cannot be read is an error at its key (exit code 2), never skipped', () => {
    // reported once, though both the runtime and the encryption families read the sources
    expect(errorsOf(checkAll(files, { runtime }))).toEqual([
      'deploy/configmaps.yaml:32 ConfigMap falco/falco-rules data["broken.yaml"] is not valid YAML (line 2 of the text): unexpected end of the stream within a flow collection',
    ]);
  });

  test('configured places that hold nothing readable are errors too', () => {
    const configured: RuntimeConfig = {
      embedded: {
        configMaps: [
          { name: 'apiserver-audit', keys: ['*.json'] },
          { name: 'falco-rules', namespace: 'elsewhere' },
        ],
        valuesFiles: [
          { file: 'deploy/falco/values.yaml', path: ['driver', 'missing'] },
          { file: 'deploy/falco/values.yaml', path: 'driver' },
        ],
      },
    };
    expect(errorsOf(checkAll(files, { runtime: configured }))).toEqual([
      'deploy/configmaps.yaml:8 ConfigMap kube-system/apiserver-audit is configured as embedded content but has no data key matching *.json',
      'deploy/falco/values.yaml:2 deploy/falco/values.yaml is configured to embed content at driver.missing, but has no value there',
      'deploy/falco/values.yaml:3 deploy/falco/values.yaml driver.kind is configured as embedded content but holds neither a Falco rules file, an audit.k8s.io Policy nor an EncryptionConfiguration',
    ]);
  });

  test('a single-line value points at its key', () => {
    const configMap = `apiVersion: v1
kind: ConfigMap
metadata: {name: policy}
data:
  p: "{apiVersion: audit.k8s.io/v1, kind: Policy, rules: []}"
`;
    const result = checkAll(
      { 'c.yaml': configMap },
      { runtime: { embedded: { configMaps: [{ name: 'policy' }] } } },
    );
    expect(result.errors).toEqual([
      {
        file: 'c.yaml',
        line: 5,
        column: 3,
        message:
          'the API server refuses this audit policy: the policy has no rules: the API server refuses a policy with 0 rules',
      },
    ]);
  });
});
