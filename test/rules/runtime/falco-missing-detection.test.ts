import { describe, expect, test } from 'vitest';
import { brief, check, fixture } from './support.js';

const RULE = 'runtime/falco-missing-detection';
const missing = (findings: ReturnType<typeof check>) =>
  findings.map(
    (finding) => `${finding.location.line} ${finding.message.slice(0, finding.message.indexOf(':'))}`,
  );

describe(RULE, () => {
  test('rules that cover none of the defaults: each missing detection named, at the rules file', () => {
    const findings = check({ 'm.yaml': fixture('falco/missing-detection.yaml') }, { rules: [RULE] });
    expect(missing(findings)).toEqual([
      '2 no enabled Falco rule detects a shell spawned in a container',
      '2 no enabled Falco rule detects reads of sensitive files such as /etc/shadow',
      '2 no enabled Falco rule detects writes below binary directories',
    ]);
    // a disabled "Terminal shell in container" covers nothing
    expect(findings[0]!.message).toContain(
      'no rule is named "Terminal shell in container" or "Run shell untrusted"',
    );
  });

  test('covered by name or by condition content: silent', () => {
    expect(check({ 'good.yaml': fixture('falco/good.yaml') }, { rules: [RULE] })).toEqual([]);
  });

  test('configured detections replace the defaults', () => {
    const runtime = {
      detections: [
        { name: 'curl in a container', conditionTerms: [['spawned_process'], ['curl', 'wget']] },
        { name: 'crypto miners', ruleNames: ['*miner*'] },
      ],
    };
    expect(
      brief(check({ 'm.yaml': fixture('falco/missing-detection.yaml') }, { runtime, rules: [RULE] })),
    ).toEqual(['2 : no enabled Falco rule detects crypto miners: no rule is named "*miner*"']);
  });

  test('no rules file: nothing expected unless runtime.expectDetection, then the repository is told', () => {
    const manifests = { 'deploy.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata: {name: shop}\n' };
    expect(check(manifests, { rules: [RULE] })).toEqual([]);
    const findings = check(manifests, { runtime: { expectDetection: true }, rules: [RULE] });
    expect(findings).toHaveLength(3);
    expect(findings[0]!.location).toEqual({ file: '.', line: 1, column: 1 });
    expect(findings[0]!.message).toBe(
      'runtime detection is expected (runtime.expectDetection) but the repository ships no Falco rules: nothing detects a shell spawned in a container',
    );
  });
});
