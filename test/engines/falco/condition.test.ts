import { describe, expect, test } from 'vitest';
import { scanCondition } from '../../../src/engines/falco/condition.js';

describe('scanCondition', () => {
  test('an identifier in check position is a macro; a field value is not', () => {
    const scan = scanCondition('spawned_process and container and proc.name = bash and not shell_procs');
    expect(scan.parsed).toBe(true);
    expect(scan.macroReferences).toEqual(['spawned_process', 'container', 'shell_procs']);
    // `bash` compares with a field: a value, never a macro
    expect(scan.words).toContain('bash');
    expect(scan.macroReferences).not.toContain('bash');
  });

  test('list operators take a parenthesised list or a list name, neither of them macros', () => {
    const scan = scanCondition(
      'evt.type in (execve, "execveat") and proc.name in shell_binaries and fd.name pmatch (/etc)',
    );
    expect(scan.macroReferences).toEqual([]);
    expect(scan.words).toEqual(
      expect.arrayContaining([
        'evt.type',
        'execve',
        'execveat',
        'proc.name',
        'shell_binaries',
        'fd.name',
        '/etc',
      ]),
    );
  });

  test('reads nesting, not(), repeated not, exists, field arguments and transformers', () => {
    const scan = scanCondition(
      "(a_macro or (b_macro and not not c_macro)) and not(proc.aname[2] exists) and tolower(proc.name) = 'ba sh' and evt.rawres >= 0",
    );
    expect(scan.parsed).toBe(true);
    expect(scan.macroReferences).toEqual(['a_macro', 'b_macro', 'c_macro']);
    expect(scan.words).toEqual(
      expect.arrayContaining(['proc.aname', '2', 'proc.name', 'ba sh', 'evt.rawres', '0']),
    );
  });

  test('the comparison value may be another field through val()', () => {
    const scan = scanCondition('proc.pname = val(proc.name) and my_macro');
    expect(scan.macroReferences).toEqual(['my_macro']);
    expect(scan.words).toContain('proc.name');
  });

  test('keywords must be followed by a blank or a parenthesis, as in libsinsp', () => {
    expect(scanCondition('a and(b)').macroReferences).toEqual(['a', 'b']);
    // `orx` is not `or x`: the condition does not parse, and then no macro is claimed
    const broken = scanCondition('a orx');
    expect(broken.parsed).toBe(false);
    expect(broken.macroReferences).toEqual([]);
  });

  test('an identifier compared like a field does not parse, and claims no macros', () => {
    const scan = scanCondition('evt_type = execve');
    expect(scan.parsed).toBe(false);
    expect(scan.macroReferences).toEqual([]);
    expect(scan.words).toEqual(['evt_type', 'execve']);
  });

  test('an unterminated string or an empty condition does not parse', () => {
    expect(scanCondition('proc.name = "bash').parsed).toBe(false);
    expect(scanCondition('   ').parsed).toBe(false);
  });

  test('quoted strings keep their content and unescape quotes', () => {
    const scan = scanCondition('proc.cmdline contains "say \\"hi\\"" and fd.name startswith \'/tmp/a b\'');
    expect(scan.words).toEqual(expect.arrayContaining(['say "hi"', '/tmp/a b']));
  });

  test('deep nesting is refused as input, not a crash', () => {
    const deep = `${'('.repeat(2000)}a${')'.repeat(2000)}`;
    expect(scanCondition(deep).parsed).toBe(false);
  });
});
