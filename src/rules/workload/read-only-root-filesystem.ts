/*
 * workload/read-only-root-filesystem (low)
 * Fields: spec.{initContainers,containers,ephemeralContainers}[*].securityContext.readOnlyRootFilesystem
 * Allowed value: true. Windows pods (spec.os.name: windows), where the API forbids the
 * field, are skipped.
 */
import { podContainers } from '../pss/containers.js';
import { isWindowsPod, quote } from '../pss/pod.js';
import type { PodRule } from './context.js';

const ID = 'workload/read-only-root-filesystem';

export const readOnlyRootFilesystemRule: PodRule = {
  info: {
    id: ID,
    tier: 'low',
    title: 'Containers must mount their root filesystem read-only',
    rationale:
      'A writable root filesystem lets an attacker who gets code execution drop tools, rewrite binaries or plant persistence inside the container; read-only turns most of those steps into errors and makes tampering visible.',
    remediation:
      'Set securityContext.readOnlyRootFilesystem: true on each container and mount an emptyDir where the application must write (/tmp, caches).',
  },
  check(template) {
    if (isWindowsPod(template)) return [];
    return podContainers(template)
      .filter((container) => container.securityContext?.readOnlyRootFilesystem !== true)
      .map((container) => {
        const path = [...template.prefix, ...container.path, 'securityContext', 'readOnlyRootFilesystem'];
        return {
          ruleId: ID,
          object: template.object,
          path,
          message: `container ${quote(container.name)} must set securityContext.readOnlyRootFilesystem: true`,
          fix: { description: 'set readOnlyRootFilesystem to true', set: [{ path, value: true }] },
        };
      });
  },
};
