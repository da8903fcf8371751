/**
 * An audit policy the API server refuses cannot be evaluated: each reason is
 * an error at its line (exit code 2, never a pass), and the runtime/audit-*
 * rules say nothing about a policy that would never load.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { cli } from '../../helpers/cli.js';
import { checkAll, errorsOf, fixture } from './support.js';

describe('audit policies the API server refuses', () => {
  test('every reason, at its line; other kinds named Policy are left alone; no findings', () => {
    const result = checkAll({ 'i.yaml': fixture('audit/invalid.yaml') }, { rules: ['runtime/audit-*'] });
    expect(
      errorsOf(result).map((line) => line.replace('the API server refuses this audit policy: ', '')),
    ).toEqual([
      'i.yaml:3 stage "RequestRecieved" is not one of RequestReceived, ResponseStarted, ResponseComplete, Panic',
      'i.yaml:5 level "Everything" is not one of None, Metadata, Request, RequestResponse',
      'i.yaml:6 rules[1] has no level (required)',
      'i.yaml:8 a rule cannot apply to both resources (resources, namespaces) and non-resource URLs',
      'i.yaml:8 non-resource URL "healthz" must begin with /',
      'i.yaml:8 non-resource URL "/api/*/pods" may use * only as its last character',
      'i.yaml:12 group "rbac.authorization.k8s.io/v1" names a version: write the API group alone (e.g. rbac.authorization.k8s.io)',
      'i.yaml:14 users must be a list of strings',
      'i.yaml:18 the policy has no rules: the API server refuses a policy with 0 rules',
    ]);
    expect(result.findings).toEqual([]);
  });

  test('a removed API version is refused', () => {
    const result = checkAll({
      'p.yaml': 'apiVersion: audit.k8s.io/v1beta1\nkind: Policy\nrules:\n  - level: RequestResponse\n',
    });
    expect(errorsOf(result)).toEqual([
      'p.yaml:1 the API server refuses this audit policy: audit.k8s.io/v1beta1 is not served: the API server reads audit.k8s.io/v1 policies only (v1alpha1 and v1beta1 were removed in Kubernetes 1.24)',
    ]);
    expect(result.findings).toEqual([]);
  });

  test('only when an audit rule runs: selecting the Falco rules alone does not judge audit policies', () => {
    expect(
      checkAll({ 'i.yaml': fixture('audit/invalid.yaml') }, { rules: ['runtime/falco-*'] }).errors,
    ).toEqual([]);
  });

  test('kubegate check exits 2, naming file and line', () => {
    const result = cli(path.resolve(import.meta.dirname, '../../..'), [
      'check',
      'test/fixtures/runtime/audit/invalid.yaml',
      '--rules',
      'runtime/*',
      '--fail-on',
      'none',
    ]);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(
      'test/fixtures/runtime/audit/invalid.yaml:5:5  the API server refuses this audit policy: level "Everything"',
    );
  });

  test('a correct policy reports nothing', () => {
    expect(checkAll({ 'good.yaml': fixture('audit/good-policy.yaml') })).toEqual({
      findings: [],
      errors: [],
    });
  });
});
