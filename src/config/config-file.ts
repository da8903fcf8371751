/**
 * `.kubegate.yaml`: read, validated against the published JSON Schema
 * (schema/kubegate.schema.json, so editors complete it), and merged over the
 * defaults. Unknown keys and wrong types are errors naming the key path and
 * its line; a bad config stops the run with exit code 2, never a silent pass.
 */
import fs from 'node:fs';
import { Ajv, type ErrorObject } from 'ajv';
import schema from '../../schema/kubegate.schema.json' with { type: 'json' };
import type { FieldPath } from '../model/path.js';
import type { RenderConfig } from '../render/discover.js';
import { formatPath } from '../model/path.js';
import { parseYamlFile, YamlSourceError, type YamlDocument } from '../render/yaml-source.js';
import { parsePssVersion } from '../rules/pss/version.js';
import type { FailOn, RuleOverride, Settings } from './settings.js';
import type { PssLevel } from '../rules/pss/types.js';
import type { Tier } from '../rules/types.js';
import type { RuntimeConfig } from '../rules/runtime/config.js';
import type { ClusterConfig } from '../cluster/config.js';
import type { ScanConfig } from '../scan/config.js';

export const DEFAULT_CONFIG_FILE = '.kubegate.yaml';

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

/**
 * The config file as written: every key optional. Each section mirrors a
 * property of schema/kubegate.schema.json (the schema is what validates).
 */
export interface ConfigFile {
  failOn?: FailOn;
  pss?: { level?: PssLevel; version?: string };
  rules?: Record<string, { enabled?: boolean; tier?: Tier }>;
  maxFileBytes?: number;
  render?: RenderConfig;
  exemptions?: ExemptionConfig[];
  allowInlineExemptions?: boolean;
  images?: { allowedRegistries?: string[]; requireDigest?: boolean };
  workload?: { minRunAsUser?: number };
  secrets?: { credentialEnvPatterns?: string[] };
  namespaces?: { production?: string[] };
  netpol?: { ipBlockMatchesPods?: boolean; clusterCidrs?: string[] };
  runtime?: RuntimeConfig;
  cluster?: ClusterConfig;
  scan?: ScanConfig;
}

export interface ExemptionConfig {
  rule: string;
  resource?: { kind?: string; namespace?: string; name?: string };
  reason: string;
  expires?: string;
  owner?: string;
}

let validator: ReturnType<Ajv['compile']> | undefined;

export function readConfigFile(fullPath: string, displayName: string): ConfigFile {
  let text: string;
  try {
    text = fs.readFileSync(fullPath, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code ?? String(error);
    throw new ConfigError(displayName, 1, `cannot read config file: ${code}`);
  }
  return parseConfig(text, displayName);
}

export function parseConfig(text: string, displayName: string): ConfigFile {
  let document: YamlDocument | undefined;
  try {
    const documents = parseYamlFile(text).documents;
    if (documents.length > 1)
      throw new ConfigError(displayName, 1, 'config file must hold one YAML document');
    document = documents[0];
  } catch (error) {
    if (error instanceof YamlSourceError) throw new ConfigError(displayName, error.line, error.message);
    throw error;
  }
  const value = document?.value ?? {};
  validator ??= new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
  if (!validator(value)) {
    const first = (validator.errors ?? [])[0]!;
    const { path, message } = describeSchemaError(first);
    const line = document ? document.locate(path).line : 1;
    throw new ConfigError(displayName, line, message);
  }
  const config = value as ConfigFile;
  if (config.pss?.version !== undefined) {
    try {
      parsePssVersion(config.pss.version);
    } catch (error) {
      throw new ConfigError(displayName, document!.locate(['pss', 'version']).line, (error as Error).message);
    }
  }
  return config;
}

function describeSchemaError(error: ErrorObject): { path: FieldPath; message: string } {
  const path: FieldPath = error.instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
  const at = (p: FieldPath) => (p.length > 0 ? formatPath(p) : '(top level)');
  if (error.keyword === 'additionalProperties') {
    const key = (error.params as { additionalProperty: string }).additionalProperty;
    const keyPath = [...path, key];
    return { path: keyPath, message: `unknown key ${at(keyPath)}` };
  }
  if (error.keyword === 'enum') {
    const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map((v) =>
      JSON.stringify(v),
    );
    return { path, message: `${at(path)} must be one of ${allowed.join(', ')}` };
  }
  return { path, message: `${at(path)} ${error.message ?? 'is invalid'}` };
}

/** Settings from defaults and the config file (the command line is applied after). */
export function applyConfig(defaults: Settings, config: ConfigFile): Settings {
  const overrides: RuleOverride[] = Object.entries(config.rules ?? {}).map(([match, entry]) => ({
    match,
    ...entry,
  }));
  return {
    ...defaults,
    failOn: config.failOn ?? defaults.failOn,
    pss: {
      level: config.pss?.level ?? defaults.pss.level,
      version: config.pss?.version !== undefined ? parsePssVersion(config.pss.version) : defaults.pss.version,
    },
    ruleOverrides: [...defaults.ruleOverrides, ...overrides],
    maxFileBytes: config.maxFileBytes ?? defaults.maxFileBytes,
    config,
  };
}
