/*
 * rbac/persistentvolume-create
 * create on persistentvolumes (cluster-scoped, so only a ClusterRoleBinding
 * grants it).
 */
import { probeRule, probes } from './rbac-rule.js';

export const persistentVolumeCreate = probeRule(
  {
    id: 'rbac/persistentvolume-create',
    tier: 'high',
    title: 'Subjects must not create PersistentVolumes',
    rationale:
      'A PersistentVolume can be a hostPath: whoever creates one and a claim bound to it mounts any directory of a node (the container runtime socket, kubelet credentials) into a pod, bypassing Pod Security admission, which checks pods and not volumes.',
    remediation:
      'Remove create on persistentvolumes; let a StorageClass provision volumes dynamically from claims.',
  },
  'create PersistentVolumes, a hostPath volume included',
  probes(['create'], '', ['persistentvolumes'], 'none'),
);
