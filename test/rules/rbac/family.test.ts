import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/config/settings.js';
import { RbacGraph } from '../../../src/engines/rbac/graph.js';
import { loadSources, parseManifests } from '../../../src/render/loader.js';
import { ruleCatalogue } from '../../../src/rules/catalogue.js';
import { analyze } from '../../../src/rules/engine.js';
import {
  RBAC_RULES,
  rbacFindingsOnNewPermissions,
  reportedRbacFindingKey,
} from '../../../src/rules/rbac/family.js';
import type { SourceObject } from '../../../src/model/objects.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');

function objectsOf(yaml: string, file = 'rbac.yaml'): SourceObject[] {
  const parsed = parseManifests(file, yaml);
  if ('error' in parsed) throw new Error(parsed.error.message);
  return parsed.objects;
}

const BASE = `
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: web, namespace: shop }
rules:
  - { verbs: [get, list], apiGroups: [""], resources: [secrets] }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: web, namespace: shop }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: web }
subjects: [{ kind: ServiceAccount, name: web }]
`;

describe('the rbac family', () => {
  test('is in the catalogue with one rule per file, all high tier, with rationale and remediation', () => {
    const ids = RBAC_RULES.map((rule) => rule.info.id);
    expect(ids).toHaveLength(12);
    for (const id of ids) {
      expect(id).toMatch(/^rbac\/[a-z]+(-[a-z]+)*$/);
      expect(fs.existsSync(path.join(ROOT, 'src/rules/rbac', `${id.slice('rbac/'.length)}.ts`))).toBe(true);
    }
    const catalogue = ruleCatalogue().filter((rule) => rule.id.startsWith('rbac/'));
    expect(catalogue.map((rule) => rule.id)).toEqual(ids);
    for (const rule of catalogue) {
      expect(rule.tier).toBe('high');
      expect(rule.rationale.length).toBeGreaterThan(40);
      expect(rule.remediation.length).toBeGreaterThan(20);
    }
  });

  test('runs in the check pipeline with locations, and respects --rules', () => {
    const findings = analyze(objectsOf(BASE), DEFAULT_SETTINGS);
    const rbac = findings.filter((finding) => finding.ruleId.startsWith('rbac/'));
    expect(rbac).toHaveLength(1);
    expect(rbac[0]).toMatchObject({
      ruleId: 'rbac/secrets-read',
      tier: 'high',
      resource: { kind: 'Role', namespace: 'shop', name: 'web' },
      location: { file: 'rbac.yaml', line: 6, column: 5 },
      path: 'rules[0]',
    });
    expect(
      analyze(objectsOf(BASE), { ...DEFAULT_SETTINGS, onlyRules: ['pss/*'] }).filter((f) =>
        f.ruleId.startsWith('rbac/'),
      ),
    ).toEqual([]);
  });

  test('marks the findings about permissions a change introduces', () => {
    // head: web also gets exec (new), and keeps reading secrets (not new); report gets secrets (new subject)
    const head = BASE.replace(
      '- { verbs: [get, list], apiGroups: [""], resources: [secrets] }',
      '- { verbs: [get, list], apiGroups: [""], resources: [secrets] }\n  - { verbs: [create], apiGroups: [""], resources: [pods/exec] }',
    ).replace(
      'subjects: [{ kind: ServiceAccount, name: web }]',
      'subjects: [{ kind: ServiceAccount, name: web }, { kind: ServiceAccount, name: report }]',
    );
    const headObjects = objectsOf(head);
    const keys = rbacFindingsOnNewPermissions(new RbacGraph(headObjects), new RbacGraph(objectsOf(BASE)));
    const findings = analyze(headObjects, DEFAULT_SETTINGS).filter((finding) =>
      finding.ruleId.startsWith('rbac/'),
    );
    const marked = findings.map((finding) => [
      finding.ruleId,
      finding.message.split(' can ')[0],
      keys.has(reportedRbacFindingKey(finding)),
    ]);
    expect(marked).toEqual(
      expect.arrayContaining([
        ['rbac/secrets-read', 'ServiceAccount shop/web', false],
        ['rbac/secrets-read', 'ServiceAccount shop/report', true],
        ['rbac/pod-exec', 'ServiceAccount shop/web', true],
        ['rbac/pod-exec', 'ServiceAccount shop/report', true],
      ]),
    );
    expect(marked).toHaveLength(4);
  });

  test('a wildcard that replaced an explicit grant is not a new permission for what was granted', () => {
    const head = BASE.replace('verbs: [get, list]', 'verbs: ["*"]');
    const keys = rbacFindingsOnNewPermissions(new RbacGraph(objectsOf(head)), new RbacGraph(objectsOf(BASE)));
    const findings = analyze(objectsOf(head), DEFAULT_SETTINGS).filter((finding) =>
      finding.ruleId.startsWith('rbac/'),
    );
    const byRule = Object.fromEntries(
      findings.map((finding) => [finding.ruleId, keys.has(reportedRbacFindingKey(finding))]),
    );
    expect(byRule).toEqual({ 'rbac/secrets-read': false, 'rbac/wildcard-permission': true });
  });
});

describe('the examples', () => {
  const rbacRuleIds = RBAC_RULES.map((rule) => rule.info.id);

  test('the insecure shop triggers every rbac rule', () => {
    const loaded = loadSources(['examples/insecure/plain'], { cwd: ROOT });
    expect(loaded.errors).toEqual([]);
    const fired = new Set(analyze(loaded.objects, DEFAULT_SETTINGS).map((finding) => finding.ruleId));
    expect(rbacRuleIds.filter((id) => !fired.has(id))).toEqual([]);
  });

  test('the hardened shop triggers none, and its RBAC is valid', () => {
    const loaded = loadSources(['examples/hardened/plain'], { cwd: ROOT });
    expect(loaded.errors).toEqual([]);
    expect(new RbacGraph(loaded.objects).problems).toEqual([]);
    const fired = analyze(loaded.objects, DEFAULT_SETTINGS).filter((finding) =>
      finding.ruleId.startsWith('rbac/'),
    );
    expect(fired).toEqual([]);
  });
});
