/**
 * NetworkPolicy coverage as a rule family: one reachability analysis of the
 * input (engines/netpol), then each rule reads from it. Engine options come
 * from the config file's `netpol:` section. Policies the API server would
 * reject are left out of the analysis, as a cluster would never hold them,
 * and reported as errors (exit 2), as `kubegate netpol` does.
 */
import { Reachability, readNetpolInput } from '../../engines/netpol/reachability.js';
import type { RuleFamily } from '../types.js';
import { allowAll } from './allow-all.js';
import { dangling } from './dangling.js';
import { externalExposure } from './external-exposure.js';
import { namespaceDefaultDeny } from './namespace-default-deny.js';
import { netpolOptionsFromConfig, type NetpolRule } from './support.js';
import { workloadNotIsolated } from './workload-not-isolated.js';

export const NETPOL_RULES: readonly NetpolRule[] = [
  namespaceDefaultDeny,
  workloadNotIsolated,
  allowAll,
  dangling,
  externalExposure,
];

export const netpolFamily: RuleFamily = {
  rules: NETPOL_RULES.map((rule) => rule.info),
  analyze(context, emit) {
    const enabled = NETPOL_RULES.filter((rule) => context.isEnabled(rule.info.id));
    if (enabled.length === 0) return;
    const { options } = netpolOptionsFromConfig(context.settings.config);
    const input = readNetpolInput(context.objects);
    for (const issue of input.issues) context.reportError(issue.object, issue.path, issue.message);
    const reachability = new Reachability(input, options);
    for (const rule of enabled) rule.check(reachability, emit);
  },
};
