/*
 * restrictedVolumes (restricted, v1.0+; replaces hostPathVolumes)
 * Restricted fields:
 *   spec.volumes[*]: every volume source other than the allowed ones, e.g. hostPath,
 *   gcePersistentDisk, awsElasticBlockStore, gitRepo, nfs, iscsi, glusterfs, rbd, flexVolume,
 *   cinder, cephfs, flocker, fc, azureFile, vsphereVolume, quobyte, azureDisk, portworxVolume,
 *   scaleIO, storageos, photonPersistentDisk
 * Allowed values: configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim,
 *   projected, secret (image is allowed at every version, as upstream does)
 */
import { asList, asObject, asText, isSet, quote } from './pod.js';
import type { PodView, PssCheck, PssViolation } from './types.js';

const ALLOWED_SOURCES = [
  'configMap',
  'csi',
  'downwardAPI',
  'emptyDir',
  'ephemeral',
  'image',
  'persistentVolumeClaim',
  'projected',
  'secret',
];

// The finding points at the volume entry, not at its source key: the whole source has to be
// replaced, and for hostPath the key itself is already reported by hostPathVolumes.
function restrictedVolumes(pod: PodView): PssViolation[] {
  return asList(pod.spec.volumes).flatMap((entry, index) => {
    const volume = asObject(entry);
    if (!volume) return [];
    const sources = Object.keys(volume).filter((key) => key !== 'name' && isSet(volume[key]));
    // A volume without a source is defaulted to emptyDir by the API server.
    if (sources.length === 0 || sources.some((source) => ALLOWED_SOURCES.includes(source))) return [];
    return [
      {
        path: ['spec', 'volumes', index],
        message: `volume ${quote(asText(volume.name))} must not use the restricted volume type ${sources.join(', ')}; use ${ALLOWED_SOURCES.join(', ')}`,
      },
    ];
  });
}

export const restrictedVolumesCheck: PssCheck = {
  id: 'restrictedVolumes',
  level: 'restricted',
  title: 'Pods may use only the restricted set of volume types',
  rationale:
    "Volume types that reach node paths or storage directly (hostPath, NFS, iSCSI, RBD, gitRepo and others) bypass PersistentVolume administration and can expose node files or other tenants' data.",
  remediation:
    'Use configMap, secret, projected, downwardAPI, emptyDir, ephemeral, image, csi or a persistentVolumeClaim backed by an administrator-defined PersistentVolume.',
  overrides: ['hostPathVolumes'],
  versions: [{ minimumVersion: 0, evaluate: restrictedVolumes }],
};
