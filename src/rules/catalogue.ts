/** Every rule family kubegate runs, in report order. */
import { pssFamily } from './pss/family.js';
import type { RuleFamily, RuleInfo } from './types.js';

export const RULE_FAMILIES: readonly RuleFamily[] = [pssFamily];

export function ruleCatalogue(): RuleInfo[] {
  return RULE_FAMILIES.flatMap((family) => family.rules);
}
