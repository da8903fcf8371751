/*
 * hostProbesAndHostLifecycle (baseline, v1.34+)
 * Restricted fields, for initContainers, containers and ephemeralContainers:
 *   spec.*[*].{livenessProbe,readinessProbe,startupProbe}.{httpGet,tcpSocket}.host
 *   spec.*[*].lifecycle.{postStart,preStop}.{httpGet,tcpSocket}.host
 * Allowed values: "", undefined/null
 */
import type { FieldPath } from '../../model/path.js';
import { podContainers } from './containers.js';
import { asObject, asText, isSet, quote, type RawObject } from './pod.js';
import type { PodView, PssCheck, PssViolation } from './types.js';

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
const LIFECYCLE_HANDLERS = ['postStart', 'preStop'] as const;
const HOST_ACTIONS = ['httpGet', 'tcpSocket'] as const;

function hostTargets(pod: PodView): PssViolation[] {
  const violations: PssViolation[] = [];
  for (const container of podContainers(pod)) {
    const report = (handler: RawObject | undefined, handlerPath: FieldPath): void => {
      if (!handler) return;
      for (const action of HOST_ACTIONS) {
        const host = asObject(handler[action])?.host;
        if (!isSet(host) || host === '') continue;
        const field = [...handlerPath, action, 'host'];
        violations.push({
          path: [...container.path, ...field],
          message: `container ${quote(container.name)} must not set ${field.join('.')} (${quote(asText(host))}); leave it unset so the kubelet targets the pod IP`,
        });
      }
    };
    for (const probe of PROBES) report(asObject(container.fields[probe]), [probe]);
    const lifecycle = asObject(container.fields.lifecycle);
    if (lifecycle)
      for (const hook of LIFECYCLE_HANDLERS) report(asObject(lifecycle[hook]), ['lifecycle', hook]);
  }
  return violations;
}

export const hostProbesAndHostLifecycleCheck: PssCheck = {
  id: 'hostProbesAndHostLifecycle',
  level: 'baseline',
  title: 'Probes and lifecycle hooks must not target other hosts',
  rationale:
    'The kubelet sends probe and lifecycle requests from the node, so a host field turns it into a proxy that can reach node-local services and other addresses the pod itself cannot.',
  remediation: 'Remove the host field from httpGet and tcpSocket probes and lifecycle handlers.',
  versions: [{ minimumVersion: 34, evaluate: hostTargets }],
};
