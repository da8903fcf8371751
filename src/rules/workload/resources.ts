/**
 * Shared by workload/resource-requests and workload/resource-limits: whether a
 * container ends up with a request or limit for a resource once the API and
 * admission have filled in what the manifest leaves out.
 *
 * Checked containers: initContainers and containers (ephemeral containers may
 * not set resources). A container's request or limit counts when it is set on
 * the container; on the pod (spec.resources, pod-level resources); or by a
 * LimitRange of type Container in the same namespace that is in the input.
 * A missing request is also filled from the container's own limit.
 */
import type { PodTemplate } from '../../model/workloads.js';
import { podContainers, type ContainerView } from '../pss/containers.js';
import { asObject, isSet, quote } from '../pss/pod.js';
import type { RawFinding } from '../types.js';
import { COMPUTE_RESOURCES, namespaceOf, type ComputeResource, type WorkloadContext } from './context.js';

export type ResourceKind = 'requests' | 'limits';

export function missingResourceFindings(
  ruleId: string,
  kind: ResourceKind,
  template: PodTemplate,
  context: WorkloadContext,
): RawFinding[] {
  const defaults = context.containerDefaults.get(namespaceOf(template.object));
  const podResources = asObject(template.spec.resources);
  const findings: RawFinding[] = [];
  for (const container of podContainers(template)) {
    if (container.list === 'ephemeralContainers') continue;
    for (const resource of COMPUTE_RESOURCES) {
      if (hasResource(container, kind, resource)) continue;
      if (hasResource({ fields: { resources: podResources } }, kind, resource)) continue;
      if (defaults?.[kind].has(resource)) continue;
      findings.push({
        ruleId,
        object: template.object,
        path: [...template.prefix, ...container.path, 'resources', kind, resource],
        message: `container ${quote(container.name)} sets no ${resource} ${kind === 'requests' ? 'request' : 'limit'}`,
      });
    }
  }
  return findings;
}

function hasResource(
  owner: Pick<ContainerView, 'fields'>,
  kind: ResourceKind,
  resource: ComputeResource,
): boolean {
  const resources = asObject(owner.fields.resources);
  const set = (list: ResourceKind) => isSet(asObject(resources?.[list])?.[resource]);
  // the API defaults a missing request to the limit
  return kind === 'requests' ? set('requests') || set('limits') : set('limits');
}
