/**
 * Kustomize roots, built with `kustomize build` or `kubectl kustomize`: the
 * default load restrictor (files only from inside each kustomization), no
 * Helm inflation, no plugins, no exec or container functions, no network, a
 * time limit.
 *
 * Provenance: the root is built through a throwaway wrapper kustomization
 * that turns on `buildMetadata: [originAnnotations, transformerAnnotations]`,
 * so each object says which file it came from and which kustomizations
 * patched it; the annotations are removed again before any rule sees the
 * object. A field a patch sets points at the patch, anything else at the
 * original resource file.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsyaml from 'js-yaml';
import { isKubeObject, isRecord, type KubeObject, type SourceLocation } from '../model/objects.js';
import type { FieldPath, PathSegment } from '../model/path.js';
import type { KustomizeRoot } from './discover.js';
import type { RenderedSources } from './helm.js';
import { relativeName, type LoadError } from './loader.js';
import type { ToolRunner } from './tools.js';
import { parseYamlFile, type YamlDocument } from './yaml-source.js';

const ORIGIN = 'config.kubernetes.io/origin';
const TRANSFORMATIONS = 'alpha.config.kubernetes.io/transformations';

export interface KustomizeOptions {
  readonly cwd: string;
  /** `kustomize` (runs `kustomize build`) or `kubectl` (runs `kubectl kustomize`) */
  readonly binary: { path: string; flavour: 'kustomize' | 'kubectl' };
  readonly runner: ToolRunner;
  readonly timeoutMs: number;
}

export function renderKustomization(root: KustomizeRoot, options: KustomizeOptions): RenderedSources {
  const kustomizationFile =
    ['kustomization.yaml', 'kustomization.yml', 'Kustomization']
      .map((name) => `${root.dir}/${name}`)
      .find((file) => fs.existsSync(path.resolve(options.cwd, file))) ?? `${root.dir}/kustomization.yaml`;
  const wrapper = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegate-kustomize-'));
  try {
    const target = path.relative(wrapper, path.resolve(options.cwd, root.dir));
    fs.writeFileSync(
      path.join(wrapper, 'kustomization.yaml'),
      `resources:\n  - ${JSON.stringify(target)}\nbuildMetadata: [originAnnotations, transformerAnnotations]\n`,
    );
    const args =
      options.binary.flavour === 'kubectl'
        ? ['kustomize', wrapper, '--load-restrictor', 'LoadRestrictionsRootOnly']
        : ['build', wrapper, '--load-restrictor', 'LoadRestrictionsRootOnly'];
    const result = options.runner.run(options.binary.path, args, {
      cwd: options.cwd,
      timeoutMs: options.timeoutMs,
    });
    if (result.timedOut) {
      return failure({
        file: kustomizationFile,
        line: 1,
        message: `kustomize build timed out after ${options.timeoutMs / 1000} s`,
      });
    }
    if (result.code !== 0)
      return failure(kustomizeError(result.stderr, kustomizationFile, wrapper, options.cwd));
    return tracedObjects(result.stdout, wrapper, kustomizationFile, options.cwd);
  } finally {
    fs.rmSync(wrapper, { recursive: true, force: true });
  }
}

function failure(error: LoadError): RenderedSources {
  return { objects: [], otherDocuments: [], errors: [error] };
}

function kustomizeError(stderr: string, kustomizationFile: string, wrapper: string, cwd: string): LoadError {
  // kustomize names files relative to the wrapper or absolute: make them the user's paths
  const message = stderr
    .trim()
    .replace(/^Error: /, '')
    .replaceAll(wrapper, '<build>')
    .replace(/(?:\.\.\/)+[^\s'":]+/g, (relative) => relativeName(cwd, path.resolve(wrapper, relative)));
  return { file: kustomizationFile, line: 1, message: `kustomize build failed: ${message || 'no output'}` };
}

interface ParsedFile {
  documents: YamlDocument[];
  lines: string[];
}

function tracedObjects(
  output: string,
  wrapper: string,
  kustomizationFile: string,
  cwd: string,
): RenderedSources {
  const rendered: RenderedSources = { objects: [], otherDocuments: [], errors: [] };
  const files = new Map<string, ParsedFile | undefined>();
  const parsed = (file: string): ParsedFile | undefined => {
    if (!files.has(file)) {
      try {
        const text = fs.readFileSync(path.resolve(cwd, file), 'utf8');
        files.set(file, { documents: parseYamlFile(text).documents, lines: text.split('\n') });
      } catch {
        files.set(file, undefined);
      }
    }
    return files.get(file);
  };
  const fromWrapper = (relative: string) => relativeName(cwd, path.resolve(wrapper, relative));

  for (const document of parseYamlFile(output).documents) {
    const value = document.value;
    if (!isKubeObject(value)) continue;
    const { origin, patchedIn } = takeBuildMetadata(value);
    const generatedBy = origin.configuredIn ? fromWrapper(origin.configuredIn) : undefined;
    const file = origin.path ? fromWrapper(origin.path) : (generatedBy ?? kustomizationFile);
    const source = parsed(file);
    const originDocument = origin.path ? matchingDocument(source, value) : undefined;
    const generatorEntry =
      !origin.path && generatedBy ? generatorLocation(parsed(generatedBy), value) : undefined;
    const start = originDocument?.line ?? generatorEntry?.line ?? 1;
    const patches = patchedIn.flatMap((kustomization) => patchesOf(fromWrapper(kustomization), parsed));
    rendered.objects.push({
      file,
      documentIndex: originDocument?.index ?? 0,
      line: start,
      value,
      locate: (fieldPath): SourceLocation => {
        for (const patch of [...patches].reverse()) {
          if (!patch.applies(value, originalName(originDocument))) continue;
          const where = patch.locate(fieldPath, value);
          if (where) return where;
        }
        if (originDocument) return originDocument.locate(fieldPath);
        return generatorEntry ?? { line: start, column: 1 };
      },
    });
  }
  return rendered;
}

/** Reads and removes the build annotations kubegate asked for. */
function takeBuildMetadata(object: KubeObject): { origin: Record<string, string>; patchedIn: string[] } {
  const metadata = isRecord(object.metadata) ? object.metadata : undefined;
  const annotations = metadata && isRecord(metadata.annotations) ? metadata.annotations : undefined;
  if (!metadata || !annotations) return { origin: {}, patchedIn: [] };
  const origin = loadQuietly(annotations[ORIGIN]);
  const transformations = loadQuietly(annotations[TRANSFORMATIONS]);
  delete annotations[ORIGIN];
  delete annotations[TRANSFORMATIONS];
  if (Object.keys(annotations).length === 0) delete metadata.annotations;
  const patchedIn = Array.isArray(transformations)
    ? transformations
        .filter(
          (entry) =>
            isRecord(entry) && isRecord(entry.configuredBy) && /Patch/.test(String(entry.configuredBy.kind)),
        )
        .map((entry) => String((entry as Record<string, unknown>).configuredIn))
    : [];
  const originFields: Record<string, string> = {};
  if (isRecord(origin))
    for (const [key, v] of Object.entries(origin)) if (typeof v === 'string') originFields[key] = v;
  return { origin: originFields, patchedIn: [...new Set(patchedIn)] };
}

function loadQuietly(text: unknown): unknown {
  if (typeof text !== 'string') return undefined;
  try {
    return jsyaml.load(text);
  } catch {
    return undefined;
  }
}

function nameOf(value: unknown): string | undefined {
  return isRecord(value) && isRecord(value.metadata) && typeof value.metadata.name === 'string'
    ? value.metadata.name
    : undefined;
}

function originalName(document: YamlDocument | undefined): string | undefined {
  return document ? nameOf(document.value) : undefined;
}

/** The document of the origin file this object was built from: same kind, and the name it had before prefixes and suffixes. */
function matchingDocument(file: ParsedFile | undefined, object: KubeObject): YamlDocument | undefined {
  if (!file) return undefined;
  const renderedName = nameOf(object) ?? '';
  const candidates = file.documents.filter(
    (document) => isRecord(document.value) && document.value.kind === object.kind,
  );
  return (
    candidates.find((document) => nameOf(document.value) === renderedName) ??
    candidates
      .filter((document) => renderedName.includes(nameOf(document.value) ?? '\u0000'))
      .sort((a, b) => (nameOf(b.value) ?? '').length - (nameOf(a.value) ?? '').length)[0] ??
    candidates[0]
  );
}

function generatorLocation(file: ParsedFile | undefined, object: KubeObject): SourceLocation | undefined {
  const document = file?.documents[0];
  if (!document || !isRecord(document.value)) return undefined;
  const field = object.kind === 'Secret' ? 'secretGenerator' : 'configMapGenerator';
  const entries = document.value[field];
  if (!Array.isArray(entries)) return undefined;
  const renderedName = nameOf(object) ?? '';
  const index = entries.findIndex(
    (entry) => isRecord(entry) && typeof entry.name === 'string' && renderedName.includes(entry.name),
  );
  return index >= 0 ? document.locate([field, index]) : undefined;
}

interface Patch {
  applies(object: KubeObject, originalName: string | undefined): boolean;
  /** where the patch sets this field, or undefined when it does not */
  locate(fieldPath: FieldPath, object: KubeObject): SourceLocation | undefined;
}

/** Every patch a kustomization declares, in declaration order. */
function patchesOf(kustomizationFile: string, parsed: (file: string) => ParsedFile | undefined): Patch[] {
  const kustomization = parsed(kustomizationFile);
  const document = kustomization?.documents[0];
  if (!document || !isRecord(document.value)) return [];
  const dir = path.posix.dirname(kustomizationFile);
  const patches: Patch[] = [];
  const add = (field: string, index: number, entry: unknown) => {
    const target = isRecord(entry) && isRecord(entry.target) ? entry.target : undefined;
    const inline =
      typeof entry === 'string' && entry.includes('\n')
        ? entry
        : isRecord(entry) && typeof entry.patch === 'string'
          ? entry.patch
          : undefined;
    const file =
      typeof entry === 'string' && !entry.includes('\n')
        ? entry
        : isRecord(entry) && typeof entry.path === 'string'
          ? entry.path
          : undefined;
    let content: { documents: YamlDocument[]; map: (where: SourceLocation) => SourceLocation } | undefined;
    if (file !== undefined) {
      const patchFile = path.posix.normalize(`${dir}/${file}`);
      const patchText = parsed(patchFile);
      if (patchText)
        content = { documents: patchText.documents, map: (where) => ({ ...where, file: patchFile }) };
    } else if (inline !== undefined) {
      const keyPath: FieldPath = typeof entry === 'string' ? [field, index] : [field, index, 'patch'];
      content = inlinePatch(inline, document, keyPath, kustomization!.lines, kustomizationFile);
    }
    if (!content) return;
    const { documents, map } = content;
    for (const patchDocument of documents) {
      if (Array.isArray(patchDocument.value)) patches.push(jsonPatch(patchDocument, target, map));
      else if (isRecord(patchDocument.value)) patches.push(strategicMergePatch(patchDocument, target, map));
    }
  };
  for (const field of ['patches', 'patchesStrategicMerge', 'patchesJson6902']) {
    const entries = document.value[field];
    if (Array.isArray(entries)) entries.forEach((entry, index) => add(field, index, entry));
  }
  return patches;
}

/** A patch written inside the kustomization: positions shift to the block scalar's lines. */
function inlinePatch(
  text: string,
  kustomization: YamlDocument,
  keyPath: FieldPath,
  lines: string[],
  file: string,
): { documents: YamlDocument[]; map: (where: SourceLocation) => SourceLocation } | undefined {
  let documents: YamlDocument[];
  try {
    documents = parseYamlFile(text).documents;
  } catch {
    return undefined;
  }
  const key = kustomization.locate(keyPath);
  const keyLine = lines[key.line - 1] ?? '';
  const isBlock = /:\s*[|>][-+0-9]*\s*(#.*)?$/.test(keyLine) || /^\s*-\s*[|>][-+0-9]*\s*$/.test(keyLine);
  const firstContent = lines.slice(key.line).find((line) => line.trim() !== '') ?? '';
  const indent = firstContent.length - firstContent.trimStart().length;
  return {
    documents,
    map: (where) =>
      isBlock ? { file, line: key.line + where.line, column: where.column + indent } : { file, ...key },
  };
}

function targetMatches(
  target: Record<string, unknown> | undefined,
  object: KubeObject,
  original: string | undefined,
): boolean {
  if (!target) return true;
  const [group, version] = object.apiVersion.includes('/')
    ? object.apiVersion.split('/')
    : ['', object.apiVersion];
  const namespace = isRecord(object.metadata) ? object.metadata.namespace : undefined;
  const checks: Array<[unknown, unknown[]]> = [
    [target.kind, [object.kind]],
    [target.name, [nameOf(object), original]],
    [target.group, [group]],
    [target.version, [version]],
    [target.namespace, [namespace]],
  ];
  return checks.every(([wanted, actual]) => {
    if (typeof wanted !== 'string') return true;
    // kustomize reads target names and kinds as anchored regular expressions
    let pattern: RegExp;
    try {
      pattern = new RegExp(`^(?:${wanted})$`);
    } catch {
      return actual.includes(wanted);
    }
    return actual.some((value) => typeof value === 'string' && pattern.test(value));
  });
}

function strategicMergePatch(
  patch: YamlDocument,
  target: Record<string, unknown> | undefined,
  map: (where: SourceLocation) => SourceLocation,
): Patch {
  const value = patch.value as Record<string, unknown>;
  return {
    applies: (object, original) =>
      target
        ? targetMatches(target, object, original)
        : value.kind === object.kind && (nameOf(value) === original || nameOf(value) === nameOf(object)),
    locate(fieldPath, object) {
      const inPatch = pathInPatch(value, object, fieldPath);
      return inPatch ? map(patch.locate(inPatch)) : undefined;
    },
  };
}

/** Keys that identify list items when a strategic merge patch merges lists. */
const MERGE_KEYS = ['name', 'containerPort', 'mountPath', 'devicePath', 'port', 'ip', 'topologyKey'];

/** The same field in the patch (list items matched by merge key), or undefined when the patch does not set it. */
function pathInPatch(patch: unknown, object: unknown, fieldPath: FieldPath): FieldPath | undefined {
  const inPatch: PathSegment[] = [];
  let patchNode = patch;
  let objectNode = object;
  for (const segment of fieldPath) {
    if (typeof segment === 'number') {
      if (!Array.isArray(patchNode) || !Array.isArray(objectNode)) return undefined;
      const item = objectNode[segment];
      const key = MERGE_KEYS.find((candidate) => isRecord(item) && item[candidate] !== undefined);
      const index = key
        ? patchNode.findIndex(
            (candidate) => isRecord(candidate) && isRecord(item) && candidate[key] === item[key],
          )
        : -1;
      if (index < 0) return undefined;
      inPatch.push(index);
      patchNode = patchNode[index];
      objectNode = item;
    } else {
      if (!isRecord(patchNode) || !(segment in patchNode)) return undefined;
      inPatch.push(segment);
      patchNode = patchNode[segment];
      objectNode = isRecord(objectNode) ? objectNode[segment] : undefined;
    }
  }
  return inPatch;
}

function jsonPatch(
  patch: YamlDocument,
  target: Record<string, unknown> | undefined,
  map: (where: SourceLocation) => SourceLocation,
): Patch {
  const operations = patch.value as unknown[];
  return {
    applies: (object, original) => targetMatches(target, object, original),
    locate(fieldPath, object) {
      // the last operation that writes this field or one of its ancestors
      for (let index = operations.length - 1; index >= 0; index--) {
        const operation = operations[index];
        if (!isRecord(operation) || typeof operation.path !== 'string') continue;
        if (!['add', 'replace', 'copy', 'move'].includes(String(operation.op))) continue;
        const pointer = decodePointer(operation.path, object);
        if (
          pointer.length > fieldPath.length ||
          !pointer.every((segment, i) => String(segment) === String(fieldPath[i]))
        )
          continue;
        const inValue = fieldPath.slice(pointer.length);
        return map(
          patch.locate(operation.value !== undefined ? [index, 'value', ...inValue] : [index, 'path']),
        );
      }
      return undefined;
    },
  };
}

/** A JSON pointer as path segments; `-` (append) is the last item of the list in the result. */
function decodePointer(pointer: string, object: unknown): FieldPath {
  const segments: PathSegment[] = [];
  let node = object;
  for (const raw of pointer.split('/').slice(1)) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      const index = token === '-' ? node.length - 1 : Number(token);
      segments.push(index);
      node = node[index];
    } else {
      segments.push(token);
      node = isRecord(node) ? node[token] : undefined;
    }
  }
  return segments;
}
