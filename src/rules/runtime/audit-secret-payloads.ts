/*
 * runtime/audit-secret-payloads (low)
 * Requests on Secrets, ConfigMaps, serviceaccounts/token and TokenReviews are
 * not logged with their payloads. Request level logs request bodies (the data
 * of a created or updated Secret, the token under review); RequestResponse
 * also logs response bodies (every Secret a get, list or watch returns, the
 * token a TokenRequest issues). They belong at Metadata.
 * Asked as: alice, a service account and a node, in default and kube-system.
 */
import type { AuditDecision } from '../../engines/audit/evaluate.js';
import type { AuditRule } from '../../engines/audit/policy.js';
import { describeRequests, describeRule, failingProbes } from './audit-analysis.js';
import {
  CONFIGMAPS,
  PROBE_USERS,
  probes,
  READ_VERBS,
  SECRETS,
  SERVICE_ACCOUNT_TOKEN,
  TOKEN_REVIEWS,
  WRITE_VERBS,
  type Probe,
  type ProbeResource,
} from './audit-probes.js';
import { findingAt, type RuntimeRule } from './types.js';

const ID = 'runtime/audit-secret-payloads';

/** which requests carry secret values in their request body (the rest only in the response) */
const SENSITIVE: ReadonlyArray<{ resource: ProbeResource; verbs: string[]; requestBody: string[] }> = [
  { resource: SECRETS, verbs: [...READ_VERBS, ...WRITE_VERBS], requestBody: ['create', 'update', 'patch'] },
  {
    resource: CONFIGMAPS,
    verbs: [...READ_VERBS, ...WRITE_VERBS],
    requestBody: ['create', 'update', 'patch'],
  },
  // a TokenRequest asks with audiences and expiry; the token is in the response
  { resource: SERVICE_ACCOUNT_TOKEN, verbs: ['create'], requestBody: [] },
  // a TokenReview carries the token being reviewed in its request
  { resource: TOKEN_REVIEWS, verbs: ['create'], requestBody: ['create'] },
];
const USERS = [PROBE_USERS.user, PROBE_USERS.serviceAccount, PROBE_USERS.node];
/** the requests this rule asks the policy about */
export const SECRET_PAYLOAD_PROBES = SENSITIVE.flatMap(({ resource, verbs }) =>
  probes([resource], verbs, USERS),
);

function exposes(probe: Probe, decision: AuditDecision): boolean {
  if (decision.level === 'RequestResponse') return true;
  if (decision.level !== 'Request') return false;
  const entry = SENSITIVE.find((candidate) => candidate.resource === probe.resource);
  return entry?.requestBody.includes(probe.verb) ?? false;
}

/** true when the rule covers only these resources, so lowering its level touches nothing else */
function onlySensitive(rule: AuditRule): boolean {
  const allowed: Record<string, string[]> = {
    '': ['secrets', 'configmaps', 'serviceaccounts/token'],
    'authentication.k8s.io': ['tokenreviews'],
  };
  return (
    rule.resources.length > 0 &&
    rule.resources.every(
      (entry) =>
        entry.resources.length > 0 &&
        entry.resources.every((resource) => allowed[entry.group]?.includes(resource)),
    )
  );
}

export const auditSecretPayloads: RuntimeRule = {
  info: {
    id: ID,
    tier: 'low',
    title: 'Audit policy must not log Secret, ConfigMap or token payloads',
    rationale:
      'At Request or RequestResponse level the audit log receives Secret and ConfigMap data and service account tokens in clear text: whoever reads the logs (a SIEM, a log bucket, an operator) gets the credentials.',
    remediation:
      'Add a rule that logs secrets, configmaps, serviceaccounts/token and tokenreviews.authentication.k8s.io at Metadata, above the rules that log request or response bodies.',
  },
  check(input, emit) {
    const users = USERS.map((user) => user.name);
    for (const { source, policy, problems } of input.audit.policies) {
      if (problems.length > 0) continue; // the API server refuses it: the family reports it as an error
      for (const group of failingProbes(policy, SECRET_PAYLOAD_PROBES, exposes)) {
        const rule = group.rule!; // None never exposes, so a rule decided
        const fix = onlySensitive(rule)
          ? {
              description: 'log these at Metadata',
              set: [{ path: ['rules', rule.index, 'level'], value: 'Metadata' }],
            }
          : undefined;
        emit(
          findingAt(
            ID,
            source,
            ['rules', rule.index, 'level'],
            `${describeRule(source, rule)} is the first rule to match ${describeRequests(group.probes, users)}, so their ${rule.level === 'Request' ? 'request bodies' : 'request and response bodies'} go to the audit log with the secret values in them; log them at Metadata`,
            fix,
          ),
        );
      }
    }
  },
};
