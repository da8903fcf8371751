/**
 * IP addresses, CIDRs and address sets for NetworkPolicy ipBlocks.
 *
 * Addresses are bigints (IPv4 in 0..2^32-1, IPv6 in 0..2^128-1) tagged with
 * their family; a set is a sorted list of disjoint, non-adjacent ranges. CIDR
 * parsing follows Go's net.ParseCIDR, which the API server uses: the prefix
 * length is required, host bits are masked off (10.1.2.3/8 is 10.0.0.0/8),
 * IPv4 octets take no leading zeros.
 */

export type IpFamily = 4 | 6;

export interface IpRange {
  readonly family: IpFamily;
  /** first address, inclusive */
  readonly lo: bigint;
  /** last address, inclusive */
  readonly hi: bigint;
}

export interface Cidr extends IpRange {
  readonly prefix: number;
  /** canonical text, e.g. 10.0.0.0/8 */
  readonly text: string;
}

const BITS: Record<IpFamily, number> = { 4: 32, 6: 128 };

export function maxAddress(family: IpFamily): bigint {
  return (1n << BigInt(BITS[family])) - 1n;
}

/** The whole address space of a family. */
export function fullRange(family: IpFamily): IpRange {
  return { family, lo: 0n, hi: maxAddress(family) };
}

const IPV4_OCTET = /^(0|[1-9][0-9]{0,2})$/;

function parseIpv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    if (!IPV4_OCTET.test(part)) return undefined;
    const octet = Number(part);
    if (octet > 255) return undefined;
    value = (value << 8n) | BigInt(octet);
  }
  return value;
}

const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;

function parseIpv6(input: string): bigint | undefined {
  // an embedded IPv4 tail (::ffff:10.0.0.1) stands for the last two groups
  let text = input;
  const lastColon = text.lastIndexOf(':');
  if (text.slice(lastColon + 1).includes('.')) {
    const tail = parseIpv4(text.slice(lastColon + 1));
    if (tail === undefined) return undefined;
    text = `${text.slice(0, lastColon + 1)}${(tail >> 16n).toString(16)}:${(tail & 0xffffn).toString(16)}`;
  }
  const doubleColon = text.indexOf('::');
  if (doubleColon !== text.lastIndexOf('::')) return undefined;
  let groups: string[];
  if (doubleColon >= 0) {
    const head = text.slice(0, doubleColon);
    const rest = text.slice(doubleColon + 2);
    const headGroups = head === '' ? [] : head.split(':');
    const restGroups = rest === '' ? [] : rest.split(':');
    const missing = 8 - headGroups.length - restGroups.length;
    if (missing < 1) return undefined;
    groups = [...headGroups, ...Array<string>(missing).fill('0'), ...restGroups];
  } else {
    groups = text.split(':');
  }
  if (groups.length !== 8) return undefined;
  let value = 0n;
  for (const group of groups) {
    if (!HEX_GROUP.test(group)) return undefined;
    value = (value << 16n) | BigInt(parseInt(group, 16));
  }
  return value;
}

/** An address in either family, or undefined when the text is not one. */
export function parseIp(text: string): { family: IpFamily; value: bigint } | undefined {
  if (text.includes(':')) {
    const value = parseIpv6(text);
    return value === undefined ? undefined : { family: 6, value };
  }
  const value = parseIpv4(text);
  return value === undefined ? undefined : { family: 4, value };
}

/** A CIDR as the API server reads it, or undefined when the text is not one. */
export function parseCidr(text: string): Cidr | undefined {
  const slash = text.indexOf('/');
  if (slash < 0) return undefined;
  const address = parseIp(text.slice(0, slash));
  const prefixText = text.slice(slash + 1);
  if (!address || !/^(0|[1-9][0-9]{0,2})$/.test(prefixText)) return undefined;
  const prefix = Number(prefixText);
  const bits = BITS[address.family];
  if (prefix > bits) return undefined;
  const hostBits = BigInt(bits - prefix);
  const lo = (address.value >> hostBits) << hostBits;
  const hi = lo | ((1n << hostBits) - 1n);
  return { family: address.family, lo, hi, prefix, text: `${formatIp(address.family, lo)}/${prefix}` };
}

export function formatIp(family: IpFamily, value: bigint): string {
  if (family === 4) {
    return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join('.');
  }
  const groups: number[] = [];
  for (let shift = 112n; shift >= 0n; shift -= 16n) groups.push(Number((value >> shift) & 0xffffn));
  // RFC 5952: the longest run of two or more zero groups becomes "::" (the first on a tie)
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((group) => group.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

/** `a.b.c.d-e.f.g.h`, the way connections name external peers. */
export function formatRange(range: IpRange): string {
  return `${formatIp(range.family, range.lo)}-${formatIp(range.family, range.hi)}`;
}

function compareRanges(a: IpRange, b: IpRange): number {
  if (a.family !== b.family) return a.family - b.family;
  return a.lo < b.lo ? -1 : a.lo > b.lo ? 1 : 0;
}

/** An immutable set of addresses: sorted, disjoint, non-adjacent ranges. */
export class AddressSet {
  static readonly EMPTY = new AddressSet([]);

  private constructor(readonly ranges: readonly IpRange[]) {}

  static of(ranges: readonly IpRange[]): AddressSet {
    const sorted = [...ranges].sort(compareRanges);
    const merged: IpRange[] = [];
    for (const range of sorted) {
      const last = merged[merged.length - 1];
      if (last && last.family === range.family && range.lo <= last.hi + 1n) {
        if (range.hi > last.hi)
          merged[merged.length - 1] = { family: last.family, lo: last.lo, hi: range.hi };
      } else {
        merged.push({ family: range.family, lo: range.lo, hi: range.hi });
      }
    }
    return new AddressSet(merged);
  }

  get isEmpty(): boolean {
    return this.ranges.length === 0;
  }

  union(other: AddressSet): AddressSet {
    return AddressSet.of([...this.ranges, ...other.ranges]);
  }

  subtract(other: AddressSet): AddressSet {
    let current: IpRange[] = [...this.ranges];
    for (const cut of other.ranges) {
      const next: IpRange[] = [];
      for (const range of current) {
        if (range.family !== cut.family || cut.hi < range.lo || cut.lo > range.hi) {
          next.push(range);
          continue;
        }
        if (cut.lo > range.lo) next.push({ family: range.family, lo: range.lo, hi: cut.lo - 1n });
        if (cut.hi < range.hi) next.push({ family: range.family, lo: cut.hi + 1n, hi: range.hi });
      }
      current = next;
    }
    return new AddressSet(current);
  }

  intersect(other: AddressSet): AddressSet {
    const result: IpRange[] = [];
    for (const a of this.ranges) {
      for (const b of other.ranges) {
        if (a.family !== b.family) continue;
        const lo = a.lo > b.lo ? a.lo : b.lo;
        const hi = a.hi < b.hi ? a.hi : b.hi;
        if (lo <= hi) result.push({ family: a.family, lo, hi });
      }
    }
    return AddressSet.of(result);
  }

  intersects(other: AddressSet): boolean {
    return !this.intersect(other).isEmpty;
  }

  /** true when every address of the range is in the set */
  containsRange(range: IpRange): boolean {
    return this.ranges.some((own) => own.family === range.family && own.lo <= range.lo && own.hi >= range.hi);
  }

  containsAddress(family: IpFamily, value: bigint): boolean {
    return this.ranges.some((own) => own.family === family && own.lo <= value && own.hi >= value);
  }

  /** true when the set holds all of `other` */
  covers(other: AddressSet): boolean {
    return other.subtract(this).isEmpty;
  }

  toString(): string {
    return this.ranges.map(formatRange).join(',');
  }
}

export function cidrSet(cidr: IpRange): AddressSet {
  return AddressSet.of([cidr]);
}

/**
 * Address ranges that may hold pod networks when the cluster's own ranges are
 * not configured: the private ranges of RFC 1918, the shared range of RFC 6598
 * (used by several managed CNIs) and IPv6 unique local addresses.
 */
export const DEFAULT_POD_NETWORKS: readonly string[] = [
  '10.0.0.0/8',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '100.64.0.0/10',
  'fc00::/7',
];
