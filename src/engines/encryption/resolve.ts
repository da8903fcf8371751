/**
 * Which providers store a resource, the way kube-apiserver builds its
 * transformers (k8s.io/apiserver `server/options/encryptionconfig/config.go`,
 * getTransformerOverridesAndKMSPluginProbes, transformerFromOverrides):
 *
 * - entries are read in order; a resource listed in several entries gets the
 *   providers of all of them, earlier entries first;
 * - the first provider of that list encrypts new writes (the others only
 *   decrypt what they once wrote), so identity first means plain text;
 * - a resource is looked up exactly, then as `*.<group>` (`*.` for the core
 *   group), then as `*.*`; with no match it is stored in plain text;
 * - a resource listed after an earlier `*.<group>` or `*.*` that covers it is
 *   masked, and the API server refuses to start.
 */
import {
  formatGroupResource,
  type ConfiguredResource,
  type EncryptionConfig,
  type EncryptionProvider,
  type GroupResource,
  type ResourceEntry,
} from './configuration.js';

export interface ProviderRef {
  readonly entry: ResourceEntry;
  readonly provider: EncryptionProvider;
}

export interface Resolution {
  readonly target: GroupResource;
  /** the configured resource that covers the target, and how it matched */
  readonly match?: {
    readonly entry: ResourceEntry;
    readonly resource: ConfiguredResource;
    readonly by: 'exact' | 'group wildcard' | 'wildcard';
  };
  /** the providers in the order the API server tries them: the first one encrypts writes */
  readonly providers: readonly ProviderRef[];
}

export interface MaskedResource {
  readonly entry: ResourceEntry;
  readonly resource: ConfiguredResource;
  readonly maskedBy: ConfiguredResource;
}

interface Table {
  readonly providers: Map<string, ProviderRef[]>;
  readonly firstListing: Map<string, { entry: ResourceEntry; resource: ConfiguredResource }>;
  readonly masked: MaskedResource[];
}

const key = (gr: GroupResource) => `${gr.group}\u0000${gr.resource}`;
const ANY = { group: '*', resource: '*' };

function buildTable(config: EncryptionConfig): Table {
  const providers = new Map<string, ProviderRef[]>();
  const firstListing = new Map<string, { entry: ResourceEntry; resource: ConfiguredResource }>();
  const masked: MaskedResource[] = [];
  for (const entry of config.entries) {
    for (const resource of entry.resources) {
      const groupWildcard = firstListing.get(key({ group: resource.group, resource: '*' }));
      const anyWildcard = firstListing.get(key(ANY));
      const maskedBy = groupWildcard ?? anyWildcard;
      if (maskedBy) {
        masked.push({ entry, resource, maskedBy: maskedBy.resource });
        continue;
      }
      const k = key(resource);
      if (!firstListing.has(k)) firstListing.set(k, { entry, resource });
      const list = providers.get(k) ?? [];
      list.push(...entry.providers.map((provider) => ({ entry, provider })));
      providers.set(k, list);
    }
  }
  return { providers, firstListing, masked };
}

export function resolveResource(config: EncryptionConfig, target: GroupResource): Resolution {
  const table = buildTable(config);
  const candidates: Array<[GroupResource, NonNullable<Resolution['match']>['by']]> = [
    [target, 'exact'],
    [{ group: target.group, resource: '*' }, 'group wildcard'],
    [ANY, 'wildcard'],
  ];
  for (const [candidate, by] of candidates) {
    const listing = table.firstListing.get(key(candidate));
    if (listing)
      return { target, match: { ...listing, by }, providers: table.providers.get(key(candidate)) ?? [] };
  }
  return { target, providers: [] };
}

/** Resources the API server refuses because an earlier wildcard already covers them. */
export function maskedResources(config: EncryptionConfig): MaskedResource[] {
  return buildTable(config).masked;
}

export function describeResolution(resolution: Resolution): string {
  if (!resolution.match) return `no resources entry covers ${formatGroupResource(resolution.target)}`;
  const { entry, resource, by } = resolution.match;
  return by === 'exact'
    ? `resources[${entry.index}] lists ${resource.text}`
    : `resources[${entry.index}] covers it with ${resource.text}`;
}
