import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/config/settings.js';
import type { FalcoValidationFile, FalcoValidator } from '../../../src/engines/falco/validator.js';
import { createRuntimeFamily, processValidatorChoice } from '../../../src/rules/runtime/family.js';
import type { ValidatorChoice } from '../../../src/rules/runtime/types.js';
import type { AnalysisContext, RawFinding } from '../../../src/rules/types.js';
import { cli } from '../../helpers/cli.js';
import { tempTree } from '../../helpers/temp-tree.js';
import { FIXTURES, parse } from './support.js';

const RULE = 'runtime/falco-validation';

const RULES = `- macro: m
  condition: evt.type = open
- rule: Uses a missing field
  desc: d
  condition: m and evt.nonexistent = 1
  output: o
  priority: Notice
- rule: Bad priority
  desc: d
  condition: evt.nonexistent = 2
  output: o
  priority: Sometimes
`;

/** The rule run with a chosen validator; findings as `line path: message`. */
function run(files: Record<string, string>, choice: ValidatorChoice): string[] {
  const { objects, documents } = parse(files);
  const context: AnalysisContext = {
    objects,
    documents,
    podTemplates: [],
    settings: DEFAULT_SETTINGS,
    isEnabled: (id) => id === RULE,
    reportError: (_source, _path, message) => {
      throw new Error(`unexpected error: ${message}`);
    },
  };
  const found: RawFinding[] = [];
  createRuntimeFamily({ chooseValidator: () => choice }).analyze(context, (finding) => found.push(finding));
  return found.map(
    (finding) => `${finding.object.locate(finding.path).line} ${finding.path.join('.')}: ${finding.message}`,
  );
}

/** A validator that reports an error on every line mentioning evt.nonexistent, as falco would. */
function recordingValidator(seen: FalcoValidationFile[][]): FalcoValidator {
  return {
    binary: '/opt/falco/bin/falco',
    validate(files) {
      seen.push([...files]);
      return {
        status: 'validated',
        errors: files.flatMap((file) =>
          file.text.split('\n').flatMap((line, index) =>
            line.includes('evt.nonexistent')
              ? [
                  {
                    file: file.name,
                    line: index + 1,
                    code: 'FE_LOAD_ERR_COMPILE_CONDITION',
                    message: 'nonexistent field evt.nonexistent',
                  },
                ]
              : [],
          ),
        ),
      };
    },
  };
}

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

describe(RULE, () => {
  test('falco errors land on the item (and key) they are about; items already reported statically are skipped', () => {
    const seen: FalcoValidationFile[][] = [];
    expect(run({ 'a.yaml': RULES }, { validator: recordingValidator(seen) })).toEqual([
      '5 1.condition: falco -V (/opt/falco/bin/falco): nonexistent field evt.nonexistent [FE_LOAD_ERR_COMPILE_CONDITION]',
    ]);
    // one call, every file in load order
    expect(seen).toHaveLength(1);
    expect(seen[0]!.map((file) => file.name)).toEqual(['1-a.yaml']);
  });

  test('several files go to falco together, in file order, and errors map to their own file', () => {
    const seen: FalcoValidationFile[][] = [];
    const second =
      '- rule: Later\n  desc: d\n  condition: evt.nonexistent = 3\n  output: o\n  priority: Debug\n';
    const lines = run({ 'b.yaml': second, 'a.yaml': RULES }, { validator: recordingValidator(seen) });
    expect(seen[0]!.map((file) => file.name)).toEqual(['1-a.yaml', '2-b.yaml']);
    expect(lines).toEqual([
      '5 1.condition: falco -V (/opt/falco/bin/falco): nonexistent field evt.nonexistent [FE_LOAD_ERR_COMPILE_CONDITION]',
      '3 0.condition: falco -V (/opt/falco/bin/falco): nonexistent field evt.nonexistent [FE_LOAD_ERR_COMPILE_CONDITION]',
    ]);
  });

  test('a validator that fails, or a required one that is missing, is a finding; none means static checks only', () => {
    const failing: FalcoValidator = {
      binary: 'falco',
      validate: () => ({ status: 'failed', reason: 'falco -V did not finish within 1s' }),
    };
    expect(run({ 'a.yaml': RULES }, { validator: failing })).toEqual([
      '1 : falco -V could not validate the rules: falco -V did not finish within 1s',
    ]);
    expect(run({ 'a.yaml': RULES }, { missing: 'no falco' })).toEqual(['1 : no falco']);
    expect(run({ 'a.yaml': RULES }, { none: true })).toEqual([]);
    // no rules files: falco is not even asked
    expect(
      run({ 'x.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n' }, { missing: 'no falco' }),
    ).toEqual([]);
  });

  test('choosing the validator: never, a configured binary, PATH, and always without one', () => {
    expect(processValidatorChoice({ falco: { validate: 'never', binary: '/usr/bin/falco' } })).toEqual({
      none: true,
    });
    expect(processValidatorChoice({}, '')).toEqual({ none: true });
    expect(processValidatorChoice({ falco: { validate: 'always' } }, '')).toEqual({
      missing: 'runtime.falco.validate is always, but no falco binary is on PATH (set runtime.falco.binary)',
    });
    const chosen = processValidatorChoice({ falco: { binary: '/opt/falco' } }, '');
    expect('validator' in chosen && chosen.validator.binary).toBe('/opt/falco');
  });

  test('end to end: kubegate check runs the configured falco binary and reports what it says', () => {
    const tree = tempTree({
      'rules/shop.yaml': RULES,
      'bin/falco': fs.readFileSync(path.join(FIXTURES, 'falco/fake-falco.mjs')),
    });
    cleanups.push(tree.remove);
    fs.chmodSync(path.join(tree.root, 'bin/falco'), 0o755);
    fs.writeFileSync(
      path.join(tree.root, '.kubegate.yaml'),
      `runtime:\n  falco:\n    binary: ${JSON.stringify(path.join(tree.root, 'bin/falco'))}\n    baseRulesFiles: []\n`,
    );
    const result = cli(tree.root, ['check', 'rules', '--rules', RULE, '--format', 'json']);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as {
      findings: Array<{ location: { line: number }; path: string; message: string }>;
    };
    expect(report.findings.map((finding) => [finding.location.line, finding.path])).toEqual([
      [5, '[1].condition'],
    ]);
    expect(report.findings[0]!.message).toContain(
      'filter_check called with nonexistent field evt.nonexistent',
    );
  });
});
