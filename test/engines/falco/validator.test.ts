import fs from 'node:fs';
import path from 'node:path';
import jsyaml from 'js-yaml';
import { afterEach, describe, expect, test } from 'vitest';
import {
  findOnPath,
  processFalcoValidator,
  readValidationOutput,
  renderRulesFile,
} from '../../../src/engines/falco/validator.js';
import { tempTree } from '../../helpers/temp-tree.js';

const FAKE_FALCO = path.resolve(import.meta.dirname, '../../fixtures/runtime/falco/fake-falco.mjs');

/** The fake falco, copied executable into a temporary folder. */
function fakeFalco(): { binary: string; root: string; remove: () => void } {
  const tree = tempTree({ 'bin/falco': fs.readFileSync(FAKE_FALCO) });
  const binary = path.join(tree.root, 'bin/falco');
  fs.chmodSync(binary, 0o755);
  return { binary, ...tree };
}

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  delete process.env.FAKE_FALCO_RECORD;
});

describe('reading falco -V output', () => {
  const names = new Map([['/tmp/x/001-a.yaml', 'a.yaml']]);

  test('errors of our files, 1-based lines, the innermost named item; base files ignored', () => {
    const stdout = [
      'Thu Jan  1 00:00:00 2025: Falco version 0.40.0',
      JSON.stringify({
        falco_load_results: [
          {
            name: '/etc/falco/falco_rules.yaml',
            successful: false,
            errors: [{ code: 'X', message: 'not ours' }],
          },
          {
            name: '/tmp/x/001-a.yaml',
            successful: false,
            errors: [
              {
                code: 'FE_LOAD_ERR_VALIDATE',
                message: "Undefined macro 'm' used in filter.",
                context: {
                  locations: [
                    {
                      item_type: 'rules content',
                      item_name: '',
                      position: { name: '/tmp/x/001-a.yaml', line: 0 },
                    },
                    {
                      item_type: 'macro',
                      item_name: 'uses_m',
                      position: { name: '/tmp/x/001-a.yaml', line: 6 },
                    },
                    {
                      item_type: 'condition expression',
                      item_name: '',
                      position: { name: '"m and x"', line: 7 },
                    },
                  ],
                },
              },
            ],
            warnings: [{ code: 'LOAD_UNUSED_MACRO', message: 'unused' }],
          },
        ],
      }),
    ].join('\n');
    expect(readValidationOutput(stdout, '', 1, names)).toEqual({
      status: 'validated',
      errors: [
        {
          file: 'a.yaml',
          line: 7,
          itemType: 'macro',
          itemName: 'uses_m',
          code: 'FE_LOAD_ERR_VALIDATE',
          message: "Undefined macro 'm' used in filter.",
        },
      ],
    });
  });

  test('no JSON: success when falco exits 0, a failure naming the first line otherwise', () => {
    expect(readValidationOutput('a.yaml: Ok\n', '', 0, names)).toEqual({ status: 'validated', errors: [] });
    expect(readValidationOutput('', 'Error: unknown option -V\nmore\n', 1, names)).toEqual({
      status: 'failed',
      reason: 'falco -V failed without a validation result: Error: unknown option -V',
    });
  });
});

describe('writing rules files for falco', () => {
  test('items are written in order, each at a known line, and read back the same', () => {
    const items = [
      { rule: 'r', desc: 'd', condition: 'a and\nb', output: 'o', priority: 'Notice' },
      { macro: 'm', condition: 'yes' },
      'not a mapping',
    ];
    const rendered = renderRulesFile(items);
    expect(jsyaml.load(rendered.text)).toEqual(items);
    const lines = rendered.text.split('\n');
    expect(rendered.itemLines).toHaveLength(3);
    for (const line of rendered.itemLines) expect(lines[line - 1]!.startsWith('- ')).toBe(true);
    expect(lines[rendered.itemLines[1]! - 1]).toContain('macro: m');
  });
});

describe('the process validator (a fake falco)', () => {
  test('runs falco with -V per file and maps its errors back; the files are gone afterwards', () => {
    const falco = fakeFalco();
    cleanups.push(falco.remove);
    const record = path.join(falco.root, 'record.json');
    process.env.FAKE_FALCO_RECORD = record;
    const validator = processFalcoValidator({ binary: falco.binary, timeoutMs: 20_000 });
    const outcome = validator.validate([
      { name: 'good.yaml', text: '- macro: m\n  condition: evt.type = open\n' },
      {
        name: 'bad.yaml',
        text: '- macro: m\n  condition: evt.type = open\n- macro: n\n  condition: evt.nonexistent = 1\n',
      },
    ]);
    expect(outcome).toEqual({
      status: 'validated',
      errors: [
        {
          file: 'bad.yaml',
          line: 4,
          itemType: 'rule',
          itemName: 'whatever',
          code: 'FE_LOAD_ERR_COMPILE_CONDITION',
          message: 'filter_check called with nonexistent field evt.nonexistent',
        },
      ],
    });
    const handed = JSON.parse(fs.readFileSync(record, 'utf8')) as string[];
    expect(handed).toHaveLength(2);
    for (const file of handed) expect(fs.existsSync(file)).toBe(false);
  });

  test('base rules files go first, and their errors are not reported', () => {
    const falco = fakeFalco();
    cleanups.push(falco.remove);
    const base = path.join(falco.root, 'falco_rules.yaml');
    fs.writeFileSync(base, '- macro: broken\n  condition: evt.nonexistent = 1\n');
    const record = path.join(falco.root, 'record.json');
    process.env.FAKE_FALCO_RECORD = record;
    const outcome = processFalcoValidator({
      binary: falco.binary,
      timeoutMs: 20_000,
      baseRulesFiles: [base],
    }).validate([{ name: 'mine.yaml', text: '- macro: m\n  condition: evt.type = open\n' }]);
    expect(outcome).toEqual({ status: 'validated', errors: [] });
    expect((JSON.parse(fs.readFileSync(record, 'utf8')) as string[])[0]).toBe(base);
  });

  test('a falco that does not finish in time is stopped and reported', () => {
    const falco = fakeFalco();
    cleanups.push(falco.remove);
    const started = Date.now();
    const outcome = processFalcoValidator({ binary: falco.binary, timeoutMs: 500 }).validate([
      { name: 'slow.yaml', text: '- macro: m\n  condition: fake.sleep = 1\n' },
    ]);
    expect(outcome).toEqual({ status: 'failed', reason: `${falco.binary} -V did not finish within 0.5s` });
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  test('a binary that does not exist is a failure, not an exception', () => {
    const outcome = processFalcoValidator({ binary: '/nonexistent/falco', timeoutMs: 1000 }).validate([
      { name: 'a.yaml', text: '[]\n' },
    ]);
    expect(outcome).toEqual({ status: 'failed', reason: 'cannot run /nonexistent/falco: ENOENT' });
  });

  test('falco on PATH: an executable file, not a plain one', () => {
    const tree = tempTree({ 'a/falco': 'plain', 'b/falco': '#!/bin/sh\n' });
    cleanups.push(tree.remove);
    fs.chmodSync(path.join(tree.root, 'b/falco'), 0o755);
    const PATH = [path.join(tree.root, 'a'), path.join(tree.root, 'b')].join(path.delimiter);
    expect(findOnPath('falco', PATH)).toBe(path.join(tree.root, 'b/falco'));
    expect(findOnPath('falco', path.join(tree.root, 'a'))).toBeUndefined();
    expect(findOnPath('falco', undefined)).toBeUndefined();
  });
});
