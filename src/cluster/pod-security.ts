/**
 * Real Pod Security Admission. A Pod built from each workload's template
 * (metadata and spec as written) is dry-run in the workload's namespace, so
 * the admission controller judges exactly what the controller would create;
 * Pods of the change are judged by their own dry-run. The verdict (rejected
 * under enforce, or "would violate PodSecurity" in a Warning header under
 * warn) becomes a `cluster/pod-security` finding, and is compared with the
 * static pss/ evaluation at the same level and version: when they disagree,
 * one of them is wrong, and it is reported as a kubegate defect in the
 * summary instead of being hidden.
 */
import type { Settings } from '../config/settings.js';
import {
  isRecord,
  resourceRef,
  type KubeObject,
  type ResourceRef,
  type SourceObject,
} from '../model/objects.js';
import { namespacePodSecurity } from '../model/namespaces.js';
import { podTemplates, type PodTemplate } from '../model/workloads.js';
import { evaluatePodSecurity } from '../rules/pss/index.js';
import type { PssLevel, PssVersion } from '../rules/pss/types.js';
import { parsePssVersion } from '../rules/pss/version.js';
import type { ApiResult, ClusterApi } from './api.js';
import { inBatches } from './dry-run.js';
import type { FindingSink } from './findings.js';
import { retarget, type NamespacePlan } from './namespaces.js';
import { podSecurityWarnings } from './warnings.js';

export interface PodSecurityDisagreement {
  readonly resource: ResourceRef;
  readonly file: string;
  readonly line: number;
  readonly policy: string;
  /** pss/ check ids the static evaluation found violated (empty: it found none) */
  readonly staticChecks: string[];
  /** what admission said (empty: it admitted the pod without a warning) */
  readonly admission: string;
}

export interface PodSecuritySummary {
  pods: number;
  violations: number;
  /** kubegate defects: the static and admission verdicts differ */
  disagreements: PodSecurityDisagreement[];
}

type Policy = { level: PssLevel; version: PssVersion } | undefined;

/** The level and version the namespace enforces, read as the pss/ family reads them. */
export function staticPolicy(
  objects: readonly SourceObject[],
  settings: Settings,
): (namespace: string | undefined) => Policy {
  const namespaces = namespacePodSecurity(objects);
  return (namespace) => {
    const enforced = namespace !== undefined ? namespaces.get(namespace) : undefined;
    if (enforced?.level === undefined) return settings.pss;
    if (enforced.level === 'privileged') return undefined;
    const latest = parsePssVersion('latest');
    if (enforced.level !== 'baseline' && enforced.level !== 'restricted')
      return { level: 'restricted', version: latest };
    try {
      return {
        level: enforced.level,
        version: enforced.version === undefined ? latest : parsePssVersion(enforced.version),
      };
    } catch {
      return { level: 'restricted', version: latest };
    }
  };
}

/** The Pod a workload's controller would create (named after the workload: dry-run stores nothing). */
export function podFromTemplate(template: PodTemplate): KubeObject {
  const owner = template.object.value;
  const ownerMeta = isRecord(owner.metadata) ? owner.metadata : {};
  const base = typeof ownerMeta.name === 'string' ? ownerMeta.name : 'workload';
  const metadata: Record<string, unknown> = {
    ...template.metadata,
    name: `${base}-kubegate-psa`.slice(0, 253),
  };
  delete metadata.generateName;
  if (typeof ownerMeta.namespace === 'string') metadata.namespace = ownerMeta.namespace;
  else delete metadata.namespace;
  return { apiVersion: 'v1', kind: 'Pod', metadata, spec: template.spec };
}

/** admission's verdict in a dry-run answer: the texts it gave, empty when it admitted silently */
export function admissionVerdict(result: ApiResult): string[] {
  if (!result.ok && result.status.code === 403 && /violates PodSecurity/.test(result.status.message))
    return [result.status.message];
  return podSecurityWarnings(result.warnings);
}

export async function checkPodSecurity(
  api: ClusterApi,
  objects: readonly SourceObject[],
  plan: NamespacePlan,
  results: ReadonlyMap<SourceObject, ApiResult>,
  settings: Settings,
  concurrency: number,
  emit: FindingSink,
): Promise<PodSecuritySummary> {
  const summary: PodSecuritySummary = { pods: 0, violations: 0, disagreements: [] };
  const policyOf = staticPolicy(objects, settings);
  await inBatches(podTemplates(objects), concurrency, async (template) => {
    const source = template.object;
    const metadata = isRecord(source.value.metadata) ? source.value.metadata : {};
    const namespace = typeof metadata.namespace === 'string' ? metadata.namespace : undefined;
    let result: ApiResult | undefined;
    if (source.value.kind === 'Pod') result = results.get(source);
    else if (source.value.kind !== 'PodTemplate')
      result = await api.apply(retarget(podFromTemplate(template), plan, new Set()), { dryRun: true });
    if (!result) return;
    // a pod refused for another reason (an invalid field) has no admission verdict; dry-run reported it
    if (!result.ok && !(result.status.code === 403 && /PodSecurity/.test(result.status.message))) return;
    summary.pods++;
    const verdict = admissionVerdict(result);
    const specPath = [...template.prefix, 'spec'];
    if (verdict.length > 0) {
      summary.violations++;
      const how = result.ok ? 'admission warns' : 'admission rejects the pod';
      for (const text of verdict) emit('cluster/pod-security', source, specPath, `${how}: ${text}`);
    }
    const policy = policyOf(namespace);
    if (!policy) return; // privileged: nothing is checked on either side
    const staticChecks = [
      ...new Set(evaluatePodSecurity(template, policy.level, policy.version).map((v) => `pss/${v.checkId}`)),
    ];
    if (staticChecks.length > 0 !== verdict.length > 0) {
      summary.disagreements.push({
        resource: resourceRef(source.value),
        file: source.file,
        line: source.locate(specPath).line,
        policy: `${policy.level}:v1.${policy.version}`,
        staticChecks,
        admission: verdict.join('; '),
      });
    }
  });
  summary.disagreements.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return summary;
}
