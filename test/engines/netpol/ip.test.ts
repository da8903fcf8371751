import { describe, expect, test } from 'vitest';
import { AddressSet, formatIp, formatRange, parseCidr, parseIp } from '../../../src/engines/netpol/ip.js';

describe('parseCidr', () => {
  test('reads IPv4 and IPv6 CIDRs and masks host bits as Go does', () => {
    expect(parseCidr('10.1.2.3/8')).toMatchObject({ family: 4, prefix: 8, text: '10.0.0.0/8' });
    expect(parseCidr('0.0.0.0/0')).toMatchObject({ lo: 0n, hi: 0xffffffffn });
    expect(parseCidr('192.168.1.7/32')).toMatchObject({ lo: 0xc0a80107n, hi: 0xc0a80107n });
    expect(parseCidr('2001:db8::1/64')).toMatchObject({ family: 6, text: '2001:db8::/64' });
    expect(parseCidr('::/0')?.hi).toBe((1n << 128n) - 1n);
    expect(parseCidr('::ffff:10.0.0.1/128')?.lo).toBe(0xffff0a000001n);
  });

  test('refuses what net.ParseCIDR refuses', () => {
    for (const bad of [
      '10.0.0.0',
      '10.0.0.0/33',
      '10.0.0/8',
      '010.0.0.0/8',
      '256.0.0.0/8',
      '1::2::3/64',
      'fe80::/129',
      '10.0.0.0/-1',
      '',
    ]) {
      expect(parseCidr(bad), bad).toBeUndefined();
    }
  });
});

describe('formatting', () => {
  test('IPv6 is written the RFC 5952 way', () => {
    expect(formatIp(6, parseIp('2001:0db8:0000:0000:0001:0000:0000:0001')!.value)).toBe('2001:db8::1:0:0:1');
    expect(formatIp(6, 0n)).toBe('::');
    expect(formatIp(6, 1n)).toBe('::1');
    expect(formatIp(6, (1n << 128n) - 1n)).toBe('ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff');
  });

  test('ranges as first-last', () => {
    expect(formatRange(parseCidr('10.0.0.0/8')!)).toBe('10.0.0.0-10.255.255.255');
  });
});

describe('AddressSet', () => {
  const set = (...cidrs: string[]) => AddressSet.of(cidrs.map((text) => parseCidr(text)!));

  test('subtracting an except leaves the ranges around it', () => {
    expect(set('0.0.0.0/0').subtract(set('10.0.0.0/8')).toString()).toBe(
      '0.0.0.0-9.255.255.255,11.0.0.0-255.255.255.255',
    );
  });

  test('adjacent ranges merge, families stay apart', () => {
    expect(set('10.0.0.0/9', '10.128.0.0/9', '::/0').ranges).toHaveLength(2);
    expect(set('10.0.0.0/9', '10.128.0.0/9').toString()).toBe('10.0.0.0-10.255.255.255');
  });

  test('intersection, containment, coverage', () => {
    const block = set('10.0.0.0/8').subtract(set('10.1.0.0/16'));
    expect(block.intersects(set('10.1.2.0/24'))).toBe(false);
    expect(block.intersects(set('10.2.0.0/16'))).toBe(true);
    expect(block.containsRange(parseCidr('10.2.0.0/16')!)).toBe(true);
    expect(block.containsRange(parseCidr('10.0.0.0/15')!)).toBe(false);
    expect(block.containsAddress(4, parseIp('10.1.0.5')!.value)).toBe(false);
    expect(set('0.0.0.0/0').covers(block)).toBe(true);
    expect(block.covers(set('10.0.0.0/8'))).toBe(false);
  });
});
