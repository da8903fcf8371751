import { describe, expect, test } from 'vitest';
import { brief, check, fixture } from './support.js';

const RULE = 'runtime/falco-exceptions';

describe(RULE, () => {
  test('each malformed exception at its line; appended values without fields are fine', () => {
    expect(brief(check({ 'e.yaml': fixture('falco/exceptions.yaml') }, { rules: [RULE] }))).toEqual([
      '14 [0].exceptions[1].values[0]: rule "Bad exceptions": exception "too_few_values": each value must be a list of 2 (one per field)',
      '17 [0].exceptions[2].comps: rule "Bad exceptions": exception "comps_length": 2 fields but 1 comps; they must have equal length',
      '21 [0].exceptions[3].comps[0]: rule "Bad exceptions": exception "bad_operator": "equals" is not a comparison operator',
      '24 [0].exceptions[4].comps: rule "Bad exceptions": exception "single_field_list_comps": fields is a single field, so comps must be one operator',
      '27 [0].exceptions[5].comps: rule "Bad exceptions": exception "single_field_bad_comp": with a single field, comps must be one of in, pmatch, intersects',
      '31 [0].exceptions[6].values[0]: rule "Bad exceptions": exception "single_field_list_value": fields is a single field, so each value must be a single value',
      '32 [0].exceptions[7]: rule "Bad exceptions": exception "no_fields" has no fields',
      '34 [0].exceptions[8]: rule "Bad exceptions": exception has no name',
      '35 [0].exceptions[9].name: rule "Bad exceptions": exception "ok" is defined twice in this rule',
      '37 [0].exceptions[10]: rule "Bad exceptions": each exception must be a mapping with name, fields, comps and values',
      '40 [0].exceptions[11].values: rule "Bad exceptions": exception "values_not_a_list": values must be a list',
      '47 [1].exceptions: rule "Exceptions not a list": exceptions must be a list',
    ]);
  });

  test('a correct rules file is silent', () => {
    expect(check({ 'good.yaml': fixture('falco/good.yaml') }, { rules: [RULE] })).toEqual([]);
  });
});
