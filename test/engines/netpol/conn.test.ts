import { describe, expect, test } from 'vitest';
import { Conn } from '../../../src/engines/netpol/conn.js';

describe('Conn', () => {
  test('prints protocols alphabetically, ports ascending, ranges as a-b', () => {
    const conn = Conn.of('UDP', [[53, 53]])
      .union(Conn.of('TCP', [[8080, 8080]]))
      .union(Conn.of('TCP', [[80, 80]]))
      .union(Conn.of('TCP', [[1000, 2000]]));
    expect(conn.toString()).toBe('TCP 80,1000-2000,8080,UDP 53');
  });

  test('everything but one port reads as the upstream example', () => {
    const conn = Conn.ALL.subtract(Conn.of('TCP', [[80, 80]]));
    expect(conn.toString()).toBe('SCTP 1-65535,TCP 1-79,81-65535,UDP 1-65535');
  });

  test('union of all protocols with all ports is All Connections', () => {
    const all = Conn.allPorts('TCP').union(Conn.allPorts('UDP')).union(Conn.allPorts('SCTP'));
    expect(all.isAll).toBe(true);
    expect(all.toString()).toBe('All Connections');
  });

  test('overlapping and adjacent ranges merge', () => {
    expect(
      Conn.of('TCP', [
        [10, 20],
        [15, 30],
        [31, 40],
        [50, 50],
      ]).toString(),
    ).toBe('TCP 10-40,50');
  });

  test('intersection keeps what both allow', () => {
    const left = Conn.of('TCP', [[1, 100]]).union(Conn.of('UDP', [[53, 53]]));
    const right = Conn.of('TCP', [[80, 443]]);
    expect(left.intersect(right).toString()).toBe('TCP 80-100');
    expect(left.intersect(Conn.of('SCTP', [[1, 9]])).isEmpty).toBe(true);
    expect(Conn.ALL.intersect(right)).toBe(right);
  });

  test('allows and equals', () => {
    const conn = Conn.of('TCP', [[8000, 8100]]);
    expect(conn.allows('TCP', 8000)).toBe(true);
    expect(conn.allows('TCP', 8101)).toBe(false);
    expect(conn.allows('UDP', 8000)).toBe(false);
    expect(
      conn.equals(
        Conn.of('TCP', [
          [8000, 8050],
          [8051, 8100],
        ]),
      ),
    ).toBe(true);
    expect(conn.equals(Conn.of('TCP', [[8000, 8099]]))).toBe(false);
  });
});
