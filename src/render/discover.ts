/**
 * Which sources to render: Helm charts (a folder with Chart.yaml), Kustomize
 * roots (a folder with a kustomization file) and plain YAML everywhere else.
 *
 * A file under a chart or a Kustomize root belongs to it and is not read as
 * plain YAML. A Kustomize root that another root builds on (a base) is checked
 * through the roots that use it, so its findings are not reported twice; a
 * root nobody uses is built by itself. With a change scope, only the sources
 * the change touches are kept.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isRecord } from '../model/objects.js';
import { isManifestName, isSkippedFolder, relativeName, type LoadError } from './loader.js';
import { parseYamlFile } from './yaml-source.js';

export const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

export interface HelmRelease {
  /** chart folder, relative to the working directory */
  readonly chart: string;
  readonly name: string;
  readonly namespace?: string;
  /** values files, relative to the working directory, in order */
  readonly values: readonly string[];
  readonly set: Readonly<Record<string, string>>;
  readonly kubeVersion?: string;
}

export interface KustomizeRoot {
  /** folder, relative to the working directory */
  readonly dir: string;
  /** every folder it builds from (itself, bases, components), for change scoping */
  readonly dependsOn: readonly string[];
}

export interface SourcePlan {
  readonly plainFiles: string[];
  readonly releases: HelmRelease[];
  readonly kustomizations: KustomizeRoot[];
  readonly errors: LoadError[];
}

export interface RenderConfig {
  helm?: string;
  kustomize?: string;
  kubectl?: string;
  timeoutSeconds?: number;
  kubeVersion?: string;
  releases?: Array<{
    chart: string;
    name?: string;
    namespace?: string;
    values?: string[];
    set?: Record<string, string | number | boolean>;
    kubeVersion?: string;
  }>;
  kustomizations?: string[];
}

export function kustomizationFileIn(dir: string): string | undefined {
  return KUSTOMIZATION_FILES.map((name) => path.join(dir, name)).find((file) => fs.existsSync(file));
}

interface Walked {
  plain: Set<string>;
  charts: Set<string>;
  roots: Set<string>;
}

/** Walks the inputs; paths are absolute. */
function walkInputs(inputs: readonly string[], cwd: string, errors: LoadError[]): Walked {
  const walked: Walked = { plain: new Set(), charts: new Set(), roots: new Set() };
  const walk = (dir: string, insideRoot: boolean): void => {
    if (fs.existsSync(path.join(dir, 'Chart.yaml'))) {
      walked.charts.add(dir);
      return;
    }
    const isRoot = kustomizationFileIn(dir) !== undefined;
    if (isRoot) walked.roots.add(dir);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      errors.push({ file: relativeName(cwd, dir), line: 1, message: `cannot read folder: ${String(error)}` });
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!isSkippedFolder(entry.name)) walk(full, insideRoot || isRoot);
      } else if (!insideRoot && !isRoot && isManifestName(entry.name)) {
        if (
          entry.isFile() ||
          (entry.isSymbolicLink() && fs.statSync(full, { throwIfNoEntry: false })?.isFile())
        ) {
          walked.plain.add(full);
        }
      }
    }
  };
  for (const input of inputs) {
    const full = path.resolve(cwd, input);
    const stat = fs.statSync(full, { throwIfNoEntry: false });
    if (!stat) errors.push({ file: relativeName(cwd, full), line: 1, message: 'no such file or folder' });
    else if (stat.isDirectory()) walk(full, false);
    else if (path.basename(full) === 'Chart.yaml') walked.charts.add(path.dirname(full));
    else if (KUSTOMIZATION_FILES.includes(path.basename(full))) walked.roots.add(path.dirname(full));
    else walked.plain.add(full);
  }
  return walked;
}

const REMOTE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|github\.com\/|gitlab\.com\/|bitbucket\.org\/)/i;

/** The local folders a kustomization builds on, recursively (absolute paths). */
function kustomizeDependencies(
  root: string,
  cwd: string,
  errors: LoadError[],
  seen = new Set<string>(),
): Set<string> {
  if (seen.has(root)) return seen;
  seen.add(root);
  const file = kustomizationFileIn(root);
  if (!file) return seen;
  let value: unknown;
  let document;
  try {
    document = parseYamlFile(fs.readFileSync(file, 'utf8')).documents[0];
    value = document?.value;
  } catch {
    return seen; // kustomize itself reports a broken kustomization, with its own words
  }
  if (!isRecord(value)) return seen;
  for (const field of ['resources', 'bases', 'components']) {
    const entries = value[field];
    if (!Array.isArray(entries)) continue;
    entries.forEach((entry, index) => {
      if (typeof entry !== 'string') return;
      if (REMOTE.test(entry)) {
        errors.push({
          file: relativeName(cwd, file),
          line: document!.locate([field, index]).line,
          message: `remote ${field} entry "${entry}" is not fetched (kubegate renders without network); vendor it into the repository`,
        });
        return;
      }
      const target = path.resolve(root, entry);
      if (fs.statSync(target, { throwIfNoEntry: false })?.isDirectory())
        kustomizeDependencies(target, cwd, errors, seen);
    });
  }
  return seen;
}

export interface Shard {
  /** 1-based */
  readonly index: number;
  readonly count: number;
}

export function planSources(
  inputs: readonly string[],
  cwd: string,
  config: RenderConfig,
  changedFiles?: ReadonlySet<string>,
  shard?: Shard,
): SourcePlan {
  const plan = scopedPlan(inputs, cwd, config, changedFiles);
  if (!shard) return plan;
  const mine = (source: string) => shardOf(source, shard.count) === shard.index;
  return {
    plainFiles: plan.plainFiles.filter(mine),
    releases: plan.releases.filter((release) => mine(`helm:${release.chart}:${release.name}`)),
    kustomizations: plan.kustomizations.filter((root) => mine(`kustomize:${root.dir}`)),
    errors: plan.errors,
  };
}

/**
 * The shard (1..count) a source belongs to: a hash of its name, so every
 * runner of a matrix agrees without talking to the others, and adding a file
 * moves no other file.
 */
export function shardOf(source: string, count: number): number {
  let hash = 0x811c9dc5; // FNV-1a, 32 bit
  for (let i = 0; i < source.length; i++) {
    hash ^= source.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % count) + 1;
}

function scopedPlan(
  inputs: readonly string[],
  cwd: string,
  config: RenderConfig,
  changedFiles?: ReadonlySet<string>,
): SourcePlan {
  const errors: LoadError[] = [];
  const walked = walkInputs(inputs, cwd, errors);

  // declared releases and roots count only when the paths being checked include them
  const inputDirs = inputs.map((input) => path.resolve(cwd, input));
  const withinInputs = (dir: string) =>
    inputDirs.some((input) => dir === input || dir.startsWith(`${input}${path.sep}`));

  // Helm: declared releases win over the default (one release, named after the chart, with its values.yaml)
  const declared = (config.releases ?? [])
    .filter((release) => withinInputs(path.resolve(cwd, release.chart)))
    .map((release): HelmRelease => ({
      chart: relativeName(cwd, path.resolve(cwd, release.chart)),
      name: release.name ?? path.basename(path.resolve(cwd, release.chart)),
      ...(release.namespace !== undefined ? { namespace: release.namespace } : {}),
      values: (release.values ?? []).map((file) => relativeName(cwd, path.resolve(cwd, file))),
      set: Object.fromEntries(Object.entries(release.set ?? {}).map(([key, v]) => [key, String(v)])),
      ...((release.kubeVersion ?? config.kubeVersion)
        ? { kubeVersion: release.kubeVersion ?? config.kubeVersion }
        : {}),
    }));
  const declaredCharts = new Set(declared.map((release) => release.chart));
  const releases = [...declared];
  for (const chart of [...walked.charts].sort()) {
    const name = relativeName(cwd, chart);
    if (declaredCharts.has(name)) continue;
    releases.push({
      chart: name,
      name: path
        .basename(chart)
        .toLowerCase()
        .replace(/[^a-z0-9-]/g, '-'),
      values: [],
      set: {},
      ...(config.kubeVersion ? { kubeVersion: config.kubeVersion } : {}),
    });
  }

  // Kustomize: declared roots, else the discovered roots no other discovered root builds on
  const dependencies = new Map<string, Set<string>>();
  const rootsToBuild = config.kustomizations
    ? config.kustomizations.map((dir) => path.resolve(cwd, dir)).filter(withinInputs)
    : [...walked.roots];
  for (const root of new Set([...rootsToBuild, ...walked.roots]))
    dependencies.set(root, kustomizeDependencies(root, cwd, errors));
  const usedByOthers = new Set<string>();
  if (!config.kustomizations) {
    for (const [root, deps] of dependencies) for (const dep of deps) if (dep !== root) usedByOthers.add(dep);
  }
  const kustomizations = rootsToBuild
    .filter((root) => !usedByOthers.has(root))
    .sort()
    .map((root) => ({
      dir: relativeName(cwd, root),
      dependsOn: [...(dependencies.get(root) ?? [root])].map((dir) => relativeName(cwd, dir)),
    }));

  const plainFiles = [...walked.plain].map((file) => relativeName(cwd, file)).sort();
  if (!changedFiles) return { plainFiles, releases, kustomizations, errors };

  const touches = (dir: string) =>
    [...changedFiles].some((file) => dir === '.' || file === dir || file.startsWith(`${dir}/`));
  return {
    plainFiles: plainFiles.filter((file) => changedFiles.has(file)),
    releases: releases.filter(
      (release) => touches(release.chart) || release.values.some((file) => changedFiles.has(file)),
    ),
    kustomizations: kustomizations.filter((root) => root.dependsOn.some(touches)),
    errors,
  };
}
