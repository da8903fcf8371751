/**
 * Visiting containers the way upstream does: init containers, then
 * containers, then ephemeral containers, each with its path in the pod
 * template. Every check covers all three lists.
 */
import type { FieldPath } from '../../model/path.js';
import { asList, asObject, asText, quote, type RawObject } from './pod.js';
import type { PodView } from './types.js';

export type ContainerList = 'initContainers' | 'containers' | 'ephemeralContainers';

const CONTAINER_LISTS: readonly ContainerList[] = ['initContainers', 'containers', 'ephemeralContainers'];

export interface ContainerView {
  readonly name: string;
  readonly list: ContainerList;
  /** e.g. ['spec', 'initContainers', 0] */
  readonly path: FieldPath;
  readonly fields: RawObject;
  readonly securityContext: RawObject | undefined;
}

/** every check visits the same containers: build the views once per pod spec */
const containerCache = new WeakMap<object, readonly ContainerView[]>();
const ownerCache = new WeakMap<object, readonly SecurityContextOwner[]>();

export function podContainers(pod: PodView): readonly ContainerView[] {
  const cached = containerCache.get(pod.spec);
  if (cached) return cached;
  const views: ContainerView[] = [];
  for (const list of CONTAINER_LISTS) {
    asList(pod.spec[list]).forEach((entry, index) => {
      const fields = asObject(entry);
      if (!fields) return;
      views.push({
        name: asText(fields.name),
        list,
        path: ['spec', list, index],
        fields,
        securityContext: asObject(fields.securityContext),
      });
    });
  }
  containerCache.set(pod.spec, views);
  return views;
}

/** Something that carries a securityContext: the pod itself or one of its containers. */
export interface SecurityContextOwner {
  /** how messages name it: `pod` or `container "app"` */
  readonly label: string;
  /** path of its securityContext */
  readonly path: FieldPath;
  readonly securityContext: RawObject | undefined;
}

/** The pod-level securityContext first, then every container's. */
export function securityContextOwners(pod: PodView): readonly SecurityContextOwner[] {
  const cached = ownerCache.get(pod.spec);
  if (cached) return cached;
  const owners = [
    { label: 'pod', path: ['spec', 'securityContext'], securityContext: asObject(pod.spec.securityContext) },
    ...podContainers(pod).map((container) => ({
      label: `container ${quote(container.name)}`,
      path: [...container.path, 'securityContext'],
      securityContext: container.securityContext,
    })),
  ];
  ownerCache.set(pod.spec, owners);
  return owners;
}
