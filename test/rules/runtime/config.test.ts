/** The runtime: section of .kubegate.yaml, validated by the published schema. */
import { describe, expect, test } from 'vitest';
import { ConfigError, parseConfig } from '../../../src/config/config-file.js';

function refusal(text: string): { line: number; message: string } {
  try {
    parseConfig(text, '.kubegate.yaml');
  } catch (error) {
    if (error instanceof ConfigError) return { line: error.line, message: error.message };
    throw error;
  }
  throw new Error('expected the config to be refused');
}

describe('runtime configuration', () => {
  test('every documented key is accepted', () => {
    const config = parseConfig(
      `runtime:
  expectDetection: true
  detections:
    - name: crypto miners
      ruleNames: ["*miner*"]
    - name: curl in containers
      conditionTerms: [[spawned_process], [curl, wget]]
  falco:
    binary: /usr/local/bin/falco
    validate: always
    timeoutSeconds: 20
    baseRulesFiles: [/etc/falco/falco_rules.yaml]
  embedded:
    configMaps:
      - name: falco-rules
        namespace: falco
        keys: ["*.yaml"]
    valuesFiles:
      - file: deploy/falco/values.yaml
        path: customRules
      - file: deploy/other/values.yaml
        path: [falco, "rules.yaml"]
`,
      '.kubegate.yaml',
    );
    expect(config.runtime?.falco?.validate).toBe('always');
    expect(config.runtime?.embedded?.valuesFiles?.[1]?.path).toEqual(['falco', 'rules.yaml']);
  });

  test('mistakes are refused with their line', () => {
    expect(refusal('runtime:\n  falco:\n    validate: sometimes\n')).toEqual({
      line: 3,
      message: 'runtime.falco.validate must be one of "auto", "always", "never"',
    });
    expect(refusal('runtime:\n  falco:\n    bin: /usr/bin/falco\n')).toEqual({
      line: 3,
      message: 'unknown key runtime.falco.bin',
    });
    expect(refusal('runtime:\n  falco:\n    timeoutSeconds: 0\n').line).toBe(3);
    // a detection must say how it is matched
    expect(refusal('runtime:\n  detections:\n    - name: shells\n').line).toBe(3);
    expect(refusal('runtime:\n  embedded:\n    valuesFiles:\n      - file: values.yaml\n').line).toBe(4);
  });
});
