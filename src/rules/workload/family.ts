/**
 * Workload hardening beyond the Pod Security Standards, judged on every pod
 * template of every workload kind: UID, read-only root filesystem, service
 * account token and identity, CPU and memory requests and limits.
 *
 * Requests and limits are two rules, not one: they protect against different
 * failures (scheduling and eviction against a noisy or hostile neighbour) and
 * teams treat them differently (many deliberately leave CPU limits unset), so
 * each can be turned off, re-tiered or exempted without losing the other.
 */
import type { RuleFamily } from '../types.js';
import { automountServiceAccountTokenRule } from './automount-service-account-token.js';
import { workloadContext, type PodRule } from './context.js';
import { defaultServiceAccountRule } from './default-service-account.js';
import { readOnlyRootFilesystemRule } from './read-only-root-filesystem.js';
import { resourceLimitsRule } from './resource-limits.js';
import { resourceRequestsRule } from './resource-requests.js';
import { runAsUserRule } from './run-as-user.js';

const POD_RULES: readonly PodRule[] = [
  runAsUserRule,
  readOnlyRootFilesystemRule,
  automountServiceAccountTokenRule,
  defaultServiceAccountRule,
  resourceRequestsRule,
  resourceLimitsRule,
];

export const workloadFamily: RuleFamily = {
  rules: POD_RULES.map((rule) => rule.info),
  analyze(context, emit) {
    const rules = POD_RULES.filter((rule) => context.isEnabled(rule.info.id));
    if (rules.length === 0) return;
    const workload = workloadContext(context.settings, context.objects);
    for (const template of context.podTemplates) {
      for (const rule of rules) rule.check(template, workload).forEach(emit);
    }
  },
};
