/**
 * The `scan:` section of .kubegate.yaml (validated by schema/kubegate.schema.json)
 * and how it combines with the command line: flags win over the file, the
 * file over the defaults.
 */
import type { Tier } from '../rules/types.js';
import type { ScannerName } from './scanner.js';
import type { Severity } from './vulnerability.js';

export type SeverityTier = Tier | 'off';

export interface ScanConfig {
  scanner?: ScannerName;
  /** path or name of the scanner binary (default: the scanner's name on PATH) */
  binary?: string;
  timeoutSeconds?: number;
  retries?: number;
  parallelism?: number;
  cacheDir?: string;
  ignoreUnfixed?: boolean;
  ignoreFile?: string;
  severityTiers?: Partial<Record<Severity, SeverityTier>>;
  registry?: { resolve?: boolean; timeoutSeconds?: number; plainHttp?: string[] };
  issues?: { mode?: IssueMode; label?: string };
}

export type IssueMode = 'per-image' | 'tracking';

/** CRITICAL and HIGH gate by default; NEGLIGIBLE is not reported. */
export const DEFAULT_SEVERITY_TIERS: Readonly<Record<Severity, SeverityTier>> = {
  CRITICAL: 'high',
  HIGH: 'high',
  MEDIUM: 'medium',
  LOW: 'low',
  NEGLIGIBLE: 'off',
  UNKNOWN: 'low',
};

export const SCAN_DEFAULTS = {
  timeoutSeconds: 600,
  retries: 1,
  parallelism: 2,
  registryTimeoutSeconds: 10,
  issueLabel: 'kubegate-scan',
  issueMode: 'per-image' as IssueMode,
};

/**
 * `--severity-tiers CRITICAL=high,HIGH=high,MEDIUM=low` over the configured
 * mapping; every severity not named keeps its tier.
 */
export function parseSeverityTiers(value: string): Partial<Record<Severity, SeverityTier>> {
  const mapping: Partial<Record<Severity, SeverityTier>> = {};
  for (const part of value.split(',')) {
    const trimmed = part.trim();
    if (trimmed === '') continue;
    const [severity, tier] = trimmed.split('=').map((piece) => piece.trim());
    const upper = (severity ?? '').toUpperCase();
    if (!['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'NEGLIGIBLE', 'UNKNOWN'].includes(upper))
      throw new Error(`unknown severity "${severity}" (CRITICAL, HIGH, MEDIUM, LOW, NEGLIGIBLE, UNKNOWN)`);
    if (!['high', 'medium', 'low', 'off'].includes(tier ?? ''))
      throw new Error(`severity ${upper} must map to high, medium, low or off, not "${tier ?? ''}"`);
    mapping[upper as Severity] = tier as SeverityTier;
  }
  return mapping;
}
