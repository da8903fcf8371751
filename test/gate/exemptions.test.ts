import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { tempTree } from '../helpers/temp-tree.js';
import { afterAll } from 'vitest';

const trees: Array<{ remove: () => void }> = [];
afterAll(() => trees.forEach((tree) => tree.remove()));
function tree(files: Record<string, string>): string {
  const made = tempTree(files);
  trees.push(made);
  return made.root;
}

const pod = (name: string, annotations = '') => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  namespace: shop${annotations}
spec:
  hostPID: true
  containers:
    - name: c
      image: x
      securityContext: {runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}, seccompProfile: {type: RuntimeDefault}}
`;

interface Report {
  findings: Array<{
    ruleId: string;
    resource: { name: string };
    exemption?: { state: string; reason: string; source: string };
  }>;
  summary: { medium: number; gate: string; exempted: number };
}
const run = (root: string) => {
  const result = cli(root, ['check', '--rules', 'pss/*', '--fail-on', 'medium', '--format', 'json']);
  return { code: result.code, report: JSON.parse(result.stdout) as Report };
};

describe('exemptions', () => {
  it('a config exemption with a reason keeps matching findings out of the gate, and says so', () => {
    const root = tree({
      'a.yaml': pod('agent'),
      '.kubegate.yaml': `exemptions:
  - rule: pss/host*
    resource: {kind: Pod, namespace: shop, name: agent}
    reason: node agent needs the host PID namespace
    owner: platform-team
    expires: "2999-12-31"
`,
    });
    const { code, report } = run(root);
    expect(code).toBe(0);
    expect(report.findings[0]).toMatchObject({
      ruleId: 'pss/hostNamespaces',
      exemption: { state: 'active', source: 'config' },
    });
    expect(report.summary).toMatchObject({ medium: 0, exempted: 1, gate: 'pass' });
  });

  it('does not exempt other resources or other rules', () => {
    const root = tree({
      'a.yaml': `${pod('agent')}---\n${pod('web')}`,
      '.kubegate.yaml':
        'exemptions:\n  - rule: pss/hostNamespaces\n    resource: {name: agent}\n    reason: agent\n',
    });
    const { code, report } = run(root);
    expect(code).toBe(1);
    expect(report.findings.find((f) => f.resource.name === 'web')?.exemption).toBeUndefined();
  });

  it('an expired exemption no longer exempts, and says so', () => {
    const root = tree({
      'a.yaml': pod('agent'),
      '.kubegate.yaml': 'exemptions:\n  - rule: "*"\n    reason: temporary\n    expires: "2001-01-01"\n',
    });
    const { code, report } = run(root);
    expect(code).toBe(1);
    expect(report.findings[0]!.exemption).toMatchObject({ state: 'expired', reason: 'temporary' });
    const text = cli(root, ['check', '--rules', 'pss/*']).stdout;
    expect(text).toContain('exemption expired 2001-01-01: temporary');
  });

  it('an exemption needs a reason', () => {
    const root = tree({ 'a.yaml': pod('agent'), '.kubegate.yaml': 'exemptions:\n  - rule: "*"\n' });
    const result = cli(root, ['check']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/\.kubegate\.yaml:2: exemptions\[0\] must have required property 'reason'/);
  });

  it('inline annotations exempt (both key spellings), unless the config forbids them', () => {
    const dotted =
      '\n  annotations:\n    kubegate.io/exempt.pss.hostNamespaces: "shares the host PID to read /proc"';
    const slashed = '\n  annotations:\n    kubegate.io/exempt.pss/hostNamespaces: "legacy spelling"';
    const root = tree({ 'a.yaml': `${pod('a', dotted)}---\n${pod('b', slashed)}` });
    const allowed = run(root);
    expect(allowed.code).toBe(0);
    expect(allowed.report.findings.map((f) => f.exemption?.state)).toEqual(['active', 'active']);

    const forbidden = tree({
      'a.yaml': pod('a', dotted),
      '.kubegate.yaml': 'allowInlineExemptions: false\n',
    });
    const refused = run(forbidden);
    expect(refused.code).toBe(1);
    expect(refused.report.findings[0]!.exemption).toMatchObject({ state: 'refused', source: 'annotation' });
  });
});
