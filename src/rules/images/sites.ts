/**
 * Every place a pod names an image: its init, regular and ephemeral
 * containers (`image`) and its image volumes (`volumes[*].image.reference`,
 * mounted read-only from an OCI image: the same supply chain as a container).
 */
import type { FieldPath } from '../../model/path.js';
import type { SourceObject } from '../../model/objects.js';
import type { PodTemplate } from '../../model/workloads.js';
import { podContainers } from '../pss/containers.js';
import { asList, asObject, asText, quote } from '../pss/pod.js';

export interface ImageSite {
  readonly object: SourceObject;
  /** path of the image field from the object's root */
  readonly path: FieldPath;
  /** how messages name the site: `container "app"` or `image volume "models"` */
  readonly label: string;
  /** the field's value as written; anything but a non-empty string is an invalid reference */
  readonly image: unknown;
}

export function imageSites(template: PodTemplate): ImageSite[] {
  const sites: ImageSite[] = podContainers(template).map((container) => ({
    object: template.object,
    path: [...template.prefix, ...container.path, 'image'],
    label: `${container.list === 'containers' ? 'container' : describeList(container.list)} ${quote(container.name)}`,
    image: container.fields.image,
  }));
  asList(template.spec.volumes).forEach((entry, index) => {
    const volume = asObject(entry);
    const source = asObject(volume?.image);
    if (!volume || !source) return;
    sites.push({
      object: template.object,
      path: [...template.prefix, 'spec', 'volumes', index, 'image', 'reference'],
      label: `image volume ${quote(asText(volume.name))}`,
      image: source.reference,
    });
  });
  return sites;
}

function describeList(list: 'initContainers' | 'ephemeralContainers'): string {
  return list === 'initContainers' ? 'init container' : 'ephemeral container';
}
