/**
 * Connection sets: for each protocol NetworkPolicy knows (SCTP, TCP, UDP),
 * the destination ports allowed, as sorted disjoint inclusive ranges within
 * 1..65535. Immutable; the text form is the one `kubegate netpol list` prints:
 * `All Connections`, or protocols in alphabetical order, each with its ports
 * ascending and ranges as `a-b`, all joined by commas
 * (`SCTP 1-65535,TCP 1-79,81-65535,UDP 1-65535`).
 */

export const PROTOCOLS = ['SCTP', 'TCP', 'UDP'] as const;
export type Protocol = (typeof PROTOCOLS)[number];

export const MIN_PORT = 1;
export const MAX_PORT = 65535;

/** [first, last] inclusive */
export type PortRange = readonly [number, number];
type PortRanges = readonly PortRange[];

const FULL: PortRanges = [[MIN_PORT, MAX_PORT]];

export function isProtocol(value: unknown): value is Protocol {
  return typeof value === 'string' && (PROTOCOLS as readonly string[]).includes(value);
}

function normalize(ranges: PortRange[]): PortRanges {
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [lo, hi] of ranges) {
    const last = merged[merged.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else merged.push([lo, hi]);
  }
  return merged;
}

function intersectRanges(a: PortRanges, b: PortRanges): PortRanges {
  const result: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const lo = Math.max(a[i]![0], b[j]![0]);
    const hi = Math.min(a[i]![1], b[j]![1]);
    if (lo <= hi) result.push([lo, hi]);
    if (a[i]![1] < b[j]![1]) i++;
    else j++;
  }
  return result;
}

function subtractRanges(a: PortRanges, b: PortRanges): PortRanges {
  let current: Array<[number, number]> = a.map(([lo, hi]) => [lo, hi]);
  for (const [cutLo, cutHi] of b) {
    const next: Array<[number, number]> = [];
    for (const [lo, hi] of current) {
      if (cutHi < lo || cutLo > hi) {
        next.push([lo, hi]);
        continue;
      }
      if (cutLo > lo) next.push([lo, cutLo - 1]);
      if (cutHi < hi) next.push([cutHi + 1, hi]);
    }
    current = next;
  }
  return current;
}

function isFull(ranges: PortRanges): boolean {
  return ranges.length === 1 && ranges[0]![0] === MIN_PORT && ranges[0]![1] === MAX_PORT;
}

function sameRanges(a: PortRanges, b: PortRanges): boolean {
  return a.length === b.length && a.every((range, i) => range[0] === b[i]![0] && range[1] === b[i]![1]);
}

export class Conn {
  static readonly NONE = new Conn([[], [], []]);
  static readonly ALL = new Conn([FULL, FULL, FULL]);

  private text: string | undefined;

  /** ports by protocol, in the order of PROTOCOLS */
  private constructor(private readonly byProtocol: readonly [PortRanges, PortRanges, PortRanges]) {}

  /** Ports of one protocol; `ranges` need not be sorted or disjoint. */
  static of(protocol: Protocol, ranges: readonly PortRange[]): Conn {
    const parts: [PortRanges, PortRanges, PortRanges] = [[], [], []];
    parts[PROTOCOLS.indexOf(protocol)] = normalize(ranges.map(([lo, hi]) => [lo, hi]));
    return Conn.make(parts);
  }

  static allPorts(protocol: Protocol): Conn {
    return Conn.of(protocol, FULL);
  }

  private static make(parts: [PortRanges, PortRanges, PortRanges]): Conn {
    if (parts.every((ranges) => ranges.length === 0)) return Conn.NONE;
    if (parts.every(isFull)) return Conn.ALL;
    return new Conn(parts);
  }

  get isEmpty(): boolean {
    return this === Conn.NONE;
  }

  get isAll(): boolean {
    return this === Conn.ALL;
  }

  ports(protocol: Protocol): readonly PortRange[] {
    return this.byProtocol[PROTOCOLS.indexOf(protocol)]!;
  }

  union(other: Conn): Conn {
    if (this === other || other.isEmpty || this.isAll) return this;
    if (this.isEmpty || other.isAll) return other;
    return Conn.make(
      [0, 1, 2].map((i) => normalize([...this.byProtocol[i]!, ...other.byProtocol[i]!])) as [
        PortRanges,
        PortRanges,
        PortRanges,
      ],
    );
  }

  intersect(other: Conn): Conn {
    if (this === other || other.isAll || this.isEmpty) return this;
    if (this.isAll || other.isEmpty) return other;
    return Conn.make(
      [0, 1, 2].map((i) => intersectRanges(this.byProtocol[i]!, other.byProtocol[i]!)) as [
        PortRanges,
        PortRanges,
        PortRanges,
      ],
    );
  }

  subtract(other: Conn): Conn {
    if (other.isEmpty || this.isEmpty) return this;
    if (other.isAll || this === other) return Conn.NONE;
    return Conn.make(
      [0, 1, 2].map((i) => subtractRanges(this.byProtocol[i]!, other.byProtocol[i]!)) as [
        PortRanges,
        PortRanges,
        PortRanges,
      ],
    );
  }

  allows(protocol: Protocol, port: number): boolean {
    return this.ports(protocol).some(([lo, hi]) => lo <= port && port <= hi);
  }

  equals(other: Conn): boolean {
    return this === other || this.byProtocol.every((ranges, i) => sameRanges(ranges, other.byProtocol[i]!));
  }

  /** `All Connections`, `TCP 80,UDP 53`, or `No Connections` for the empty set. */
  toString(): string {
    if (this.text !== undefined) return this.text;
    if (this.isAll) this.text = 'All Connections';
    else if (this.isEmpty) this.text = 'No Connections';
    else {
      const parts: string[] = [];
      PROTOCOLS.forEach((protocol, i) => {
        const ranges = this.byProtocol[i]!;
        if (ranges.length === 0) return;
        parts.push(
          `${protocol} ${ranges.map(([lo, hi]) => (lo === hi ? `${lo}` : `${lo}-${hi}`)).join(',')}`,
        );
      });
      this.text = parts.join(',');
    }
    return this.text;
  }
}
