/*
 * workload/resource-limits (low)
 * Fields: spec.{initContainers,containers}[*].resources.limits.{cpu,memory}
 * Fires per container and resource left without a limit (see resources.ts for what
 * fills one in: pod-level resources, a LimitRange in the input).
 */
import type { PodRule } from './context.js';
import { missingResourceFindings } from './resources.js';

const ID = 'workload/resource-limits';

export const resourceLimitsRule: PodRule = {
  info: {
    id: ID,
    tier: 'low',
    title: 'Containers must set CPU and memory limits',
    rationale:
      'A container without limits can take all the memory and CPU of its node: a leak, a fork bomb or a cryptominer in one pod degrades or takes down every other pod there. Limits bound the blast radius.',
    remediation:
      'Set resources.limits.memory (and resources.limits.cpu, unless your policy deliberately leaves CPU unthrottled: then turn this rule off or exempt it) on each container, or give the namespace a LimitRange with default limits.',
  },
  check(template, context) {
    return missingResourceFindings(ID, 'limits', template, context);
  },
};
