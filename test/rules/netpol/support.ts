/** Runs one netpol rule through the rule engine, as `kubegate check --rules <id>` would. */
import type { ConfigFile } from '../../../src/config/config-file.js';
import { DEFAULT_SETTINGS } from '../../../src/config/settings.js';
import { parseManifests } from '../../../src/render/loader.js';
import { analyze } from '../../../src/rules/engine.js';
import type { Finding } from '../../../src/rules/types.js';

export function findings(ruleId: string, yaml: string, config: ConfigFile = {}): Finding[] {
  const parsed = parseManifests('in.yaml', yaml);
  if ('error' in parsed) throw new Error(parsed.error.message);
  return analyze(parsed.objects, { ...DEFAULT_SETTINGS, onlyRules: [ruleId], config });
}

/** `kind ns/name path @line: message`, for compact assertions */
export function summary(finding: Finding): string {
  const { kind, namespace, name } = finding.resource;
  return `${kind} ${namespace ?? ''}/${name} ${finding.path} @${finding.location.line}: ${finding.message}`;
}

export function deployment(namespace: string, name: string, labels = `{app: ${name}}`): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: ${namespace}
spec:
  template:
    metadata:
      labels: ${labels}
    spec:
      containers: [{name: main, image: registry.example.com/${name}:1, ports: [{containerPort: 8080}]}]
---
`;
}

export function policy(namespace: string, name: string, spec: string): string {
  return `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: ${name}
  namespace: ${namespace}
spec:
${spec}
---
`;
}

export const denyAll = (namespace: string) =>
  policy(namespace, 'default-deny-all', '  podSelector: {}\n  policyTypes: [Ingress, Egress]');
