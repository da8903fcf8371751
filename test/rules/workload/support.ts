/**
 * Runs the real engine over YAML written in a test, for the rule families
 * beyond PSS (workload, images, secrets, namespaces): findings come out with
 * the lines and paths a user sees.
 */
import { applyConfig, type ConfigFile } from '../../../src/config/config-file.js';
import { DEFAULT_SETTINGS } from '../../../src/config/settings.js';
import { parseManifests } from '../../../src/render/loader.js';
import { analyze } from '../../../src/rules/engine.js';
import type { Finding } from '../../../src/rules/types.js';

export const TEST_FILE = 'deploy/app.yaml';

export function findingsOf(yaml: string, rules: string[], config: ConfigFile = {}): Finding[] {
  const parsed = parseManifests(TEST_FILE, yaml);
  if ('error' in parsed) throw new Error(`test YAML does not parse: ${parsed.error.message}`);
  const settings = applyConfig({ ...DEFAULT_SETTINGS, onlyRules: rules }, config);
  return analyze(parsed.objects, settings, parsed.otherDocuments);
}

/** `line path` of each finding, the way a reviewer reads them */
export function where(findings: readonly Finding[]): string[] {
  return findings.map((finding) => `${finding.location.line} ${finding.path}`);
}

/** The 1-based line of the only line holding `marker`; fails loudly when there is none or several. */
export function lineOf(yaml: string, marker: string): number {
  const lines = yaml.split('\n');
  const hits = lines.flatMap((line, index) => (line.includes(marker) ? [index + 1] : []));
  if (hits.length !== 1) throw new Error(`marker ${JSON.stringify(marker)} is on ${hits.length} lines`);
  return hits[0]!;
}

/** A Deployment around the given pod spec lines (indented as under `spec.template.spec`). */
export function deployment(podSpec: string, options: { name?: string; namespace?: string } = {}): string {
  const namespace = options.namespace === undefined ? '' : `\n  namespace: ${options.namespace}`;
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${options.name ?? 'web'}${namespace}
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
${podSpec.replace(/^(?=.)/gm, '      ')}
`;
}
