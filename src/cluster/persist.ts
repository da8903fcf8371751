/**
 * The only kinds the cluster stage ever stores: the scaffolding the checks
 * need to exist (Namespaces with their labels, CRDs so their custom
 * resources can be dry-run, NetworkPolicies and the probe pods kubegate
 * builds itself). Everything else the pull request holds, Secrets above
 * all, is only ever dry-run: a guard, not a convention, so a refactoring
 * cannot start storing a PR's credentials in a cluster. (The Calico
 * installer, calico.ts, stores kubegate's own pinned manifest, never
 * anything from the change.)
 */
import { apiGroup, type KubeObject } from '../model/objects.js';

const MAY_PERSIST = new Set([
  '/Namespace',
  'apiextensions.k8s.io/CustomResourceDefinition',
  'networking.k8s.io/NetworkPolicy',
  '/Pod',
]);

export class PersistRefused extends Error {
  override name = 'PersistRefused';
}

export function assertMayPersist(object: KubeObject): void {
  const key = `${apiGroup(object.apiVersion)}/${object.kind}`;
  if (!MAY_PERSIST.has(key))
    throw new PersistRefused(`kubegate never stores a ${object.kind}; it is only dry-run`);
}
