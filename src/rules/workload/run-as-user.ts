/*
 * workload/run-as-user (medium)
 * Fields: spec.securityContext.runAsUser, spec.{initContainers,containers,ephemeralContainers}[*].securityContext.runAsUser
 * The effective UID of a container is its own runAsUser, else the pod's. It must be
 * at least workload.minRunAsUser (default 1000). Unset on both means the image's USER,
 * which the manifest does not show: reported, because it cannot be checked.
 * Containers that take the pod's value are reported once, on the pod's field, where
 * the change is made. Windows pods (spec.os.name: windows) have no UIDs and are skipped.
 */
import type { FieldPath } from '../../model/path.js';
import type { PodTemplate } from '../../model/workloads.js';
import { podContainers } from '../pss/containers.js';
import { asObject, isSet, isWindowsPod, quote, quoteAll } from '../pss/pod.js';
import type { Fix, RawFinding } from '../types.js';
import type { PodRule } from './context.js';

const ID = 'workload/run-as-user';

export const runAsUserRule: PodRule = {
  info: {
    id: ID,
    tier: 'medium',
    title: 'Containers must run as a UID at or above the configured minimum',
    rationale:
      "UIDs below the minimum belong to root and to the node's system accounts, so a process that breaks out of its container owns their files and processes on the host. A UID the manifest leaves unset comes from the image and changes with any rebuild.",
    remediation:
      'Set securityContext.runAsUser to a UID at or above workload.minRunAsUser (default 1000), on the pod for all containers or on each container, and build the image so that user can run it.',
  },
  check(template, context) {
    if (isWindowsPod(template)) return [];
    const min = context.minRunAsUser;
    const findings: RawFinding[] = [];
    const inheriting: string[] = [];
    for (const container of podContainers(template)) {
      const uid = container.securityContext?.runAsUser;
      if (!isSet(uid)) {
        inheriting.push(container.name);
        continue;
      }
      const path = [...template.prefix, ...container.path, 'securityContext', 'runAsUser'];
      const problem = uidProblem(uid, min);
      if (problem)
        findings.push(finding(template, path, `container ${quote(container.name)} ${problem}`, min));
    }
    if (inheriting.length === 0) return findings;
    const podUid = asObject(template.spec.securityContext)?.runAsUser;
    const podPath = [...template.prefix, 'spec', 'securityContext', 'runAsUser'];
    const who = `${inheriting.length === 1 ? 'container' : 'containers'} ${quoteAll(inheriting)}`;
    if (!isSet(podUid)) {
      findings.unshift(
        finding(
          template,
          podPath,
          `${who} ${inheriting.length === 1 ? 'runs' : 'run'} as the image's user, which the manifest does not show: set securityContext.runAsUser to ${min} or above`,
          min,
        ),
      );
    } else {
      const problem = uidProblem(podUid, min);
      if (problem) findings.unshift(finding(template, podPath, `pod ${problem} (inherited by ${who})`, min));
    }
    return findings;
  },
};

function uidProblem(uid: unknown, min: number): string | undefined {
  if (typeof uid !== 'number' || !Number.isInteger(uid) || uid < 0) {
    return `sets securityContext.runAsUser to ${JSON.stringify(uid)}, which is not a UID`;
  }
  if (uid < min) return `runs as UID ${uid}, below the minimum of ${min}`;
  return undefined;
}

function finding(template: PodTemplate, path: FieldPath, message: string, min: number): RawFinding {
  const fix: Fix = {
    description: `set runAsUser to ${min} (the image must be able to run as that UID)`,
    set: [{ path, value: min }],
  };
  return { ruleId: ID, object: template.object, path, message, fix };
}
