/**
 * Builders for the RBAC rule tests: the same permission written every way a
 * manifest can spell it, bound to ServiceAccount shop/web, and the findings
 * of one rule over it.
 */
import { expect } from 'vitest';
import { RbacGraph } from '../../../src/engines/rbac/graph.js';
import { formatPath } from '../../../src/model/path.js';
import { parseManifests } from '../../../src/render/loader.js';
import { rbacFindings } from '../../../src/rules/rbac/family.js';

export interface FoundRbac {
  readonly ruleId: string;
  readonly file: string;
  readonly line: number;
  readonly path: string;
  readonly message: string;
}

export function findings(ruleId: string, yaml: string): FoundRbac[] {
  const parsed = parseManifests('rbac.yaml', yaml);
  if ('error' in parsed) throw new Error(parsed.error.message);
  const graph = new RbacGraph(parsed.objects);
  expect(graph.problems.map((problem) => problem.message)).toEqual([]);
  return rbacFindings(graph, (id) => id === ruleId).map(({ raw }) => ({
    ruleId: raw.ruleId,
    file: raw.object.file,
    line: raw.object.locate(raw.path).line,
    path: formatPath(raw.path),
    message: raw.message,
  }));
}

export type Scope = 'namespace' | 'cluster';

/** A role with these rules (one YAML flow mapping each), bound to shop/web. */
export function boundRole(rules: readonly string[], scope: Scope = 'namespace'): string {
  const roleKind = scope === 'namespace' ? 'Role' : 'ClusterRole';
  const bindingKind = scope === 'namespace' ? 'RoleBinding' : 'ClusterRoleBinding';
  const namespace = scope === 'namespace' ? '\n  namespace: shop' : '';
  return `apiVersion: rbac.authorization.k8s.io/v1
kind: ${roleKind}
metadata:
  name: web${namespace}
rules:
${rules.map((rule) => `  - ${rule}`).join('\n')}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ${bindingKind}
metadata:
  name: web${namespace}
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ${roleKind}
  name: web
subjects:
  - kind: ServiceAccount
    name: web
    namespace: shop
`;
}

/** A ClusterRole with these rules that aggregates into `into`, and shop/web bound to `into`. */
export function aggregatedRole(
  rules: readonly string[],
  into: 'view' | 'edit' | 'admin',
  scope: Scope = 'namespace',
): string {
  const bindingKind = scope === 'namespace' ? 'RoleBinding' : 'ClusterRoleBinding';
  const namespace = scope === 'namespace' ? '\n  namespace: shop' : '';
  return `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: extra
  labels:
    rbac.authorization.k8s.io/aggregate-to-${into}: "true"
rules:
${rules.map((rule) => `  - ${rule}`).join('\n')}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ${bindingKind}
metadata:
  name: web${namespace}
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: ${into}
subjects:
  - kind: ServiceAccount
    name: web
    namespace: shop
`;
}

/** shop/web bound to a built-in ClusterRole. */
export function builtinRole(name: string, scope: Scope = 'namespace'): string {
  const bindingKind = scope === 'namespace' ? 'RoleBinding' : 'ClusterRoleBinding';
  const namespace = scope === 'namespace' ? '\n  namespace: shop' : '';
  return `apiVersion: rbac.authorization.k8s.io/v1
kind: ${bindingKind}
metadata:
  name: web${namespace}
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: ${name}
subjects:
  - kind: ServiceAccount
    name: web
    namespace: shop
`;
}

/** 1-based line of the first line of the text that contains `needle`. */
export function lineOf(yaml: string, needle: string): number {
  const index = yaml.split('\n').findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`"${needle}" is not in the test YAML`);
  return index + 1;
}

/**
 * The rule fires once for shop/web on each spelling, pointing at the rule line
 * (or, for a built-in role, the subject line), and names subject, binding and role.
 */
export function expectFiresOn(
  ruleId: string,
  yaml: string,
  expected: { line: number; path: string; role: string },
): void {
  const found = findings(ruleId, yaml);
  expect(found.map(({ line, path }) => ({ line, path }))).toEqual([
    { line: expected.line, path: expected.path },
  ]);
  expect(found[0]!.message).toContain('ServiceAccount shop/web');
  expect(found[0]!.message).toContain(expected.role);
  expect(found[0]!.message).toMatch(/Binding (shop\/)?web/);
}
