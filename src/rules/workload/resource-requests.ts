/*
 * workload/resource-requests (low)
 * Fields: spec.{initContainers,containers}[*].resources.requests.{cpu,memory}
 * Fires per container and resource left without a request (see resources.ts for what
 * fills one in: the container's limit, pod-level resources, a LimitRange in the input).
 */
import type { PodRule } from './context.js';
import { missingResourceFindings } from './resources.js';

const ID = 'workload/resource-requests';

export const resourceRequestsRule: PodRule = {
  info: {
    id: ID,
    tier: 'low',
    title: 'Containers must request CPU and memory',
    rationale:
      'Without requests the scheduler places the pod as if it needed nothing and the kubelet evicts it first under pressure (BestEffort), so one busy neighbour can starve or evict the workload.',
    remediation:
      'Set resources.requests.cpu and resources.requests.memory on each container to what it needs under normal load (or give the namespace a LimitRange with defaultRequest).',
  },
  check(template, context) {
    return missingResourceFindings(ID, 'requests', template, context);
  },
};
