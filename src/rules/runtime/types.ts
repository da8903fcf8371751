/**
 * What every runtime rule is handed: the sources, the configuration and the
 * analyses the rules share (each computed once, when a rule first asks).
 */
import type { FieldPath } from '../../model/path.js';
import type { FalcoValidator } from '../../engines/falco/validator.js';
import type { Fix, RawFinding, RuleInfo } from '../types.js';
import type { AuditAnalysis } from './audit-analysis.js';
import type { RuntimeConfig } from './config.js';
import type { FalcoAnalysis } from './falco-analysis.js';
import type { ContentSource, RuntimeSources } from './sources.js';

/** How the family finds `falco -V`: a validator, none (static checks only), or why none could be set up. */
export type ValidatorChoice =
  { readonly validator: FalcoValidator } | { readonly none: true } | { readonly missing: string };

export interface RuntimeInput {
  readonly config: RuntimeConfig;
  readonly sources: RuntimeSources;
  readonly falco: FalcoAnalysis;
  readonly audit: AuditAnalysis;
  readonly validator: () => ValidatorChoice;
}

export type Emit = (finding: RawFinding) => void;

export interface RuntimeRule {
  readonly info: RuleInfo;
  check(input: RuntimeInput, emit: Emit): void;
}

/** A finding on a path inside a source's content. */
export function findingAt(
  ruleId: string,
  source: ContentSource,
  path: FieldPath,
  message: string,
  fix?: Fix,
): RawFinding {
  return {
    ruleId,
    object: source.holder,
    path: [...source.prefix, ...path],
    message,
    // a fix sets YAML fields; inside embedded text there are none to set, only a string
    ...(fix && source.prefix.length === 0 ? { fix } : {}),
  };
}
