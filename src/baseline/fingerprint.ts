/**
 * A finding's fingerprint identifies it across commits: rule, resource
 * identity (kind, namespace, name: not the apiVersion, which migrations
 * change) and field path. Not the file or the line, so moving an object or
 * adding lines above it keeps the finding "existing".
 */
import { createHash } from 'node:crypto';
import type { ResourceRef } from '../model/objects.js';

export function fingerprint(ruleId: string, resource: ResourceRef, path: string): string {
  const identity = [ruleId, resource.kind, resource.namespace ?? '', resource.name, path].join('\u0000');
  return createHash('sha256').update(identity).digest('hex').slice(0, 32);
}
