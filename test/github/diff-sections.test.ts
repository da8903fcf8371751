import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/config/settings.js';
import type { Evaluation } from '../../src/github/evaluate.js';
import { connectivityChanges, extraSections, permissionChanges } from '../../src/github/sections.js';
import { parseManifests } from '../../src/render/loader.js';

const objects = (yaml: string) => {
  const result = parseManifests('in.yaml', yaml);
  if ('error' in result) throw new Error(result.error.message);
  return result.objects;
};
const evaluation = (base: string | undefined, head: string): Evaluation =>
  ({
    options: { settings: DEFAULT_SETTINGS },
    headObjects: objects(head),
    ...(base !== undefined ? { baseObjects: objects(base) } : {}),
  }) as unknown as Evaluation;

const role = `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: reader, namespace: shop}
rules: [{apiGroups: [""], resources: [secrets], verbs: [get]}]
`;
const binding = `---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: reader, namespace: shop}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: reader}
subjects: [{kind: ServiceAccount, name: web, namespace: shop}]
`;
const web = `---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec:
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: web, image: x, ports: [{containerPort: 8080}]}]}
`;
const denyAll = `---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny, namespace: shop}
spec: {podSelector: {}, policyTypes: [Ingress, Egress]}
`;

describe('summary sections', () => {
  it('the RBAC permission diff: what a subject can now do', () => {
    const section = permissionChanges(evaluation(role, `${role}${binding}`));
    expect(section?.title).toBe('RBAC permission changes');
    expect(section?.markdown).toContain('ServiceAccount shop/web can now: get secrets in namespace shop');
    expect(permissionChanges(evaluation(`${role}${binding}`, `${role}${binding}`))).toBeUndefined();
  });

  it('the connectivity diff with its Mermaid graph', () => {
    const section = connectivityChanges(evaluation(`${web}${denyAll}`, web));
    expect(section?.title).toBe('NetworkPolicy connectivity changes');
    expect(section?.markdown).toContain('```mermaid');
    expect(section?.markdown).toContain('shop/web[Deployment]');
    expect(connectivityChanges(evaluation(web, web))).toBeUndefined();
  });

  it('no base, no sections', () => {
    expect(extraSections(evaluation(undefined, `${role}${binding}${web}`))).toEqual([]);
  });
});
