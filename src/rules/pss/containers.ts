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

/**
 * Every check visits the same containers: the views are built once per pod
 * spec. Rules evaluate one pod after another, so remembering the last pod is
 * enough, and the views die young instead of living as long as the input.
 */
let containersOf: { spec: object; views: readonly ContainerView[] } | undefined;
let ownersOf: { spec: object; owners: readonly SecurityContextOwner[] } | undefined;

export function podContainers(pod: PodView): readonly ContainerView[] {
  if (containersOf?.spec === pod.spec) return containersOf.views;
  const views: ContainerView[] = [];
  for (const list of CONTAINER_LISTS) {
    const entries = asList(pod.spec[list]);
    for (let index = 0; index < entries.length; index++) {
      const fields = asObject(entries[index]);
      if (!fields) continue;
      views.push({
        name: asText(fields.name),
        list,
        path: ['spec', list, index],
        fields,
        securityContext: asObject(fields.securityContext),
      });
    }
  }
  containersOf = { spec: pod.spec, views };
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

const POD_SECURITY_CONTEXT: FieldPath = ['spec', 'securityContext'];

/** Label and path are only needed for a violation, so they are made on demand. */
class Owner implements SecurityContextOwner {
  constructor(
    readonly securityContext: RawObject | undefined,
    private readonly container: ContainerView | undefined,
  ) {}

  get label(): string {
    return this.container ? `container ${quote(this.container.name)}` : 'pod';
  }

  get path(): FieldPath {
    return this.container ? [...this.container.path, 'securityContext'] : POD_SECURITY_CONTEXT;
  }
}

/** The pod-level securityContext first, then every container's. */
export function securityContextOwners(pod: PodView): readonly SecurityContextOwner[] {
  if (ownersOf?.spec === pod.spec) return ownersOf.owners;
  const owners = [new Owner(asObject(pod.spec.securityContext), undefined)];
  for (const container of podContainers(pod)) owners.push(new Owner(container.securityContext, container));
  ownersOf = { spec: pod.spec, owners };
  return owners;
}
