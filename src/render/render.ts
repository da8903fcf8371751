/**
 * The render stage: sources in, objects with provenance out. Plain YAML is
 * read directly; charts and Kustomize roots go through helm and kustomize.
 * A source that cannot be rendered is an error naming its file, never an
 * empty render that passes.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SourceDocument, SourceObject } from '../model/objects.js';
import { planSources, type RenderConfig, type Shard } from './discover.js';
import { renderHelmRelease } from './helm.js';
import { renderKustomization } from './kustomize.js';
import { loadSources, workingTree, type LoadError, type LoadResult } from './loader.js';
import { processToolRunner, type ToolRunner } from './tools.js';

export interface RenderOptions {
  readonly cwd: string;
  readonly config: RenderConfig;
  readonly maxFileBytes?: number;
  /** only sources these files touch (paths relative to cwd); undefined renders everything */
  readonly changedFiles?: ReadonlySet<string>;
  /** `--shard i/n`: only this deterministic share of the sources */
  readonly shard?: Shard;
  readonly runner?: ToolRunner;
  /** environment for finding tools (KUBEGATE_HELM, KUBEGATE_KUSTOMIZE, KUBEGATE_KUBECTL, PATH) */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export interface RenderResult extends LoadResult {
  /** what was rendered, for the report */
  readonly rendered: { charts: string[]; kustomizations: string[] };
}

export const DEFAULT_RENDER_TIMEOUT_SECONDS = 60;

export function renderSources(inputs: readonly string[], options: RenderOptions): RenderResult {
  const plan = planSources(inputs, options.cwd, options.config, options.changedFiles, options.shard);
  const plain = loadSources(
    plan.plainFiles,
    {
      cwd: options.cwd,
      ...(options.maxFileBytes !== undefined ? { maxFileBytes: options.maxFileBytes } : {}),
    },
    workingTree(options.cwd),
  );
  const objects: SourceObject[] = [...plain.objects];
  const otherDocuments: SourceDocument[] = [...plain.otherDocuments];
  const errors: LoadError[] = [...plan.errors, ...plain.errors];
  const runner = options.runner ?? processToolRunner();
  const timeoutMs = (options.config.timeoutSeconds ?? DEFAULT_RENDER_TIMEOUT_SECONDS) * 1000;
  const env = options.env ?? process.env;

  if (plan.releases.length > 0) {
    const helm = findTool(options.config.helm ?? env.KUBEGATE_HELM, 'helm', env);
    for (const release of plan.releases) {
      if (!helm) {
        errors.push({
          file: `${release.chart}/Chart.yaml`,
          line: 1,
          message: 'helm not found: install Helm 3 or 4, or set render.helm',
        });
        continue;
      }
      const result = renderHelmRelease(release, { cwd: options.cwd, helm, runner, timeoutMs });
      objects.push(...result.objects);
      otherDocuments.push(...result.otherDocuments);
      errors.push(...result.errors);
    }
  }

  if (plan.kustomizations.length > 0) {
    const kustomize = findKustomize(options.config, env);
    for (const root of plan.kustomizations) {
      if (!kustomize) {
        errors.push({
          file: `${root.dir}/kustomization.yaml`,
          line: 1,
          message: 'neither kustomize nor kubectl found: install one, or set render.kustomize',
        });
        continue;
      }
      const result = renderKustomization(root, { cwd: options.cwd, binary: kustomize, runner, timeoutMs });
      objects.push(...result.objects);
      otherDocuments.push(...result.otherDocuments);
      errors.push(...result.errors);
    }
  }

  return {
    objects,
    otherDocuments,
    errors,
    files: plain.files,
    skippedDocuments: otherDocuments.length,
    skippedCharts: [],
    rendered: {
      charts: plan.releases.map((release) => release.chart),
      kustomizations: plan.kustomizations.map((root) => root.dir),
    },
  };
}

function findKustomize(
  config: RenderConfig,
  env: Readonly<Record<string, string | undefined>>,
): { path: string; flavour: 'kustomize' | 'kubectl' } | undefined {
  const kustomize = findTool(config.kustomize ?? env.KUBEGATE_KUSTOMIZE, 'kustomize', env);
  if (kustomize) return { path: kustomize, flavour: 'kustomize' };
  const kubectl = findTool(config.kubectl ?? env.KUBEGATE_KUBECTL, 'kubectl', env);
  return kubectl ? { path: kubectl, flavour: 'kubectl' } : undefined;
}

/** A configured path (used as given), else the name looked up on PATH. */
export function findTool(
  configured: string | undefined,
  name: string,
  env: Readonly<Record<string, string | undefined>>,
): string | undefined {
  if (configured) return configured;
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (dir === '') continue;
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      /* not here */
    }
  }
  return undefined;
}
