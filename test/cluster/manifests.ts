import type { SourceObject } from '../../src/model/objects.js';
import { parseManifests } from '../../src/render/loader.js';

/** The objects of a manifest text; a YAML error fails the test. */
export function parseObjects(file: string, text: string): SourceObject[] {
  const result = parseManifests(file, text);
  if ('error' in result)
    throw new Error(`${result.error.file}:${result.error.line}: ${result.error.message}`);
  return result.objects;
}
