import { describe, expect, test } from 'vitest';
import { brief, check, fixture } from './support.js';

const RULE = 'runtime/falco-duplicate-name';

describe(RULE, () => {
  test('second definitions without override; an explicit override replace is not one', () => {
    expect(brief(check({ 'd.yaml': fixture('falco/duplicate-name.yaml') }, { rules: [RULE] }))).toEqual([
      '13 [3]: rule "Shell" is defined again here (earlier at d.yaml:7) without override: Falco silently replaces the earlier definition',
      '19 [4]: macro "in_container" is defined again here (earlier at d.yaml:4) without override: Falco silently replaces the earlier definition',
    ]);
  });

  test('a rule and a macro may share a name: they are different kinds', () => {
    const text =
      '- macro: shell\n  condition: proc.name = bash\n- rule: shell\n  desc: d\n  condition: shell\n  output: o\n  priority: Notice\n';
    expect(check({ 'a.yaml': text }, { rules: [RULE] })).toEqual([]);
  });

  test('a correct rules file is silent', () => {
    expect(check({ 'good.yaml': fixture('falco/good.yaml') }, { rules: [RULE] })).toEqual([]);
  });
});
