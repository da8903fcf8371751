import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { formatJson, jsonChunks, writeInBatches, writeJsonFile } from '../../src/report/json.js';
import type { Report } from '../../src/report/report.js';

// jsonChunks takes a Report; the property below feeds it any JSON-like object
const asReport = (value: Record<string, unknown>) => value as unknown as Report;

const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the JSON report in pieces', () => {
  it('is exactly JSON.stringify(value, null, 2) and a newline, whatever the value', () => {
    const field = fc.oneof(
      fc.jsonValue(),
      fc.array(fc.oneof(fc.jsonValue(), fc.constant(undefined)), { maxLength: 5 }),
      fc.constant(undefined),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.string(), field, { maxKeys: 6 }), (value) => {
        expect(formatJson(asReport(value))).toBe(`${JSON.stringify(value, null, 2)}\n`);
      }),
      { numRuns: 300 },
    );
  });

  it('adds sections after the report and never replaces a contract field', () => {
    const report = asReport({
      version: '1',
      findings: [{ ruleId: 'a', fix: undefined }],
      summary: { gate: 'pass' },
    });
    const text = formatJson(report, { cluster: { mode: 'kind' }, summary: 'not this' });
    expect(JSON.parse(text)).toEqual({
      version: '1',
      findings: [{ ruleId: 'a' }],
      summary: { gate: 'pass' },
      cluster: { mode: 'kind' },
    });
    expect(text).toBe(`${JSON.stringify({ ...report, cluster: { mode: 'kind' } }, null, 2)}\n`);
  });

  it('yields a few hundred findings at a time, so no piece holds the whole report', () => {
    const findings = Array.from({ length: 1000 }, (_, index) => ({
      ruleId: 'r',
      message: 'x'.repeat(100),
      index,
    }));
    const report = asReport({ findings, other: [...findings, undefined, null, 'x'], summary: { n: 1 } });
    // across piece boundaries too, the text is JSON.stringify's
    expect(formatJson(report)).toBe(`${JSON.stringify(report, null, 2)}\n`);
    const chunks = [...jsonChunks(report)];
    expect(chunks.length).toBeGreaterThan(3);
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThan(300 * 150);
  });

  it('writes batches of about a megabyte and the file holds the same text', () => {
    const batches: string[] = [];
    writeInBatches(
      Array.from({ length: 3000 }, () => 'y'.repeat(1000)),
      (batch) => batches.push(batch),
    );
    expect(batches.length).toBe(3);
    expect(batches.join('').length).toBe(3_000_000);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegate-json-'));
    scratch.push(dir);
    const report = asReport({ findings: [{ ruleId: 'a', message: 'é "quoted"\n' }], summary: {} });
    const file = path.join(dir, 'report.json');
    writeJsonFile(file, report, { cluster: { probes: 2 } });
    expect(fs.readFileSync(file, 'utf8')).toBe(formatJson(report, { cluster: { probes: 2 } }));
  });
});
