/*
 * workload/default-service-account (medium)
 * Fields: spec.serviceAccountName (and the deprecated spec.serviceAccount)
 * Fires: the pod runs as the namespace's `default` ServiceAccount, named explicitly or
 * by leaving both fields unset.
 */
import { serviceAccountOf, type PodRule } from './context.js';

const ID = 'workload/default-service-account';

export const defaultServiceAccountRule: PodRule = {
  info: {
    id: ID,
    tier: 'medium',
    title: 'Pods must run as their own ServiceAccount, not the default one',
    rationale:
      'Every pod in a namespace that names no ServiceAccount shares `default`, so a permission granted to it for one application is granted to all of them, and RBAC cannot tell the workloads apart in bindings or audit logs.',
    remediation:
      'Create a ServiceAccount per workload (with automountServiceAccountToken: false unless it calls the API) and set spec.serviceAccountName to it.',
  },
  check(template) {
    const account = serviceAccountOf(template);
    if (account.name !== 'default') return [];
    const how = account.field === undefined ? 'by not setting serviceAccountName' : 'explicitly';
    return [
      {
        ruleId: ID,
        object: template.object,
        path: [...template.prefix, 'spec', account.field ?? 'serviceAccountName'],
        message: `pod uses the namespace's default ServiceAccount (${how})`,
      },
    ];
  },
};
