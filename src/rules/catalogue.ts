/** Every rule family kubegate runs, in report order. */
import { clusterFamily } from '../cluster/rules.js';
import { imagesFamily } from './images/family.js';
import { namespacesFamily } from './namespaces/family.js';
import { netpolFamily } from './netpol/family.js';
import { pssFamily } from './pss/family.js';
import { rbacFamily } from './rbac/family.js';
import { runtimeFamily } from './runtime/family.js';
import { encryptionFamily } from './secrets/encryption-family.js';
import { secretsFamily } from './secrets/family.js';
import { workloadFamily } from './workload/family.js';
import type { RuleFamily, RuleInfo } from './types.js';
import { imageVulnerabilityFamily } from '../scan/rule.js';

export const RULE_FAMILIES: readonly RuleFamily[] = [
  pssFamily,
  workloadFamily,
  imagesFamily,
  secretsFamily,
  namespacesFamily,
  netpolFamily,
  rbacFamily,
  encryptionFamily,
  runtimeFamily,
  imageVulnerabilityFamily,
  clusterFamily,
];

export function ruleCatalogue(): RuleInfo[] {
  return RULE_FAMILIES.flatMap((family) => family.rules);
}
