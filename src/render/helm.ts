/**
 * Helm charts, rendered with `helm template` (Helm 3 and 4): no plugins, no
 * post-renderer, no repository or registry access, a time limit. Each object
 * is traced back to its template through the `# Source:` comment Helm writes
 * before it, and each field to the template line that sets it when the key
 * is written there, else to the object's first line in the template.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  isKubeObject,
  isRecord,
  type SourceDocument,
  type SourceLocation,
  type SourceObject,
} from '../model/objects.js';
import type { FieldPath } from '../model/path.js';
import { defaultNamespace } from '../model/scope.js';
import type { LoadError } from './loader.js';
import type { HelmRelease } from './discover.js';
import {
  documentRanges,
  firstContentLine,
  matchInText,
  valuesReferenceBelow,
  type TextRange,
} from './text-provenance.js';
import type { ToolRunner } from './tools.js';
import { parseYamlFile, YamlSourceError, type YamlDocument } from './yaml-source.js';

export interface RenderedSources {
  objects: SourceObject[];
  otherDocuments: SourceDocument[];
  errors: LoadError[];
}

export interface HelmOptions {
  readonly cwd: string;
  readonly helm: string;
  readonly runner: ToolRunner;
  readonly timeoutMs: number;
}

export function helmTemplateArgs(release: HelmRelease, cwd: string): string[] {
  const args = ['template', release.name, path.resolve(cwd, release.chart), '--include-crds', '--skip-tests'];
  if (release.namespace) args.push('--namespace', release.namespace);
  for (const file of release.values) args.push('--values', path.resolve(cwd, file));
  for (const [key, value] of Object.entries(release.set)) args.push('--set', `${key}=${value}`);
  if (release.kubeVersion) args.push('--kube-version', release.kubeVersion);
  return args;
}

export function renderHelmRelease(release: HelmRelease, options: HelmOptions): RenderedSources {
  const chartFile = `${release.chart}/Chart.yaml`;
  const result = options.runner.run(options.helm, helmTemplateArgs(release, options.cwd), {
    cwd: options.cwd,
    timeoutMs: options.timeoutMs,
  });
  if (result.timedOut) {
    return failure({
      file: chartFile,
      line: 1,
      message: `helm template timed out after ${options.timeoutMs / 1000} s`,
    });
  }
  if (result.code !== 0) return failure(helmError(result.stderr, release, options.cwd));
  const rendered = tracedObjects(result.stdout, release, options.cwd);
  // helm install -n puts objects without a namespace into the release's
  if (release.namespace)
    defaultNamespace(
      rendered.objects.map((object) => object.value),
      release.namespace,
    );
  return rendered;
}

function failure(error: LoadError): RenderedSources {
  return { objects: [], otherDocuments: [], errors: [error] };
}

/** Helm's own error, with the file and line it names where it names one. */
export function helmError(stderr: string, release: HelmRelease, cwd: string): LoadError {
  const message = stderr
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('level=') && !/^(WARNING|walk\.go)/.test(line))
    .join(' ')
    .replace(/^Error: /, '');
  const chartName = chartNameOf(release.chart, cwd);
  const missing = /missing in charts\/ directory: ([\w.,\s-]+)/.exec(message);
  if (missing) {
    const dependency = missing[1]!.split(',')[0]!.trim();
    return {
      file: `${release.chart}/Chart.yaml`,
      line: dependencyLine(release.chart, cwd, dependency),
      message: `chart dependency "${dependency}" is missing from charts/ (run helm dependency build and commit it, or vendor it): ${message}`,
    };
  }
  // `template: chart/templates/x.yaml:12:3: executing ...`, `parse error at (chart/templates/x.yaml:5)`,
  // `YAML parse error on chart/templates/x.yaml: ... line 12: ...`
  const located = /([\w.-]+\/(?:charts\/[\w.-]+\/)*templates\/[^\s:()]+):(\d+)/.exec(message);
  if (located) {
    return {
      file: sourceFile(located[1]!, chartName, release.chart),
      line: Number(located[2]),
      message: `helm template: ${message}`,
    };
  }
  const yamlError = /error on ([\w.-]+\/\S+?): .*?line (\d+)/.exec(message);
  if (yamlError) {
    return {
      file: sourceFile(yamlError[1]!, chartName, release.chart),
      line: Number(yamlError[2]),
      message: `helm template: ${message}`,
    };
  }
  return {
    file: `${release.chart}/Chart.yaml`,
    line: 1,
    message: `helm template failed: ${message || 'no output'}`,
  };
}

function chartNameOf(chart: string, cwd: string): string {
  try {
    const value = parseYamlFile(fs.readFileSync(path.resolve(cwd, chart, 'Chart.yaml'), 'utf8')).documents[0]
      ?.value;
    if (isRecord(value) && typeof value.name === 'string') return value.name;
  } catch {
    /* helm reports a broken Chart.yaml itself */
  }
  return path.basename(chart);
}

function dependencyLine(chart: string, cwd: string, dependency: string): number {
  try {
    const document = parseYamlFile(fs.readFileSync(path.resolve(cwd, chart, 'Chart.yaml'), 'utf8'))
      .documents[0];
    const value = document?.value;
    if (isRecord(value) && Array.isArray(value.dependencies)) {
      const index = value.dependencies.findIndex((entry) => isRecord(entry) && entry.name === dependency);
      if (index >= 0) return document!.locate(['dependencies', index]).line;
      return document!.locate(['dependencies']).line;
    }
  } catch {
    /* fall through */
  }
  return 1;
}

/** `<chart name>/templates/x.yaml` (as Helm writes it) to the file in the repository. */
function sourceFile(source: string, chartName: string, chartDir: string): string {
  const rest = source.startsWith(`${chartName}/`)
    ? source.slice(chartName.length + 1)
    : source.split('/').slice(1).join('/');
  return `${chartDir}/${rest}`;
}

interface TemplateText {
  lines: string[];
  ranges: TextRange[];
}

function tracedObjects(output: string, release: HelmRelease, cwd: string): RenderedSources {
  const rendered: RenderedSources = { objects: [], otherDocuments: [], errors: [] };
  const chartName = chartNameOf(release.chart, cwd);
  const templates = new Map<string, TemplateText | undefined>();
  const kindOccurrences = new Map<string, number>();
  const values = valuesFiles(release, cwd);

  for (const chunk of output.split(/^---\s*$/m)) {
    const source = /^# Source: (.+)$/m.exec(chunk)?.[1]?.trim();
    if (!source) continue;
    const file = sourceFile(source, chartName, release.chart);
    let documents;
    try {
      documents = parseYamlFile(chunk).documents;
    } catch (error) {
      const line = error instanceof YamlSourceError ? error.line : 1;
      rendered.errors.push({
        file,
        line: 1,
        message: `rendered output is not valid YAML (line ${line} of the output): ${(error as Error).message}`,
      });
      continue;
    }
    if (!templates.has(file)) templates.set(file, readTemplate(path.resolve(cwd, file)));
    const template = templates.get(file);
    for (const document of documents) {
      const value = document.value;
      if (value === null || value === undefined) continue;
      if (!isKubeObject(value)) {
        rendered.otherDocuments.push({
          file,
          documentIndex: 0,
          line: 1,
          value,
          locate: () => ({ line: 1, column: 1 }),
        });
        continue;
      }
      const key = `${file}\u0000${value.kind}`;
      const occurrence = kindOccurrences.get(key) ?? 0;
      kindOccurrences.set(key, occurrence + 1);
      const range = template ? templateRange(template, value.kind, occurrence) : undefined;
      const start = template && range ? firstContentLine(template.lines, range) : 1;
      rendered.objects.push({
        file,
        documentIndex: range && template ? template.ranges.indexOf(range) : 0,
        line: start,
        value,
        locate: (fieldPath) => {
          if (!template || !range) return { line: start, column: 1 };
          const match = matchInText(template.lines, range, fieldPath);
          if (!match) return { line: start, column: 1 };
          // a structure passed in with toYaml .Values.x: the values file is what a person edits
          const reference =
            match.matched < fieldPath.length
              ? valuesReferenceBelow(template.lines, range, match.position.line)
              : undefined;
          return (
            (reference && values.locate([...reference, ...fieldPath.slice(match.matched)])) ?? match.position
          );
        },
      });
    }
  }
  return rendered;
}

/**
 * The values files of a release, last one winning as in Helm: a values path is
 * located in the last file that sets it completely, else in the last file that
 * has its start (where the missing field would be added).
 */
function valuesFiles(
  release: HelmRelease,
  cwd: string,
): { locate(path: FieldPath): SourceLocation | undefined } {
  const files = [`${release.chart}/values.yaml`, ...release.values].reverse();
  const parsed = new Map<string, YamlDocument | undefined>();
  const documentOf = (file: string) => {
    if (!parsed.has(file)) {
      try {
        parsed.set(file, parseYamlFile(fs.readFileSync(path.resolve(cwd, file), 'utf8')).documents[0]);
      } catch {
        parsed.set(file, undefined);
      }
    }
    return parsed.get(file);
  };
  const depthIn = (value: unknown, fieldPath: FieldPath): number => {
    let node = value;
    for (const [index, segment] of fieldPath.entries()) {
      if (
        typeof segment === 'number'
          ? !Array.isArray(node) || node[segment] === undefined
          : !isRecord(node) || !(segment in node)
      ) {
        return index;
      }
      node =
        typeof segment === 'number'
          ? (node as unknown[])[segment]
          : (node as Record<string, unknown>)[segment];
    }
    return fieldPath.length;
  };
  return {
    locate(fieldPath) {
      let partial: { file: string; document: YamlDocument; depth: number } | undefined;
      for (const file of files) {
        const document = documentOf(file);
        if (!document) continue;
        const depth = depthIn(document.value, fieldPath);
        if (depth === fieldPath.length) return { file, ...document.locate(fieldPath) };
        if (depth > 0 && (!partial || depth > partial.depth)) partial = { file, document, depth };
      }
      return partial ? { file: partial.file, ...partial.document.locate(fieldPath) } : undefined;
    },
  };
}

function readTemplate(file: string): TemplateText | undefined {
  try {
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    return { lines, ranges: documentRanges(lines) };
  } catch {
    return undefined; // a packaged subchart: the object's line is the best we have
  }
}

/** The template document that produced the n-th rendered object of this kind from this file. */
function templateRange(template: TemplateText, kind: string, occurrence: number): TextRange | undefined {
  const kindLine = new RegExp(`^kind:\\s*["']?${kind}["']?\\s*$`, 'm');
  const ofKind = template.ranges.filter((range) =>
    kindLine.test(template.lines.slice(range.start, range.end).join('\n')),
  );
  if (ofKind.length > 0) return ofKind[Math.min(occurrence, ofKind.length - 1)];
  return template.ranges[Math.min(occurrence, template.ranges.length - 1)];
}
