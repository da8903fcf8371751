import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/config/settings.js';
import { parseManifests } from '../../../src/render/loader.js';
import { analyze } from '../../../src/rules/engine.js';

const namespace = (labels: Record<string, string>) =>
  `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team\n  labels: ${JSON.stringify(labels)}\n---\n`;
// violates baseline (hostNetwork) and restricted (no runAsNonRoot, no seccomp)
const pod = `apiVersion: v1
kind: Pod
metadata: {name: p, namespace: team}
spec:
  hostNetwork: true
  containers: [{name: c, image: x}]
`;

function pssRules(yaml: string): string[] {
  const result = parseManifests('in.yaml', yaml);
  if ('error' in result) throw new Error(result.error.message);
  const settings = { ...DEFAULT_SETTINGS, onlyRules: ['pss/*'] };
  return [...new Set(analyze(result.objects, settings).map((finding) => finding.ruleId))].sort();
}

describe('Pod Security level from the namespace', () => {
  it('uses the configured default when the namespace is not in the input or has no enforce label', () => {
    expect(pssRules(pod)).toContain('pss/runAsNonRoot');
    expect(pssRules(`${namespace({ team: 'a' })}${pod}`)).toContain('pss/runAsNonRoot');
  });

  it('checks at the level the namespace enforces', () => {
    expect(pssRules(`${namespace({ 'pod-security.kubernetes.io/enforce': 'baseline' })}${pod}`)).toEqual([
      'pss/hostNamespaces',
    ]);
    expect(pssRules(`${namespace({ 'pod-security.kubernetes.io/enforce': 'privileged' })}${pod}`)).toEqual(
      [],
    );
  });

  it('a level without a version means latest; a version label pins the checks', () => {
    const pinned = pssRules(
      `${namespace({ 'pod-security.kubernetes.io/enforce': 'restricted', 'pod-security.kubernetes.io/enforce-version': 'v1.18' })}${pod}`,
    );
    expect(pinned).toContain('pss/runAsNonRoot');
    expect(pinned).not.toContain('pss/seccompProfile_restricted'); // required from v1.19
    expect(pssRules(`${namespace({ 'pod-security.kubernetes.io/enforce': 'restricted' })}${pod}`)).toContain(
      'pss/seccompProfile_restricted',
    );
  });

  it('an invalid label fails closed at restricted:latest, as admission does', () => {
    expect(pssRules(`${namespace({ 'pod-security.kubernetes.io/enforce': 'strict' })}${pod}`)).toContain(
      'pss/seccompProfile_restricted',
    );
    expect(
      pssRules(
        `${namespace({ 'pod-security.kubernetes.io/enforce': 'baseline', 'pod-security.kubernetes.io/enforce-version': 'one' })}${pod}`,
      ),
    ).toContain('pss/runAsNonRoot');
  });
});
