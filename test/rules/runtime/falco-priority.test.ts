import { describe, expect, test } from 'vitest';
import { brief, check, fixture } from './support.js';

const RULE = 'runtime/falco-priority';

describe(RULE, () => {
  test('unknown priorities, in new rules and in replacing overrides; any case and info are fine', () => {
    expect(brief(check({ 'p.yaml': fixture('falco/priority.yaml') }, { rules: [RULE] }))).toEqual([
      '5 [0].priority: rule "High is not a priority": priority "HIGH" is not a Falco priority (one of Emergency, Alert, Critical, Error, Warning, Notice, Informational, Debug)',
      '22 [3].priority: rule "Lower case is fine": priority "urgent" is not a Falco priority (one of Emergency, Alert, Critical, Error, Warning, Notice, Informational, Debug)',
    ]);
  });

  test('a correct rules file is silent', () => {
    expect(check({ 'good.yaml': fixture('falco/good.yaml') }, { rules: [RULE] })).toEqual([]);
  });
});
