/*
 * rbac/wildcard-permission
 * A granted rule with `*` for verbs or resources: it grants every verb (escalate,
 * bind, impersonate and verbs not invented yet) or every resource (Secrets, and
 * every custom resource installed later).
 */
import { resourceMatches, resourceRequest, verbMatches } from '../../engines/rbac/matching.js';
import type { GrantRule } from './rbac-rule.js';
import { UNNAMED_RESOURCE, UNNAMED_VERB } from './rbac-rule.js';

export const wildcardPermission: GrantRule = {
  kind: 'grant',
  info: {
    id: 'rbac/wildcard-permission',
    tier: 'high',
    title: 'Granted rules must not use * for verbs or resources',
    rationale:
      'A wildcard grants far more than anyone reviewed: every verb includes escalate, bind and impersonate, every resource includes Secrets and whatever custom resources are installed later, so the grant silently widens over time.',
    remediation: 'List the verbs and resources the subject needs explicitly.',
  },
  capability(grant) {
    const rule = grant.rule.rule;
    const anyVerb = verbMatches(rule, UNNAMED_VERB);
    const anyResource = rule.resources.length > 0 && resourceMatches(rule, UNNAMED_RESOURCE, '');
    if (!anyVerb && !anyResource) return undefined;
    const resource = anyResource ? UNNAMED_RESOURCE : (rule.resources[0] ?? '').split('/')[0]!;
    const what =
      anyVerb && anyResource ? 'every verb on every resource' : anyVerb ? 'every verb' : 'every resource';
    return {
      text: `use ${what} of its rule (wildcard)`,
      request: resourceRequest({
        verb: anyVerb ? UNNAMED_VERB : rule.verbs[0]!,
        apiGroup: rule.apiGroups[0] ?? '',
        resource: rule.resources.length > 0 ? resource : UNNAMED_RESOURCE,
        namespace: grant.namespace,
      }),
    };
  },
};
