/*
 * hostPathVolumes (baseline, v1.0+)
 * Restricted fields:
 *   spec.volumes[*].hostPath
 * Allowed values: undefined/null
 */
import { asList, asObject, asText, isSet, quote } from './pod.js';
import type { PodView, PssCheck, PssViolation } from './types.js';

function hostPathVolumes(pod: PodView): PssViolation[] {
  return asList(pod.spec.volumes).flatMap((entry, index) => {
    const volume = asObject(entry);
    if (!volume || !isSet(volume.hostPath)) return [];
    return [
      {
        path: ['spec', 'volumes', index, 'hostPath'],
        message: `volume ${quote(asText(volume.name))} must not use hostPath`,
      },
    ];
  });
}

export const hostPathVolumesCheck: PssCheck = {
  id: 'hostPathVolumes',
  level: 'baseline',
  title: 'Pods must not mount host paths',
  rationale:
    "A hostPath volume exposes the node's filesystem to the pod: credentials, the container runtime socket and kubelet files are one mount away from a node takeover.",
  remediation:
    'Replace the hostPath volume with emptyDir, configMap, secret, projected or a persistentVolumeClaim.',
  versions: [{ minimumVersion: 0, evaluate: hostPathVolumes }],
};
