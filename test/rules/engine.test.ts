import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareFindings, sortFindings } from '../../src/rules/engine.js';
import type { Finding } from '../../src/rules/types.js';

const finding = fc.record({
  file: fc.constantFrom('a.yaml', 'b/c.yaml', 'b.yaml', 'B.yaml', 'z.yaml'),
  line: fc.integer({ min: 1, max: 5 }),
  column: fc.integer({ min: 1, max: 3 }),
  ruleId: fc.constantFrom('pss/privileged', 'pss/hostPorts', 'images/latest-tag'),
  message: fc.constantFrom('m1', 'm2', 'M'),
});

function asFinding(raw: {
  file: string;
  line: number;
  column: number;
  ruleId: string;
  message: string;
}): Finding {
  return {
    ruleId: raw.ruleId,
    tier: 'medium',
    title: raw.ruleId,
    message: raw.message,
    resource: { apiVersion: 'v1', kind: 'Pod', name: 'p' },
    location: { file: raw.file, line: raw.line, column: raw.column },
    path: 'spec',
    fingerprint: '0'.repeat(32),
    status: 'new',
  };
}

describe('sortFindings', () => {
  it('orders findings exactly as compareFindings does (file, line, column, rule, message)', () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 40 }), (raws) => {
        const findings = raws.map(asFinding);
        const expected = [...findings].sort(compareFindings);
        const sorted = sortFindings(findings);
        expect(sorted.map((f) => f.location)).toEqual(expected.map((f) => f.location));
        expect(sorted.map((f) => `${f.ruleId} ${f.message}`)).toEqual(
          expected.map((f) => `${f.ruleId} ${f.message}`),
        );
      }),
    );
  });

  it('leaves its input alone', () => {
    const findings = [
      asFinding({ file: 'b.yaml', line: 1, column: 1, ruleId: 'r', message: 'm' }),
      asFinding({ file: 'a.yaml', line: 1, column: 1, ruleId: 'r', message: 'm' }),
    ];
    sortFindings(findings);
    expect(findings.map((f) => f.location.file)).toEqual(['b.yaml', 'a.yaml']);
  });
});
