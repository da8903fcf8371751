/**
 * NetworkPolicy (networking.k8s.io/v1) read with the API server's defaulting
 * and validation, so the engine only ever sees policies a cluster would hold.
 *
 * - spec.podSelector selects pods in the policy's namespace; {} selects all.
 * - policyTypes, when absent or empty, is [Ingress] plus Egress when spec.egress
 *   has at least one rule. When given, it alone decides which directions the
 *   policy isolates: rules for a direction it does not name have no effect.
 * - A rule with no `from`/`to` (or an empty list) matches every peer, in the
 *   cluster and outside it; with no `ports` (or an empty list) every port.
 * - A peer sets podSelector and/or namespaceSelector (ANDed: pods matching the
 *   one in namespaces matching the other; podSelector alone means the policy's
 *   namespace), or ipBlock alone (a CIDR minus its `except` CIDRs, each a strict
 *   subset of it). Separate peers of a rule are ORed.
 * - A port has protocol TCP (default), UDP or SCTP; port a number 1..65535 or an
 *   IANA service name (resolved against the destination pod's container ports);
 *   endPort (>= port) only with a numeric port. No port means all ports of the
 *   protocol.
 */
import { apiGroup, isRecord, type SourceObject } from '../../model/objects.js';
import type { FieldPath } from '../../model/path.js';
import { isProtocol, MAX_PORT, MIN_PORT, type Protocol } from './conn.js';
import { AddressSet, cidrSet, parseCidr, type Cidr } from './ip.js';
import { nameOf, namespaceOf, type NetpolIssue } from './model.js';
import { parseSelector, type Selector, type SelectorError } from './selector.js';

export type Direction = 'ingress' | 'egress';

export interface SelectorPeer {
  readonly kind: 'selector';
  readonly path: FieldPath;
  /** undefined: the policy's own namespace */
  readonly namespaceSelector?: Selector;
  /** undefined: every pod of the selected namespaces */
  readonly podSelector?: Selector;
}

export interface IpBlockPeer {
  readonly kind: 'ipBlock';
  readonly path: FieldPath;
  readonly cidr: Cidr;
  readonly except: readonly Cidr[];
  /** cidr minus except */
  readonly addresses: AddressSet;
}

export type PolicyPeer = SelectorPeer | IpBlockPeer;

export interface PolicyPort {
  readonly path: FieldPath;
  readonly protocol: Protocol;
  /** undefined: every port of the protocol */
  readonly port?: number | string;
  readonly endPort?: number;
}

export interface PolicyRule {
  readonly direction: Direction;
  readonly index: number;
  /** spec.ingress[i] or spec.egress[i] */
  readonly path: FieldPath;
  /** undefined: every peer (the rule has no from/to) */
  readonly peers?: readonly PolicyPeer[];
  /** undefined: every port and protocol */
  readonly ports?: readonly PolicyPort[];
}

export interface Policy {
  readonly object: SourceObject;
  readonly namespace: string;
  readonly name: string;
  /** `ns/name`, for messages */
  readonly id: string;
  readonly podSelector: Selector;
  readonly ingress: boolean;
  readonly egress: boolean;
  /** true when policyTypes was not written and was inferred */
  readonly inferredTypes: boolean;
  /** only the rules of the directions the policy isolates */
  readonly ingressRules: readonly PolicyRule[];
  readonly egressRules: readonly PolicyRule[];
}

export function isNetworkPolicy(object: SourceObject): boolean {
  return (
    object.value.kind === 'NetworkPolicy' &&
    ['networking.k8s.io', 'extensions'].includes(apiGroup(object.value.apiVersion))
  );
}

/** IANA_SVC_NAME: 1-15 lowercase letters, digits and single hyphens, at least one letter. */
export function isValidPortName(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= 15 &&
    /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(name) &&
    !name.includes('--') &&
    /[a-z]/.test(name)
  );
}

/** The policy, or undefined when the API server would reject it (issues say why). */
export function readPolicy(object: SourceObject, issues: NetpolIssue[]): Policy | undefined {
  const before = issues.length;
  const report = (path: FieldPath, message: string) => issues.push({ object, path, message });
  const spec = object.value.spec;
  if (spec !== undefined && spec !== null && !isRecord(spec)) {
    report(['spec'], 'spec must be a mapping');
    return undefined;
  }
  const body = isRecord(spec) ? spec : {};
  const selectorErrors: SelectorError[] = [];
  const podSelector = parseSelector(body.podSelector, ['spec', 'podSelector'], selectorErrors);

  const ingressList = listAt(body, 'ingress', report);
  const egressList = listAt(body, 'egress', report);

  let ingress: boolean;
  let egress: boolean;
  let inferredTypes = false;
  const types = body.policyTypes;
  if (types === undefined || types === null || (Array.isArray(types) && types.length === 0)) {
    inferredTypes = true;
    ingress = true;
    egress = (egressList?.length ?? 0) > 0;
  } else if (!Array.isArray(types)) {
    report(['spec', 'policyTypes'], 'policyTypes must be a list');
    return undefined;
  } else {
    if (types.length > 2) report(['spec', 'policyTypes'], 'may not name more than two policyTypes');
    types.forEach((type, index) => {
      if (type !== 'Ingress' && type !== 'Egress')
        report(
          ['spec', 'policyTypes', index],
          `policyType must be Ingress or Egress, not ${JSON.stringify(type)}`,
        );
    });
    ingress = types.includes('Ingress');
    egress = types.includes('Egress');
  }

  const ingressRules = (ingressList ?? []).map((rule, index) =>
    readRule(rule, 'ingress', index, report, selectorErrors),
  );
  const egressRules = (egressList ?? []).map((rule, index) =>
    readRule(rule, 'egress', index, report, selectorErrors),
  );
  for (const error of selectorErrors) report(error.path, error.message);
  if (issues.length > before || !podSelector) return undefined;

  const namespace = namespaceOf(object);
  const name = nameOf(object);
  return {
    object,
    namespace,
    name,
    id: `${namespace}/${name}`,
    podSelector,
    ingress,
    egress,
    inferredTypes,
    ingressRules: ingress ? ingressRules.filter((rule): rule is PolicyRule => rule !== undefined) : [],
    egressRules: egress ? egressRules.filter((rule): rule is PolicyRule => rule !== undefined) : [],
  };
}

function listAt(
  body: Record<string, unknown>,
  key: string,
  report: (path: FieldPath, message: string) => void,
): unknown[] | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    report(['spec', key], `${key} must be a list of rules`);
    return undefined;
  }
  return value;
}

function readRule(
  value: unknown,
  direction: Direction,
  index: number,
  report: (path: FieldPath, message: string) => void,
  selectorErrors: SelectorError[],
): PolicyRule | undefined {
  const path: FieldPath = ['spec', direction, index];
  if (value === null || value === undefined) return { direction, index, path };
  if (!isRecord(value)) {
    report(path, 'rule must be a mapping');
    return undefined;
  }
  const peersKey = direction === 'ingress' ? 'from' : 'to';
  const rawPeers = value[peersKey];
  let peers: PolicyPeer[] | undefined;
  if (Array.isArray(rawPeers) && rawPeers.length > 0) {
    peers = [];
    rawPeers.forEach((peer, peerIndex) => {
      const parsed = readPeer(peer, [...path, peersKey, peerIndex], report, selectorErrors);
      if (parsed) peers!.push(parsed);
    });
  } else if (rawPeers !== undefined && rawPeers !== null && !Array.isArray(rawPeers)) {
    report([...path, peersKey], `${peersKey} must be a list of peers`);
  }
  const rawPorts = value.ports;
  let ports: PolicyPort[] | undefined;
  if (Array.isArray(rawPorts) && rawPorts.length > 0) {
    ports = [];
    rawPorts.forEach((port, portIndex) => {
      const parsed = readPort(port, [...path, 'ports', portIndex], report);
      if (parsed) ports!.push(parsed);
    });
  } else if (rawPorts !== undefined && rawPorts !== null && !Array.isArray(rawPorts)) {
    report([...path, 'ports'], 'ports must be a list');
  }
  return { direction, index, path, ...(peers ? { peers } : {}), ...(ports ? { ports } : {}) };
}

function readPeer(
  value: unknown,
  path: FieldPath,
  report: (path: FieldPath, message: string) => void,
  selectorErrors: SelectorError[],
): PolicyPeer | undefined {
  if (!isRecord(value)) {
    report(path, 'peer must be a mapping');
    return undefined;
  }
  const has = (key: string) => value[key] !== undefined && value[key] !== null;
  const count = ['podSelector', 'namespaceSelector', 'ipBlock'].filter(has).length;
  if (count === 0) {
    report(path, 'peer must set podSelector, namespaceSelector or ipBlock');
    return undefined;
  }
  if (has('ipBlock')) {
    if (count > 1) {
      report(path, 'peer may not set ipBlock together with podSelector or namespaceSelector');
      return undefined;
    }
    return readIpBlock(value.ipBlock, [...path, 'ipBlock'], report);
  }
  const podSelector = has('podSelector')
    ? parseSelector(value.podSelector, [...path, 'podSelector'], selectorErrors)
    : undefined;
  const namespaceSelector = has('namespaceSelector')
    ? parseSelector(value.namespaceSelector, [...path, 'namespaceSelector'], selectorErrors)
    : undefined;
  if ((has('podSelector') && !podSelector) || (has('namespaceSelector') && !namespaceSelector))
    return undefined;
  return {
    kind: 'selector',
    path,
    ...(namespaceSelector ? { namespaceSelector } : {}),
    ...(podSelector ? { podSelector } : {}),
  };
}

function readIpBlock(
  value: unknown,
  path: FieldPath,
  report: (path: FieldPath, message: string) => void,
): IpBlockPeer | undefined {
  if (!isRecord(value)) {
    report(path, 'ipBlock must be a mapping');
    return undefined;
  }
  if (typeof value.cidr !== 'string' || value.cidr === '') {
    report([...path, 'cidr'], 'ipBlock needs a cidr');
    return undefined;
  }
  const cidr = parseCidr(value.cidr);
  if (!cidr) {
    report(
      [...path, 'cidr'],
      `${JSON.stringify(value.cidr)} is not a valid CIDR (e.g. 10.0.0.0/8 or 2001:db8::/64)`,
    );
    return undefined;
  }
  const except: Cidr[] = [];
  const rawExcept = value.except ?? [];
  if (!Array.isArray(rawExcept)) {
    report([...path, 'except'], 'except must be a list of CIDRs');
    return undefined;
  }
  let valid = true;
  rawExcept.forEach((text, index) => {
    const exceptPath = [...path, 'except', index];
    const parsed = typeof text === 'string' ? parseCidr(text) : undefined;
    if (!parsed) {
      report(exceptPath, `${JSON.stringify(text)} is not a valid CIDR`);
      valid = false;
      return;
    }
    const inside = parsed.family === cidr.family && parsed.lo >= cidr.lo && parsed.hi <= cidr.hi;
    if (!inside || parsed.prefix <= cidr.prefix) {
      report(exceptPath, `${text} must be a strict subset of cidr ${cidr.text}`);
      valid = false;
      return;
    }
    except.push(parsed);
  });
  if (!valid) return undefined;
  const addresses = cidrSet(cidr).subtract(AddressSet.of(except));
  return { kind: 'ipBlock', path, cidr, except, addresses };
}

function readPort(
  value: unknown,
  path: FieldPath,
  report: (path: FieldPath, message: string) => void,
): PolicyPort | undefined {
  if (!isRecord(value)) {
    report(path, 'port must be a mapping');
    return undefined;
  }
  const protocol = value.protocol ?? 'TCP';
  if (!isProtocol(protocol)) {
    report([...path, 'protocol'], `protocol must be TCP, UDP or SCTP, not ${JSON.stringify(protocol)}`);
    return undefined;
  }
  const port = value.port;
  const endPort = value.endPort;
  const hasEnd = endPort !== undefined && endPort !== null;
  if (port === undefined || port === null) {
    if (hasEnd) {
      report([...path, 'endPort'], 'endPort may not be set without port');
      return undefined;
    }
    return { path, protocol };
  }
  if (typeof port === 'string') {
    if (hasEnd) {
      report([...path, 'endPort'], 'endPort may not be set when port is a name');
      return undefined;
    }
    if (!isValidPortName(port)) {
      report(
        [...path, 'port'],
        `${JSON.stringify(port)} is not a port number or name (names are 1-15 lowercase letters, digits and hyphens, with a letter)`,
      );
      return undefined;
    }
    return { path, protocol, port };
  }
  if (!isPortNumber(port)) {
    report([...path, 'port'], `port must be a number from ${MIN_PORT} to ${MAX_PORT} or a port name`);
    return undefined;
  }
  if (!hasEnd) return { path, protocol, port };
  if (!isPortNumber(endPort)) {
    report([...path, 'endPort'], `endPort must be a number from ${MIN_PORT} to ${MAX_PORT}`);
    return undefined;
  }
  if (endPort < port) {
    report([...path, 'endPort'], `endPort ${endPort} must be greater than or equal to port ${port}`);
    return undefined;
  }
  return { path, protocol, port, endPort };
}

function isPortNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= MIN_PORT && value <= MAX_PORT;
}

export function readPolicies(objects: readonly SourceObject[], issues: NetpolIssue[]): Policy[] {
  const policies: Policy[] = [];
  for (const object of objects) {
    if (!isNetworkPolicy(object)) continue;
    const policy = readPolicy(object, issues);
    if (policy) policies.push(policy);
  }
  return policies;
}
