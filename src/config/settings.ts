/**
 * Effective settings of a run: defaults, then the config file, then the
 * command line. Rules read their parameters from here, never from constants.
 */
import type { PssLevel, PssVersion } from '../rules/pss/types.js';
import { LATEST_PSS_VERSION } from '../rules/pss/types.js';
import type { Tier } from '../rules/types.js';
import type { ConfigFile } from './config-file.js';

export type FailOn = Tier | 'none';

export interface RuleOverride {
  /** a rule id or glob, e.g. `pss/*` */
  readonly match: string;
  readonly enabled?: boolean;
  readonly tier?: Tier;
}

export interface Settings {
  readonly failOn: FailOn;
  readonly pss: { readonly level: PssLevel; readonly version: PssVersion };
  /** `--rules`: only rules matching one of these globs run; undefined runs all */
  readonly onlyRules?: readonly string[];
  readonly ruleOverrides: readonly RuleOverride[];
  /** files over this size are refused */
  readonly maxFileBytes: number;
  /** the validated config file as written (empty without one): rule families read their own section */
  readonly config: ConfigFile;
}

export const DEFAULT_SETTINGS: Settings = {
  failOn: 'high',
  pss: { level: 'restricted', version: LATEST_PSS_VERSION },
  ruleOverrides: [],
  maxFileBytes: 10 * 1024 * 1024,
  config: {},
};
