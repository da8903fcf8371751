/**
 * Container image references, parsed the way the container runtimes do
 * (distribution/reference `ParseNormalizedNamed`, with go-digest validating
 * the digest), and matched against an allow list of registries and
 * repositories.
 *
 * Grammar (distribution/reference):
 *   reference        := name [ ":" tag ] [ "@" digest ]
 *   name             := [domain '/'] remote-name
 *   domain           := host [':' port-number]
 *   host             := domain-name | IPv4address | '[' IPv6address ']'
 *   domain-name      := domain-component ['.' domain-component]...
 *   domain-component := [a-zA-Z0-9] | [a-zA-Z0-9] [a-zA-Z0-9-]... [a-zA-Z0-9]
 *   remote-name      := path-component ['/' path-component]...
 *   path-component   := [a-z0-9]+ [separator [a-z0-9]+]...    separator := '.' | '_' | '__' | '-'+
 *   tag              := [A-Za-z0-9_] [A-Za-z0-9_.-]{0,127}
 *   digest           := algorithm ':' hex{32,}    algorithm := [A-Za-z][A-Za-z0-9]... joined by - _ + .
 * Normalisation: the first component is a registry only when it holds a '.'
 * or a ':', is `localhost`, or is not lowercase; otherwise the registry is
 * docker.io, and a one-component name on docker.io gets the `library/` prefix.
 * `index.docker.io` is docker.io. The repository path is at most 255
 * characters; a digest must use a registered algorithm (sha256, sha384,
 * sha512) with lowercase hex of the right length.
 */

export interface ImageReference {
  /** registry host with its port, normalised (`docker.io` for Docker Hub); '' for the rare name upstream accepts without one */
  readonly domain: string;
  /** repository path inside the registry, normalised (`library/nginx`) */
  readonly path: string;
  readonly tag?: string;
  /** `algorithm:hex` */
  readonly digest?: string;
}

export type ImageParse =
  { readonly ok: true; readonly reference: ImageReference } | { readonly ok: false; readonly reason: string };

export const REPOSITORY_PATH_MAX = 255;
const DEFAULT_DOMAIN = 'docker.io';
const LEGACY_DEFAULT_DOMAIN = 'index.docker.io';
const OFFICIAL_REPO_PREFIX = 'library/';
const LOCALHOST = 'localhost';

// The grammar above as regular expressions, built the way upstream builds them.
const ALPHANUMERIC = '[a-z0-9]+';
const SEPARATOR = '(?:[._]|__|[-]+)';
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const IPV6_ADDRESS = '\\[(?:[a-fA-F0-9:]+)\\]';
const DOMAIN_NAME = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*`;
const DOMAIN_AND_PORT = `(?:${DOMAIN_NAME}|${IPV6_ADDRESS})(?::[0-9]+)?`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9A-Fa-f]{32,}';
const PATH_COMPONENT = `${ALPHANUMERIC}(?:${SEPARATOR}${ALPHANUMERIC})*`;
const REMOTE_NAME = `${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
const NAME = `(?:${DOMAIN_AND_PORT}/)?${REMOTE_NAME}`;

const REFERENCE = new RegExp(`^(${NAME})(?::(${TAG}))?(?:@(${DIGEST}))?$`);
const ANCHORED_NAME = new RegExp(`^(?:(${DOMAIN_AND_PORT})/)?(${REMOTE_NAME})$`);
const IDENTIFIER = /^[a-f0-9]{64}$/;
/** go-digest's own (looser) digest syntax: decides "unsupported algorithm" against "invalid format" */
const GO_DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
/** hex length of each algorithm the runtimes register */
const DIGEST_HEX_LENGTH: Readonly<Record<string, number>> = { sha256: 64, sha384: 96, sha512: 128 };

/** Parses an image reference; never throws. */
export function parseImageReference(text: string): ImageParse {
  if (text === '') return fail('the image reference is empty');
  if (IDENTIFIER.test(text)) {
    return fail('a 64-character hexadecimal string is an image ID, not a repository name');
  }
  const { domain, remainder } = splitDockerDomain(text);
  const colon = remainder.indexOf(':');
  const remote = colon === -1 ? remainder : remainder.slice(0, colon);
  if (remote.toLowerCase() !== remote) return fail('repository name must be lowercase');
  return parse(`${domain}/${remainder}`);
}

/** distribution/reference `Parse` on the normalised text */
function parse(text: string): ImageParse {
  const match = REFERENCE.exec(text);
  if (!match) {
    const lower = text.toLowerCase();
    if (lower !== text && REFERENCE.test(lower)) return fail('repository name must be lowercase');
    return fail('invalid reference format');
  }
  const name = match[1]!;
  const nameMatch = ANCHORED_NAME.exec(name);
  const domain = nameMatch?.[1] ?? '';
  const path = nameMatch ? nameMatch[2]! : name;
  if (path.length > REPOSITORY_PATH_MAX) {
    return fail(`repository name must not be more than ${REPOSITORY_PATH_MAX} characters`);
  }
  const tag = match[2];
  const digest = match[3];
  if (digest !== undefined) {
    const problem = digestProblem(digest);
    if (problem) return fail(problem);
  }
  return {
    ok: true,
    reference: {
      domain,
      path,
      ...(tag !== undefined ? { tag } : {}),
      ...(digest !== undefined ? { digest } : {}),
    },
  };
}

/** go-digest `Digest.Validate`: a registered algorithm with lowercase hex of its length. */
function digestProblem(digest: string): string | undefined {
  const colon = digest.indexOf(':');
  const algorithm = digest.slice(0, colon);
  const encoded = digest.slice(colon + 1);
  const length = DIGEST_HEX_LENGTH[algorithm];
  if (length === undefined) {
    return GO_DIGEST.test(digest)
      ? `unsupported digest algorithm "${algorithm}" (supported: sha256, sha384, sha512)`
      : 'invalid digest format';
  }
  if (encoded.length !== length || !/^[a-f0-9]+$/.test(encoded)) {
    return `invalid ${algorithm} digest: expected ${length} lowercase hexadecimal characters`;
  }
  return undefined;
}

/** Where the registry ends: the heuristic every Docker-compatible client applies to the first component. */
function splitDockerDomain(text: string): { domain: string; remainder: string } {
  const slash = text.indexOf('/');
  if (slash === -1) return { domain: DEFAULT_DOMAIN, remainder: OFFICIAL_REPO_PREFIX + text };
  const first = text.slice(0, slash);
  const rest = text.slice(slash + 1);
  let domain: string;
  let remainder: string;
  if (first === LOCALHOST || /[.:]/.test(first) || first.toLowerCase() !== first) {
    domain = first === LEGACY_DEFAULT_DOMAIN ? DEFAULT_DOMAIN : first;
    remainder = rest;
  } else {
    domain = DEFAULT_DOMAIN;
    remainder = text;
  }
  if (domain === DEFAULT_DOMAIN && !remainder.includes('/')) remainder = OFFICIAL_REPO_PREFIX + remainder;
  return { domain, remainder };
}

function fail(reason: string): ImageParse {
  return { ok: false, reason };
}

/** `registry/path`, the repository's full name */
export function repositoryName(reference: ImageReference): string {
  return reference.domain === '' ? reference.path : `${reference.domain}/${reference.path}`;
}

/** The canonical form: registry, path, tag and digest as a runtime resolves them. */
export function formatImageReference(reference: ImageReference): string {
  return `${repositoryName(reference)}${reference.tag !== undefined ? `:${reference.tag}` : ''}${reference.digest !== undefined ? `@${reference.digest}` : ''}`;
}

/*
 * Allow list entries: `registry[/path-segment...]`, each segment a glob in
 * which `*` matches any run of characters except '/' and `?` one such
 * character. Matching goes segment by segment from the registry down, and an
 * entry admits every repository at or under its last segment:
 *   registry.io                       registry.io/a, registry.io/a/b; not registry.io.evil.com/x, registry.iox/y, registry.io:5000/x
 *   europe-west1-docker.pkg.dev/my-project/*    any repository under my-project, not my-project-2/…
 *   123456789012.dkr.ecr.*.amazonaws.com       that AWS account's registries in every region
 * (A glob over the owner's part, such as *.dkr.ecr…, admits every account, attackers' too.)
 * The registry compares case-insensitively (host names do), ports included.
 * Entries are normalised as references are: index.docker.io is docker.io, and
 * `docker.io/<name>` (one plain segment) means `docker.io/library/<name>`.
 */
export interface RegistryPattern {
  /** the entry as configured */
  readonly entry: string;
  readonly segments: readonly RegExp[];
}

export class RegistryPatternError extends Error {
  constructor(
    readonly entry: string,
    message: string,
  ) {
    super(message);
    this.name = 'RegistryPatternError';
  }
}

const ENTRY_REGISTRY = /^[A-Za-z0-9.:*?[\]-]+$/;
const ENTRY_PATH_SEGMENT = /^[a-z0-9._*?-]+$/;

export function compileRegistryPattern(entry: string): RegistryPattern {
  const parts = entry.split('/');
  const [registry, ...path] = parts;
  if (!registry || !ENTRY_REGISTRY.test(registry)) {
    throw new RegistryPatternError(
      entry,
      `"${entry}" must start with a registry host (e.g. registry.example.com)`,
    );
  }
  if (registry !== LOCALHOST && !/[.:*?[]/.test(registry)) {
    // `nginx` would be read as a registry host named "nginx" and match nothing: say so instead
    throw new RegistryPatternError(
      entry,
      `"${entry}" must start with a registry host, which holds a '.' or a ':' or is localhost (Docker Hub is docker.io)`,
    );
  }
  if (path.some((segment) => !ENTRY_PATH_SEGMENT.test(segment))) {
    throw new RegistryPatternError(
      entry,
      `"${entry}" has an empty or invalid repository segment (lowercase letters, digits, '.', '_', '-', globs)`,
    );
  }
  let domain = registry.toLowerCase();
  if (domain === LEGACY_DEFAULT_DOMAIN) domain = DEFAULT_DOMAIN;
  const segments =
    domain === DEFAULT_DOMAIN && path.length === 1 && !/[*?]/.test(path[0]!) ? ['library', ...path] : path;
  return { entry, segments: [domain, ...segments].map(segmentGlob) };
}

function segmentGlob(glob: string): RegExp {
  let source = '';
  for (const ch of glob) {
    if (ch === '*') source += '[^/]*';
    else if (ch === '?') source += '[^/]';
    else source += ch.replace(/[\\^$.|+()[\]{}]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** The first entry that admits the reference's repository, or undefined. */
export function admittingPattern(
  reference: ImageReference,
  patterns: readonly RegistryPattern[],
): RegistryPattern | undefined {
  const segments = [reference.domain.toLowerCase(), ...reference.path.split('/')];
  return patterns.find(
    (pattern) =>
      pattern.segments.length <= segments.length &&
      pattern.segments.every((segmentPattern, index) => segmentPattern.test(segments[index]!)),
  );
}
