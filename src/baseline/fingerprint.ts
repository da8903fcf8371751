/**
 * A finding's fingerprint identifies it across commits: rule, resource
 * identity (kind, namespace, name: not the apiVersion, which migrations
 * change) and field path. Not the file or the line, so moving an object or
 * adding lines above it keeps the finding "existing".
 *
 * The hash is MurmurHash3 (x86, 128 bit) of the UTF-8 identity: not for
 * secrecy, only to tell findings apart, and a finding costs a fraction of a
 * microsecond instead of the several a crypto hash object costs.
 */
import type { ResourceRef } from '../model/objects.js';

export function fingerprint(ruleId: string, resource: ResourceRef, path: string): string {
  const identity = [ruleId, resource.kind, resource.namespace ?? '', resource.name, path].join('\u0000');
  return murmur3x86_128(new TextEncoder().encode(identity));
}

/** MurmurHash3_x86_128 with seed 0, as 32 lowercase hex digits (h1..h4, each big-endian). */
export function murmur3x86_128(bytes: Uint8Array, seed = 0): string {
  const c1 = 0x239b961b;
  const c2 = 0xab0e9789;
  const c3 = 0x38b34ae5;
  const c4 = 0xa1e38b93;
  let h1 = seed >>> 0;
  let h2 = seed >>> 0;
  let h3 = seed >>> 0;
  let h4 = seed >>> 0;
  const blocks = bytes.length >>> 4;
  const word = (at: number) =>
    (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
  const rotl = (x: number, r: number) => ((x << r) | (x >>> (32 - r))) >>> 0;

  for (let i = 0; i < blocks; i++) {
    let k1 = word(i * 16);
    let k2 = word(i * 16 + 4);
    let k3 = word(i * 16 + 8);
    let k4 = word(i * 16 + 12);
    k1 = Math.imul(rotl(Math.imul(k1, c1), 15), c2);
    h1 = (Math.imul(rotl((h1 ^ k1) >>> 0, 19) + h2, 5) + 0x561ccd1b) >>> 0;
    k2 = Math.imul(rotl(Math.imul(k2, c2), 16), c3);
    h2 = (Math.imul(rotl((h2 ^ k2) >>> 0, 17) + h3, 5) + 0x0bcaa747) >>> 0;
    k3 = Math.imul(rotl(Math.imul(k3, c3), 17), c4);
    h3 = (Math.imul(rotl((h3 ^ k3) >>> 0, 15) + h4, 5) + 0x96cd1c35) >>> 0;
    k4 = Math.imul(rotl(Math.imul(k4, c4), 18), c1);
    h4 = (Math.imul(rotl((h4 ^ k4) >>> 0, 13) + h1, 5) + 0x32ac3b17) >>> 0;
  }

  // the last 1..15 bytes, little-endian into four words, each mixed like a block word
  const tail = blocks * 16;
  const tailLength = bytes.length & 15;
  const k = [0, 0, 0, 0];
  for (let i = 0; i < tailLength; i++) k[i >> 2]! ^= bytes[tail + i]! << ((i & 3) * 8);
  const mix = (value: number, first: number, rotation: number, second: number) =>
    Math.imul(rotl(Math.imul(value >>> 0, first) >>> 0, rotation), second) >>> 0;
  if (tailLength > 12) h4 = (h4 ^ mix(k[3]!, c4, 18, c1)) >>> 0;
  if (tailLength > 8) h3 = (h3 ^ mix(k[2]!, c3, 17, c4)) >>> 0;
  if (tailLength > 4) h2 = (h2 ^ mix(k[1]!, c2, 16, c3)) >>> 0;
  if (tailLength > 0) h1 = (h1 ^ mix(k[0]!, c1, 15, c2)) >>> 0;

  const length = bytes.length;
  h1 = (h1 ^ length) >>> 0;
  h2 = (h2 ^ length) >>> 0;
  h3 = (h3 ^ length) >>> 0;
  h4 = (h4 ^ length) >>> 0;
  h1 = (h1 + h2 + h3 + h4) >>> 0;
  h2 = (h2 + h1) >>> 0;
  h3 = (h3 + h1) >>> 0;
  h4 = (h4 + h1) >>> 0;
  h1 = fmix(h1);
  h2 = fmix(h2);
  h3 = fmix(h3);
  h4 = fmix(h4);
  h1 = (h1 + h2 + h3 + h4) >>> 0;
  h2 = (h2 + h1) >>> 0;
  h3 = (h3 + h1) >>> 0;
  h4 = (h4 + h1) >>> 0;
  return [h1, h2, h3, h4].map((h) => h.toString(16).padStart(8, '0')).join('');
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
