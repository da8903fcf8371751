/**
 * The Pod Security Admission label a Namespace enforces, and which
 * namespaces the config calls production (namespaces.production: globs of
 * namespace names; none by default).
 */
import type { Settings } from '../../config/settings.js';
import { compileGlobs } from '../../model/glob.js';
import { isRecord, type SourceObject } from '../../model/objects.js';
import type { FieldPath } from '../../model/path.js';

export const ENFORCE_LABEL = 'pod-security.kubernetes.io/enforce';
export const ENFORCE_LABEL_PATH: FieldPath = ['metadata', 'labels', ENFORCE_LABEL];

export interface NamespaceView {
  readonly object: SourceObject;
  readonly name: string;
  /** the enforce label's value; undefined when absent */
  readonly enforce: string | undefined;
}

/** v1 Namespace objects of the input */
export function namespaceViews(objects: readonly SourceObject[]): NamespaceView[] {
  const views: NamespaceView[] = [];
  for (const object of objects) {
    if (object.value.apiVersion !== 'v1' || object.value.kind !== 'Namespace') continue;
    const metadata = isRecord(object.value.metadata) ? object.value.metadata : {};
    const labels = isRecord(metadata.labels) ? metadata.labels : {};
    const enforce = labels[ENFORCE_LABEL];
    views.push({
      object,
      name: typeof metadata.name === 'string' ? metadata.name : '',
      enforce: enforce === undefined || enforce === null ? undefined : String(enforce),
    });
  }
  return views;
}

export function productionMatcher(settings: Settings): (name: string) => boolean {
  return compileGlobs(settings.config.namespaces?.production ?? []);
}
