import { describe, expect, it } from 'vitest';
import { MAX_REVIEW_CANDIDATES, reviewCandidates } from '../../src/github/candidates.js';
import { lineDigest } from '../../src/github/diff.js';
import { DEFAULT_SETTINGS } from '../../src/config/settings.js';
import { parseManifests } from '../../src/render/loader.js';
import { analyze } from '../../src/rules/engine.js';
import type { Finding } from '../../src/rules/types.js';

const SETTINGS = { ...DEFAULT_SETTINGS, onlyRules: ['pss/*', 'secrets/*'] };

function findingsOf(file: string, text: string): Finding[] {
  const parsed = parseManifests(file, text);
  if ('error' in parsed) throw new Error(parsed.error.message);
  return analyze(parsed.objects, SETTINGS);
}

const WORKER = `apiVersion: v1
kind: Pod
metadata:
  name: worker
spec:
  containers:
    - name: worker
      image: registry.example.com/worker:1
`;

describe('reviewCandidates', () => {
  it('groups the findings on one line into one candidate with one suggestion fixing them all', () => {
    const findings = findingsOf('worker.yaml', WORKER);
    expect(new Set(findings.map((f) => f.location.line))).toEqual(new Set([7]));
    const candidates = reviewCandidates(findings, { readText: () => WORKER, isUnsafeLine: () => false });
    expect(candidates).toHaveLength(1);
    const [candidate] = candidates;
    expect(candidate!.fingerprints).toHaveLength(findings.length);
    expect(candidate!.line).toBe(7);
    expect(candidate!.lineDigest).toBe(lineDigest('    - name: worker'));
    expect(candidate!.suggestion?.startLine).toBe(7);
    expect(candidate!.suggestion?.originalDigests).toEqual([lineDigest('    - name: worker')]);
    // applied, it leaves no finding with a fix behind
    const lines = WORKER.split('\n');
    const fixed = [...lines.slice(0, 6), ...candidate!.suggestion!.lines, ...lines.slice(7)].join('\n');
    expect(findingsOf('worker.yaml', fixed).filter((f) => f.fix)).toEqual([]);
  });

  it('merges findings whose suggestions would touch the same lines, so they can be applied together', () => {
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: report
spec:
  containers:
    - name: report
      image: registry.example.com/report:1
      securityContext:
        allowPrivilegeEscalation: false
        runAsNonRoot: true
        capabilities:
          drop: [ALL]
        seccompProfile:
          type: Unconfined
`;
    const findings = findingsOf('report.yaml', text);
    // the restricted check points at seccompProfile (line 14), the baseline one at its type (line 15)
    expect(findings.map((f) => f.location.line).sort()).toEqual([14, 15]);
    const candidates = reviewCandidates(findings, { readText: () => text, isUnsafeLine: () => false });
    expect(candidates).toHaveLength(1);
    expect(candidates[0]!.fingerprints).toHaveLength(2);
    expect(candidates[0]!.suggestion).toMatchObject({
      startLine: 14,
      endLine: 15,
      lines: ['        seccompProfile:', '          type: RuntimeDefault'],
    });
  });

  it('gives no suggestion that would show a secret value, and never carries line text', () => {
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  containers:
    - env: [{name: API_TOKEN, value: "tok-0123456789"}]
      image: registry.example.com/api:1
      name: api
`;
    const findings = findingsOf('api.yaml', text);
    const candidates = reviewCandidates(findings, {
      readText: () => text,
      isUnsafeLine: (line) => line.includes('tok-0123456789'),
    });
    expect(candidates).toHaveLength(1);
    expect(candidates[0]!.suggestion).toBeUndefined();
    expect(JSON.stringify(candidates)).not.toContain('tok-0123456789');
    expect(JSON.stringify(candidates)).not.toContain('API_TOKEN');
  });

  it('leaves out findings that are not new or are exempted', () => {
    const [first, second, third] = findingsOf('worker.yaml', WORKER);
    const candidates = reviewCandidates(
      [
        { ...first!, status: 'existing' },
        { ...second!, exemption: { source: 'annotation', reason: 'accepted', state: 'active' } },
        third!,
      ],
      { readText: () => WORKER, isUnsafeLine: () => false },
    );
    expect(candidates.map((c) => c.fingerprints)).toEqual([[third!.fingerprint]]);
  });

  it('keeps the worst candidates when there are more than a review artifact carries', () => {
    const [template] = findingsOf('worker.yaml', WORKER);
    const many: Finding[] = Array.from({ length: MAX_REVIEW_CANDIDATES + 5 }, (_, i) => ({
      ...template!,
      tier: i % 200 === 0 ? 'high' : 'low',
      fingerprint: i.toString(16).padStart(32, '0'),
      location: { file: 'many.yaml', line: i + 1, column: 1 },
    }));
    const candidates = reviewCandidates(many, { readText: () => undefined, isUnsafeLine: () => false });
    expect(candidates).toHaveLength(MAX_REVIEW_CANDIDATES);
    const kept = new Set(candidates.map((c) => c.line));
    for (const finding of many.filter((f) => f.tier === 'high'))
      expect(kept.has(finding.location.line)).toBe(true);
  });

  it('still offers a comment when the file cannot be read, without digest or suggestion', () => {
    const findings = findingsOf('worker.yaml', WORKER);
    const candidates = reviewCandidates(findings, { readText: () => undefined, isUnsafeLine: () => false });
    expect(candidates).toHaveLength(1);
    expect(candidates[0]).not.toHaveProperty('lineDigest');
    expect(candidates[0]).not.toHaveProperty('suggestion');
  });
});
