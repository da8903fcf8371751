/**
 * What the NetworkPolicy rules share: the rule shape (info + a check over one
 * reachability analysis), the engine options read from the config file's
 * `netpol:` section, and the classes each workload's pods fall into.
 */
import type { ConfigFile } from '../../config/config-file.js';
import type { FieldPath } from '../../model/path.js';
import { parseCidr, type Cidr } from '../../engines/netpol/ip.js';
import type { Workload } from '../../engines/netpol/model.js';
import type { NetpolOptions, Reachability } from '../../engines/netpol/reachability.js';
import type { RawFinding, RuleInfo } from '../types.js';

export const NETPOL_TIER = 'high';

export interface NetpolRule {
  readonly info: RuleInfo;
  check(reachability: Reachability, emit: (finding: RawFinding) => void): void;
}

/** Engine options from `netpol:` in the config file; invalid CIDRs are returned separately. */
export function netpolOptionsFromConfig(
  config: ConfigFile,
  overrides: { ipBlockMatchesPods?: boolean } = {},
): { options: NetpolOptions; invalidCidrs: Array<{ index: number; text: string }> } {
  const section = config.netpol ?? {};
  const clusterCidrs: Cidr[] = [];
  const invalidCidrs: Array<{ index: number; text: string }> = [];
  (section.clusterCidrs ?? []).forEach((text, index) => {
    const cidr = parseCidr(text);
    if (cidr) clusterCidrs.push(cidr);
    else invalidCidrs.push({ index, text });
  });
  return {
    options: {
      ipBlockMatchesPods: overrides.ipBlockMatchesPods ?? section.ipBlockMatchesPods ?? false,
      ...(clusterCidrs.length > 0 ? { clusterCidrs } : {}),
    },
    invalidCidrs,
  };
}

/** The class (node) indices of each workload's pods. */
export function nodesByWorkload(reachability: Reachability): Map<Workload, number[]> {
  const map = new Map<Workload, number[]>();
  for (const node of reachability.nodes) {
    if (node.kind !== 'pods') continue;
    for (const { workload } of node.members) {
      const list = map.get(workload) ?? [];
      if (!list.includes(node.index)) list.push(node.index);
      map.set(workload, list);
    }
  }
  return map;
}

/** Where a finding about a workload points: the labels of its pod template. */
export function workloadLabelsPath(workload: Workload): FieldPath {
  return [...workload.prefix, 'metadata', 'labels'];
}

/** `spec.ingress[0]`, for messages. */
export function ruleName(direction: 'ingress' | 'egress', index: number): string {
  return `${direction}[${index}]`;
}
