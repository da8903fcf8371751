/*
 * rbac/pod-create
 * Creating pods, or creating or changing the controllers that create them
 * (Deployments, ReplicaSets, StatefulSets, DaemonSets, Jobs, CronJobs,
 * ReplicationControllers): a pod can name any ServiceAccount of its namespace
 * and mount any Secret there.
 */
import { probeRule, probes } from './rbac-rule.js';

const APPS_CONTROLLERS = ['deployments', 'replicasets', 'statefulsets', 'daemonsets'];

export const podCreate = probeRule(
  {
    id: 'rbac/pod-create',
    tier: 'high',
    title: 'Subjects must not create pods or pod controllers',
    rationale:
      'Whoever can create a pod (directly or through a Deployment, Job or any controller) can run it as any ServiceAccount of the namespace and mount any Secret there, so they hold every permission granted in that namespace.',
    remediation:
      'Leave pod creation to the deployment pipeline; if a workload must start pods, give it a namespace of its own with nothing else in it.',
  },
  'create pods or pod controllers, and so run as any ServiceAccount of the namespace',
  [
    ...probes(['create'], '', ['pods', 'replicationcontrollers'], 'none'),
    ...probes(['create'], 'apps', APPS_CONTROLLERS, 'none'),
    ...probes(['create'], 'extensions', ['deployments', 'replicasets', 'daemonsets'], 'none'),
    ...probes(['create'], 'batch', ['jobs', 'cronjobs'], 'none'),
    ...probes(['update', 'patch'], '', ['replicationcontrollers'], 'any'),
    ...probes(['update', 'patch'], 'apps', APPS_CONTROLLERS, 'any'),
    ...probes(['update', 'patch'], 'extensions', ['deployments', 'replicasets', 'daemonsets'], 'any'),
    ...probes(['update', 'patch'], 'batch', ['jobs', 'cronjobs'], 'any'),
  ],
);
