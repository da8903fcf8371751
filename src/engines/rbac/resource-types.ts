/**
 * TYPE[.GROUP] as `kubectl auth can-i` takes it, resolved without a cluster:
 * kubectl asks the server's discovery for plural names, singular names, kinds
 * and short names; here a table of the built-in types answers, plus the
 * CustomResourceDefinitions in the manifests. A type neither knows is taken
 * as written (lower-cased), in the group given or the core group, as kubectl
 * does after warning that the server has no such type.
 */
import { apiGroup, isRecord, type SourceObject } from '../../model/objects.js';

interface TypeEntry {
  readonly group: string;
  readonly resource: string;
  readonly aliases: readonly string[];
}

/** group, plural, then singular, kind (lower-cased) and short names */
const BUILTIN_TYPES: ReadonlyArray<readonly [string, string, ...string[]]> = [
  ['', 'pods', 'pod', 'po'],
  ['', 'services', 'service', 'svc'],
  ['', 'secrets', 'secret'],
  ['', 'configmaps', 'configmap', 'cm'],
  ['', 'serviceaccounts', 'serviceaccount', 'sa'],
  ['', 'namespaces', 'namespace', 'ns'],
  ['', 'nodes', 'node', 'no'],
  ['', 'persistentvolumes', 'persistentvolume', 'pv'],
  ['', 'persistentvolumeclaims', 'persistentvolumeclaim', 'pvc'],
  ['', 'endpoints', 'endpoint', 'ep'],
  ['', 'events', 'event', 'ev'],
  ['', 'replicationcontrollers', 'replicationcontroller', 'rc'],
  ['', 'limitranges', 'limitrange', 'limits'],
  ['', 'resourcequotas', 'resourcequota', 'quota'],
  ['', 'podtemplates', 'podtemplate'],
  ['', 'componentstatuses', 'componentstatus', 'cs'],
  ['apps', 'deployments', 'deployment', 'deploy'],
  ['apps', 'replicasets', 'replicaset', 'rs'],
  ['apps', 'statefulsets', 'statefulset', 'sts'],
  ['apps', 'daemonsets', 'daemonset', 'ds'],
  ['apps', 'controllerrevisions', 'controllerrevision'],
  ['batch', 'jobs', 'job'],
  ['batch', 'cronjobs', 'cronjob', 'cj'],
  ['autoscaling', 'horizontalpodautoscalers', 'horizontalpodautoscaler', 'hpa'],
  ['policy', 'poddisruptionbudgets', 'poddisruptionbudget', 'pdb'],
  ['networking.k8s.io', 'networkpolicies', 'networkpolicy', 'netpol'],
  ['networking.k8s.io', 'ingresses', 'ingress', 'ing'],
  ['networking.k8s.io', 'ingressclasses', 'ingressclass'],
  ['discovery.k8s.io', 'endpointslices', 'endpointslice'],
  ['coordination.k8s.io', 'leases', 'lease'],
  ['rbac.authorization.k8s.io', 'roles', 'role'],
  ['rbac.authorization.k8s.io', 'rolebindings', 'rolebinding'],
  ['rbac.authorization.k8s.io', 'clusterroles', 'clusterrole'],
  ['rbac.authorization.k8s.io', 'clusterrolebindings', 'clusterrolebinding'],
  ['certificates.k8s.io', 'certificatesigningrequests', 'certificatesigningrequest', 'csr'],
  ['admissionregistration.k8s.io', 'mutatingwebhookconfigurations', 'mutatingwebhookconfiguration'],
  ['admissionregistration.k8s.io', 'validatingwebhookconfigurations', 'validatingwebhookconfiguration'],
  ['admissionregistration.k8s.io', 'validatingadmissionpolicies', 'validatingadmissionpolicy'],
  ['admissionregistration.k8s.io', 'validatingadmissionpolicybindings', 'validatingadmissionpolicybinding'],
  ['apiextensions.k8s.io', 'customresourcedefinitions', 'customresourcedefinition', 'crd', 'crds'],
  ['apiregistration.k8s.io', 'apiservices', 'apiservice'],
  ['storage.k8s.io', 'storageclasses', 'storageclass', 'sc'],
  ['storage.k8s.io', 'csidrivers', 'csidriver'],
  ['storage.k8s.io', 'csinodes', 'csinode'],
  ['storage.k8s.io', 'volumeattachments', 'volumeattachment'],
  ['scheduling.k8s.io', 'priorityclasses', 'priorityclass', 'pc'],
  ['node.k8s.io', 'runtimeclasses', 'runtimeclass'],
  ['authorization.k8s.io', 'selfsubjectaccessreviews', 'selfsubjectaccessreview'],
  ['authorization.k8s.io', 'selfsubjectrulesreviews', 'selfsubjectrulesreview'],
  ['authorization.k8s.io', 'subjectaccessreviews', 'subjectaccessreview'],
  ['authorization.k8s.io', 'localsubjectaccessreviews', 'localsubjectaccessreview'],
  ['authentication.k8s.io', 'tokenreviews', 'tokenreview'],
  ['authentication.k8s.io', 'selfsubjectreviews', 'selfsubjectreview'],
];

export interface ResourceType {
  readonly group: string;
  readonly resource: string;
  /** false when the name was found in no table (kubectl warns about it) */
  readonly known: boolean;
}

export class ResourceTypes {
  private readonly entries: TypeEntry[];

  constructor(objects: readonly SourceObject[] = []) {
    this.entries = BUILTIN_TYPES.map(([group, resource, ...aliases]) => ({ group, resource, aliases }));
    for (const object of objects) {
      if (
        apiGroup(object.value.apiVersion) !== 'apiextensions.k8s.io' ||
        object.value.kind !== 'CustomResourceDefinition'
      )
        continue;
      const spec = object.value.spec;
      if (!isRecord(spec) || typeof spec.group !== 'string' || !isRecord(spec.names)) continue;
      const names = spec.names;
      if (typeof names.plural !== 'string') continue;
      const aliases = [names.singular, typeof names.kind === 'string' ? names.kind.toLowerCase() : undefined]
        .concat(Array.isArray(names.shortNames) ? names.shortNames : [])
        .filter((alias): alias is string => typeof alias === 'string');
      this.entries.push({ group: spec.group, resource: names.plural, aliases });
    }
  }

  /** `pods`, `po`, `Pod`, `deployments.apps`, `deploy.apps`, `deployments.v1.apps`, `*` */
  resolve(argument: string): ResourceType {
    if (argument === '*') return { group: '', resource: '*', known: true };
    const lower = argument.toLowerCase();
    const dot = lower.indexOf('.');
    const name = dot < 0 ? lower : lower.slice(0, dot);
    let group: string | undefined = dot < 0 ? undefined : lower.slice(dot + 1);
    // resource.version.group: drop the version
    if (group !== undefined) {
      const version = /^v\d+(?:(?:alpha|beta)\d+)?\.(.+)$/.exec(group);
      if (version) group = version[1]!;
    }
    const candidates = this.entries.filter(
      (entry) =>
        (group === undefined || entry.group === group) &&
        (entry.resource === name || entry.aliases.includes(name)),
    );
    // a plural name wins over an alias, the core group over others
    const best =
      candidates.find((entry) => entry.resource === name && entry.group === '') ??
      candidates.find((entry) => entry.resource === name) ??
      candidates[0];
    if (best) return { group: best.group, resource: best.resource, known: true };
    return { group: group ?? '', resource: name, known: false };
  }
}
