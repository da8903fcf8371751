import { LATEST_PSS_VERSION, type PssVersion } from './types.js';

/**
 * `v1.N` or `latest` to a minor version. As upstream, a version newer than the
 * newest known policy evaluates with the newest implementation of each check.
 */
export function parsePssVersion(text: string): PssVersion {
  if (text === 'latest') return LATEST_PSS_VERSION;
  const match = /^v1\.(\d{1,3})$/.exec(text);
  if (!match) throw new Error(`Pod Security version must be v1.N or latest, not "${text}"`);
  return Number(match[1]);
}
