/**
 * Where Falco rules, audit policies and encryption configurations come from:
 * plain files (a Falco rules file is a YAML list, so the loader keeps it as a
 * document; the other two are objects), and text embedded in the ConfigMaps
 * and Helm values files the configuration names.
 *
 * Embedded text is parsed on its own, and positions in it are mapped back to
 * the file a person edits: a block scalar's content starts on the line after
 * its key, so line n of the text is line `key + n` of the file. Findings on
 * embedded content are reported on the holder (the ConfigMap, the values
 * file) at a path through the key that holds the text, e.g.
 * `data["audit-policy.yaml"].rules[2].level`.
 */
import { compileGlobs } from '../../model/glob.js';
import { isKubeObject, isRecord, type SourceDocument, type SourceObject } from '../../model/objects.js';
import { formatPath, type FieldPath } from '../../model/path.js';
import { parseYamlFile, YamlSourceError, type Position } from '../../render/yaml-source.js';
import { isAuditPolicyObject } from '../../engines/audit/policy.js';
import { isEncryptionConfigurationObject } from '../../engines/encryption/configuration.js';
import { isFalcoRulesDocument } from '../../engines/falco/items.js';
import type { AnalysisContext } from '../types.js';
import type { RuntimeConfig } from './config.js';

/** One Falco rules file, audit policy or encryption configuration, wherever it sits. */
export interface ContentSource {
  /** what findings are reported on: the object or document, or the ConfigMap or values file holding the text */
  readonly holder: SourceObject | SourceDocument;
  /** where the content sits inside the holder ([] for a plain file) */
  readonly prefix: FieldPath;
  readonly value: unknown;
  /** for messages: the file, or the file and the key holding the text */
  readonly label: string;
}

export interface Unreadable {
  readonly holder: SourceObject | SourceDocument;
  readonly path: FieldPath;
  readonly message: string;
}

export interface RuntimeSources {
  readonly falco: readonly ContentSource[];
  readonly audit: readonly ContentSource[];
  readonly encryption: readonly ContentSource[];
  /** embedded content the configuration points at that cannot be read (reported as errors, once: the engine merges repeats) */
  readonly unreadable: readonly Unreadable[];
}

/** The line of a path inside a source, for messages that point elsewhere. */
export function lineOf(source: ContentSource, path: FieldPath): number {
  return source.holder.locate([...source.prefix, ...path]).line;
}

/** `file:line` of a path inside a source. */
export function whereIs(source: ContentSource, path: FieldPath): string {
  return `${source.holder.file}:${lineOf(source, path)}`;
}

/** Embedded content the configuration points at that cannot be read is input kubegate could not evaluate. */
export function reportUnreadable(context: AnalysisContext, sources: RuntimeSources): void {
  for (const unreadable of sources.unreadable)
    context.reportError(unreadable.holder, unreadable.path, unreadable.message);
}

/** Why the API server would refuse a source, as errors in file order (line, then column). */
export function reportRefusals(
  context: AnalysisContext,
  source: ContentSource,
  problems: ReadonlyArray<{ readonly path: FieldPath; readonly message: string }>,
  what: string,
): void {
  const located = problems.map((problem) => {
    const path = [...source.prefix, ...problem.path];
    return { path, message: problem.message, at: source.holder.locate(path) };
  });
  located.sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
  for (const { path, message } of located)
    context.reportError(source.holder, path, `the API server refuses this ${what}: ${message}`);
}

export function runtimeConfig(context: AnalysisContext): RuntimeConfig {
  return context.settings.config.runtime ?? {};
}

// the runtime and encryption families share one reading per analysis
const cache = new WeakMap<AnalysisContext, RuntimeSources>();

export function runtimeSources(context: AnalysisContext): RuntimeSources {
  let sources = cache.get(context);
  if (!sources) {
    sources = collectSources(context);
    cache.set(context, sources);
  }
  return sources;
}

function collectSources(context: AnalysisContext): RuntimeSources {
  const falco: ContentSource[] = [];
  const audit: ContentSource[] = [];
  const encryption: ContentSource[] = [];
  const unreadable: Unreadable[] = [];
  const plain = (holder: SourceObject | SourceDocument): ContentSource => ({
    holder,
    prefix: [],
    value: holder.value,
    label: holder.file,
  });
  for (const document of context.documents)
    if (isFalcoRulesDocument(document.value)) falco.push(plain(document));
  for (const object of context.objects) {
    if (isAuditPolicyObject(object.value)) audit.push(plain(object));
    else if (isEncryptionConfigurationObject(object.value)) encryption.push(plain(object));
  }

  const sort = (text: string, holder: SourceObject | SourceDocument, prefix: FieldPath, label: string) => {
    const result = embeddedDocuments(holder, prefix, text, label);
    if ('error' in result) {
      unreadable.push({ holder, path: prefix, message: result.error });
      return;
    }
    for (const source of result.sources) {
      const value = source.value;
      if (isFalcoRulesDocument(value)) falco.push(source);
      else if (isKubeObject(value) && isAuditPolicyObject(value)) audit.push(source);
      else if (isKubeObject(value) && isEncryptionConfigurationObject(value)) encryption.push(source);
      else
        unreadable.push({
          holder,
          path: prefix,
          message: `${label} is configured as embedded content but holds neither a Falco rules file, an audit.k8s.io Policy nor an EncryptionConfiguration`,
        });
    }
  };

  const embedded = runtimeConfig(context).embedded ?? {};
  for (const entry of embedded.configMaps ?? []) {
    for (const object of context.objects) {
      const value = object.value;
      if (value.kind !== 'ConfigMap' || value.apiVersion !== 'v1') continue;
      const metadata = isRecord(value.metadata) ? value.metadata : {};
      if (metadata.name !== entry.name) continue;
      if (entry.namespace !== undefined && (metadata.namespace ?? '') !== entry.namespace) continue;
      const name = `ConfigMap ${typeof metadata.namespace === 'string' ? `${metadata.namespace}/` : ''}${entry.name}`;
      const data = isRecord(value.data) ? value.data : {};
      const wanted = compileGlobs(entry.keys ?? ['*']);
      const keys = Object.keys(data).filter(wanted);
      if (keys.length === 0) {
        unreadable.push({
          holder: object,
          path: ['data'],
          message: `${name} is configured as embedded content but has no data key matching ${(entry.keys ?? ['*']).join(', ')}`,
        });
        continue;
      }
      for (const key of keys) {
        const text = data[key];
        const label = `${name} data[${JSON.stringify(key)}]`;
        if (typeof text !== 'string') {
          unreadable.push({ holder: object, path: ['data', key], message: `${label} is not text` });
          continue;
        }
        sort(text, object, ['data', key], label);
      }
    }
  }
  for (const entry of embedded.valuesFiles ?? []) {
    const matchesFile = compileGlobs([entry.file]);
    const path: FieldPath = Array.isArray(entry.path) ? entry.path : entry.path.split('.');
    for (const document of context.documents) {
      if (!matchesFile(document.file)) continue;
      const label = `${document.file} ${formatPath(path)}`;
      const value = valueAt(document.value, path);
      if (value === undefined) {
        unreadable.push({
          holder: document,
          path,
          message: `${document.file} is configured to embed content at ${formatPath(path)}, but has no value there`,
        });
      } else if (typeof value === 'string') {
        sort(value, document, path, label);
      } else if (isRecord(value)) {
        for (const [key, text] of Object.entries(value)) {
          const keyLabel = `${document.file} ${formatPath([...path, key])}`;
          if (typeof text === 'string') sort(text, document, [...path, key], keyLabel);
          else
            unreadable.push({ holder: document, path: [...path, key], message: `${keyLabel} is not text` });
        }
      } else {
        unreadable.push({
          holder: document,
          path,
          message: `${label} is neither text nor a mapping of texts`,
        });
      }
    }
  }
  return { falco, audit, encryption, unreadable };
}

function valueAt(root: unknown, path: FieldPath): unknown {
  let value = root;
  for (const segment of path) {
    if (Array.isArray(value) && typeof segment === 'number') value = value[segment];
    else if (isRecord(value)) value = value[String(segment)];
    else return undefined;
  }
  return value;
}

/**
 * The YAML documents of an embedded text, each as a source whose holder maps
 * paths under `prefix` into the text's own positions.
 */
export function embeddedDocuments(
  holder: SourceObject | SourceDocument,
  prefix: FieldPath,
  text: string,
  label: string,
): { sources: ContentSource[] } | { error: string } {
  let documents;
  try {
    documents = parseYamlFile(text).documents;
  } catch (error) {
    if (error instanceof YamlSourceError)
      return { error: `${label} is not valid YAML (line ${error.line} of the text): ${error.message}` };
    throw error;
  }
  const key = holder.locate(prefix);
  // a single-line value (quoted or plain) has no lines of its own: point at its key
  const multiline = text.replace(/\n+$/, '').includes('\n');
  const toFile = (position: Position): Position =>
    multiline ? { line: key.line + position.line, column: key.column + 1 + position.column } : key;
  const sources: ContentSource[] = [];
  for (const document of documents) {
    if (document.value === null || document.value === undefined) continue;
    const mapped = {
      ...holder,
      locate: (path: FieldPath): Position =>
        startsWith(path, prefix) ? toFile(document.locate(path.slice(prefix.length))) : holder.locate(path),
    };
    sources.push({ holder: mapped, prefix, value: document.value, label });
  }
  return { sources };
}

function startsWith(path: FieldPath, prefix: FieldPath): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment);
}
