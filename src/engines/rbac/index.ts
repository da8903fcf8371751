/** The RBAC engine: the upstream authorizer's semantics over the manifests of a change. */
export * from './types.js';
export * from './matching.js';
export * from './identity.js';
export * from './graph.js';
export * from './authorizer.js';
export * from './access-list.js';
export * from './permissions.js';
export { BUILTIN_POLICY_SOURCE, BUILTIN_POLICY_VERSION } from './builtin-roles.js';
