/**
 * Namespace policy: Pod Security Admission labels on the Namespace objects of
 * the input. (Evaluating each workload at the level its namespace enforces is
 * done by the pss family.)
 */
import type { RuleFamily } from '../types.js';
import { namespaceViews, productionMatcher } from './labels.js';
import { podSecurityEnforceFindings, podSecurityEnforceRule } from './pod-security-enforce.js';
import { podSecurityPrivilegedFindings, podSecurityPrivilegedRule } from './pod-security-privileged.js';

export const namespacesFamily: RuleFamily = {
  rules: [podSecurityEnforceRule, podSecurityPrivilegedRule],
  analyze(context, emit) {
    const enforce = context.isEnabled(podSecurityEnforceRule.id);
    const privileged = context.isEnabled(podSecurityPrivilegedRule.id);
    if (!enforce && !privileged) return;
    const isProduction = productionMatcher(context.settings);
    for (const namespace of namespaceViews(context.objects)) {
      const production = isProduction(namespace.name);
      if (enforce && production) podSecurityEnforceFindings(namespace).forEach(emit);
      if (privileged) podSecurityPrivilegedFindings(namespace, production).forEach(emit);
    }
  },
};
