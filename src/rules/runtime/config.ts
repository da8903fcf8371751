/**
 * The `runtime:` section of .kubegate.yaml (schema/kubegate.schema.json is
 * what validates it; this is its type).
 */
export interface RuntimeConfig {
  /** the repository must ship Falco rules covering the detections (default: checked only when it ships Falco rules) */
  expectDetection?: boolean;
  /** detections the Falco rules must cover; replaces the defaults */
  detections?: Array<{ name: string; ruleNames?: string[]; conditionTerms?: string[][] }>;
  falco?: {
    /** the falco binary for `falco -V` (default: falco on PATH) */
    binary?: string;
    /** auto: when a binary is found; always: a missing binary is a finding; never */
    validate?: 'auto' | 'always' | 'never';
    timeoutSeconds?: number;
    /** rules files falco loads before the checked ones (default: /etc/falco/falco_rules.yaml when present) */
    baseRulesFiles?: string[];
  };
  /** where Falco rules, audit policies and encryption configurations are embedded in other files */
  embedded?: {
    /** ConfigMaps whose data values hold such files */
    configMaps?: Array<{ name: string; namespace?: string; keys?: string[] }>;
    /** YAML files (Helm values) holding such files at a path: a string, or a mapping of strings */
    valuesFiles?: Array<{ file: string; path: string | string[] }>;
  };
}
