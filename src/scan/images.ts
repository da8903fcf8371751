/**
 * Every image the rendered manifests deploy, once per distinct reference
 * (normalised by the container reference grammar, so `nginx:1.25` and
 * `docker.io/library/nginx:1.25` are one image), with every place it is used.
 * Sites are the image rules' own (containers of all three lists, image
 * volumes, in every workload kind); locations point at the line a person edits.
 */
import { formatImageReference, parseImageReference, type ImageReference } from '../engines/image-ref.js';
import { resourceRef, type ResourceRef, type SourceObject } from '../model/objects.js';
import { formatPath, type FieldPath } from '../model/path.js';
import { podTemplates } from '../model/workloads.js';
import { imageSites } from '../rules/images/sites.js';

export interface ImageUse {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly resource: ResourceRef;
  /** field path of the image in the object, e.g. spec.template.spec.containers[0].image */
  readonly path: string;
  /** `container "app"`, `init container "migrate"`, `image volume "models"` */
  readonly site: string;
  /** the reference as written there */
  readonly written: string;
  /** for findings: the object and path they attach to */
  readonly object: SourceObject;
  readonly fieldPath: FieldPath;
}

export interface DeployedImage {
  /** normalised: registry/repository[:tag][@digest] */
  readonly image: string;
  readonly reference: ImageReference;
  readonly uses: readonly ImageUse[];
}

export interface InvalidImage {
  readonly written: unknown;
  readonly reason: string;
  readonly use: ImageUse;
}

export interface ImageInventory {
  readonly images: DeployedImage[];
  /** references that do not parse: they cannot be scanned */
  readonly invalid: InvalidImage[];
}

export function collectImages(objects: readonly SourceObject[]): ImageInventory {
  const byImage = new Map<string, { reference: ImageReference; uses: ImageUse[] }>();
  const invalid: InvalidImage[] = [];
  for (const template of podTemplates(objects)) {
    for (const site of imageSites(template)) {
      const located = site.object.locate(site.path);
      const file = typeof located.file === 'string' ? located.file : site.object.file;
      const use: ImageUse = {
        file,
        line: located.line,
        column: located.column,
        resource: resourceRef(site.object.value),
        path: formatPath(site.path),
        site: site.label,
        written: typeof site.image === 'string' ? site.image : '',
        object: site.object,
        fieldPath: site.path,
      };
      const parsed = typeof site.image === 'string' ? parseImageReference(site.image) : undefined;
      if (!parsed?.ok) {
        invalid.push({
          written: site.image,
          reason: parsed ? parsed.reason : 'no image is set',
          use,
        });
        continue;
      }
      const image = formatImageReference(parsed.reference);
      const entry = byImage.get(image) ?? { reference: parsed.reference, uses: [] };
      entry.uses.push(use);
      byImage.set(image, entry);
    }
  }
  const images = [...byImage.entries()]
    .map(([image, entry]) => ({ image, reference: entry.reference, uses: entry.uses.sort(compareUses) }))
    .sort((a, b) => (a.image < b.image ? -1 : a.image > b.image ? 1 : 0));
  return { images, invalid };
}

function compareUses(a: ImageUse, b: ImageUse): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
}

/** How a use is named in reports: file:line and the resource. */
export function describeUse(use: Pick<ImageUse, 'file' | 'line' | 'resource' | 'site'>): string {
  const { kind, namespace, name } = use.resource;
  return `${use.file}:${use.line} ${kind}/${namespace ? `${namespace}/` : ''}${name} ${use.site}`;
}
