/** Builders for the RBAC engine tests: manifests from YAML text, and a graph over them. */
import type { SourceObject } from '../../../src/model/objects.js';
import { parseManifests } from '../../../src/render/loader.js';
import { RbacGraph, type GraphOptions } from '../../../src/engines/rbac/graph.js';

export function objectsFrom(yaml: string, file = 'rbac.yaml'): SourceObject[] {
  const result = parseManifests(file, yaml);
  if ('error' in result) throw new Error(`test YAML does not parse: ${result.error.message}`);
  return result.objects;
}

export function graphOf(yaml: string, options: GraphOptions = {}): RbacGraph {
  return new RbacGraph(objectsFrom(yaml), options);
}
