/**
 * Who a subject is. A ServiceAccount authenticates as
 * `system:serviceaccount:<namespace>:<name>` with the groups
 * `system:serviceaccounts`, `system:serviceaccounts:<namespace>` and
 * `system:authenticated`; a binding subject applies to a user exactly as the
 * upstream rule resolver decides (appliesToUser), including the defaulting of
 * a ServiceAccount subject's namespace to the RoleBinding's namespace.
 */
import type { Subject, UserInfo } from './types.js';

export const SERVICE_ACCOUNT_PREFIX = 'system:serviceaccount:';
export const ALL_SERVICE_ACCOUNTS = 'system:serviceaccounts';
export const ALL_AUTHENTICATED = 'system:authenticated';
export const ALL_UNAUTHENTICATED = 'system:unauthenticated';
export const ANONYMOUS = 'system:anonymous';
export const MASTERS = 'system:masters';

export function serviceAccountUserName(namespace: string, name: string): string {
  return `${SERVICE_ACCOUNT_PREFIX}${namespace}:${name}`;
}

export function serviceAccountGroups(namespace: string): string[] {
  return [ALL_SERVICE_ACCOUNTS, `${ALL_SERVICE_ACCOUNTS}:${namespace}`, ALL_AUTHENTICATED];
}

export function serviceAccountUser(namespace: string, name: string): UserInfo {
  return { name: serviceAccountUserName(namespace, name), groups: serviceAccountGroups(namespace) };
}

/** The namespace and name of a service account user name, or undefined for any other user. */
export function splitServiceAccountUserName(
  userName: string,
): { namespace: string; name: string } | undefined {
  if (!userName.startsWith(SERVICE_ACCOUNT_PREFIX)) return undefined;
  const parts = userName.slice(SERVICE_ACCOUNT_PREFIX.length).split(':');
  if (parts.length !== 2 || parts[0] === '' || parts[1] === '') return undefined;
  return { namespace: parts[0]!, name: parts[1]! };
}

/**
 * The user an `--as NAME [--as-group GROUP]...` request is evaluated as, the
 * way the API server fills in an impersonated identity: a service account
 * gets its three groups; any other user except system:anonymous is
 * system:authenticated unless system:unauthenticated was asked for.
 */
export function impersonatedUser(name: string, groups: readonly string[] = []): UserInfo {
  const all = new Set(groups);
  const serviceAccount = splitServiceAccountUserName(name);
  if (serviceAccount) for (const group of serviceAccountGroups(serviceAccount.namespace)) all.add(group);
  else if (name === ANONYMOUS) all.add(ALL_UNAUTHENTICATED);
  else if (!all.has(ALL_UNAUTHENTICATED)) all.add(ALL_AUTHENTICATED);
  return { name, groups: [...all] };
}

/**
 * The namespace a binding subject's ServiceAccount lives in: its own, or for
 * a RoleBinding the binding's. Undefined means the subject matches no one
 * (a ServiceAccount without namespace in a ClusterRoleBinding).
 */
export function subjectNamespace(subject: Subject, bindingNamespace: string): string | undefined {
  const namespace =
    subject.namespace !== undefined && subject.namespace !== '' ? subject.namespace : bindingNamespace;
  return namespace === '' ? undefined : namespace;
}

/** appliesToUser: does this binding subject name this user? `bindingNamespace` is '' for a ClusterRoleBinding. */
export function subjectAppliesTo(subject: Subject, user: UserInfo, bindingNamespace: string): boolean {
  switch (subject.kind) {
    case 'User':
      return user.name === subject.name;
    case 'Group':
      return user.groups.includes(subject.name);
    case 'ServiceAccount': {
      const namespace = subjectNamespace(subject, bindingNamespace);
      return namespace !== undefined && user.name === serviceAccountUserName(namespace, subject.name);
    }
  }
}

/** A subject as people write it: `ServiceAccount shop/web`, `User alice`, `Group devs`. */
export function describeSubject(subject: Subject, bindingNamespace = ''): string {
  if (subject.kind !== 'ServiceAccount') return `${subject.kind} ${subject.name}`;
  const namespace = subjectNamespace(subject, bindingNamespace);
  return `ServiceAccount ${namespace ?? '(no namespace)'}/${subject.name}`;
}

/** The subject with a RoleBinding's namespace filled in, so equal subjects compare equal. */
export function resolvedSubject(subject: Subject, bindingNamespace: string): Subject {
  if (subject.kind !== 'ServiceAccount') return { kind: subject.kind, name: subject.name };
  const namespace = subjectNamespace(subject, bindingNamespace);
  return namespace === undefined
    ? { kind: subject.kind, name: subject.name }
    : { kind: subject.kind, name: subject.name, namespace };
}

/** A stable key for a resolved subject. */
export function subjectKey(subject: Subject): string {
  return `${subject.kind}\u0000${subject.namespace ?? ''}\u0000${subject.name}`;
}
