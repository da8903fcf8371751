/**
 * The RBAC engine's vocabulary: policy rules, subjects, roles and bindings as
 * the authorizer sees them, each with where it came from so that every answer
 * ("allowed by ...") can name a file and line, or say the role is built in.
 */
import type { SourceObject } from '../../model/objects.js';
import type { FieldPath } from '../../model/path.js';

/** rbac.authorization.k8s.io/v1 PolicyRule, every list present (empty when absent). */
export interface PolicyRule {
  readonly verbs: readonly string[];
  readonly apiGroups: readonly string[];
  readonly resources: readonly string[];
  readonly resourceNames: readonly string[];
  readonly nonResourceURLs: readonly string[];
}

export type SubjectKind = 'User' | 'Group' | 'ServiceAccount';

/** A binding's subject as written; `namespace` is only meaningful for a ServiceAccount. */
export interface Subject {
  readonly kind: SubjectKind;
  readonly name: string;
  readonly namespace?: string;
}

/** Who asks: the authenticated user name and groups (authorizer user.Info). */
export interface UserInfo {
  readonly name: string;
  readonly groups: readonly string[];
}

/** A request on an API resource (authorizer Attributes with IsResourceRequest true). */
export interface ResourceAttributes {
  readonly kind: 'resource';
  readonly verb: string;
  readonly apiGroup: string;
  readonly resource: string;
  /** '' when the request is not on a subresource */
  readonly subresource: string;
  /** '' when the request names no object (list, watch, create, deletecollection) */
  readonly name: string;
  /** '' for a cluster-scoped request */
  readonly namespace: string;
}

/** A request on a non-resource URL such as /healthz or /metrics. */
export interface NonResourceAttributes {
  readonly kind: 'nonResource';
  readonly verb: string;
  readonly path: string;
}

export type RequestAttributes = ResourceAttributes | NonResourceAttributes;

/** Where a role or binding was declared: a manifest the change touches, or the API server's defaults. */
export type Provenance =
  | { readonly builtin: false; readonly object: SourceObject }
  | { readonly builtin: true; readonly kubernetesVersion: string };

export interface RoleId {
  readonly kind: 'Role' | 'ClusterRole';
  /** set for a Role */
  readonly namespace?: string;
  readonly name: string;
}

/** One rule of a role, with the role and rule index it was written in (aggregation keeps the origin). */
export interface EffectiveRule {
  readonly rule: PolicyRule;
  readonly origin: RuleOrigin;
}

export interface RuleOrigin {
  readonly role: RoleId;
  /** index in the origin role's `rules` */
  readonly index: number;
  readonly provenance: Provenance;
}

export interface LabelSelectorRequirement {
  readonly key: string;
  readonly operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
  readonly values: readonly string[];
}

export interface LabelSelector {
  readonly matchLabels: Readonly<Record<string, string>>;
  readonly matchExpressions: readonly LabelSelectorRequirement[];
}

export interface RoleRecord {
  readonly id: RoleId;
  readonly labels: Readonly<Record<string, string>>;
  /** the rules as written (an aggregated ClusterRole's are replaced by the aggregation) */
  readonly declaredRules: readonly EffectiveRule[];
  /** set for a ClusterRole with an aggregationRule */
  readonly aggregationSelectors?: readonly LabelSelector[];
  readonly provenance: Provenance;
}

export interface BindingSubject {
  readonly subject: Subject;
  /** index in the binding's `subjects` */
  readonly index: number;
}

export interface BindingRecord {
  readonly kind: 'RoleBinding' | 'ClusterRoleBinding';
  /** set for a RoleBinding */
  readonly namespace?: string;
  readonly name: string;
  readonly roleRef: RoleId;
  readonly subjects: readonly BindingSubject[];
  readonly provenance: Provenance;
}

/** An RBAC object the API server would refuse, with the field that is wrong. */
export interface RbacProblem {
  readonly object: SourceObject;
  readonly path: FieldPath;
  readonly message: string;
}
