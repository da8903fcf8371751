/**
 * `kubegate images [PATH...]`: every image the rendered manifests deploy,
 * normalised, with every place it is used. Synchronous, like check. Exit 0
 * when everything rendered (references that do not parse are listed, as
 * images/invalid-reference reports them), 2 when a source could not be read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError } from '../config/config-file.js';
import { repositoryName } from '../engines/image-ref.js';
import type { LoadError } from '../render/loader.js';
import { collectImages, type ImageInventory, type ImageUse } from '../scan/images.js';
import { loadSettings, renderForScan } from '../scan/settings.js';
import { UsageError, type CliIO } from './io.js';

export const IMAGES_USAGE = `Usage: kubegate images [PATH...] [options]

Lists every image the manifests deploy (files, folders, charts, Kustomize
roots; default "."), normalised (nginx is docker.io/library/nginx), with
every place it is used: file, line, resource, container.

Options:
  --format text|json   output format (default text)
  --output FILE        write the list to FILE instead of stdout
  --config FILE        configuration (default .kubegate.yaml when present)

Exit codes: 0 listed, 2 a source could not be read or rendered.
`;

const FORMATS = ['text', 'json'] as const;

export function runImages(args: string[], io: CliIO): number {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(IMAGES_USAGE);
    return 0;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { format: { type: 'string' }, output: { type: 'string' }, config: { type: 'string' } },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const format = parsed.values.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${format}"`);
  let settings;
  try {
    settings = loadSettings(parsed.values.config, io.cwd);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`kubegate: ${error.file}:${error.line}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const rendered = renderForScan(parsed.positionals, settings, io.cwd, io.env);
  const inventory = collectImages(rendered.objects);
  const output =
    format === 'json'
      ? formatImagesJson(inventory, rendered.errors)
      : formatImagesText(inventory, rendered.errors);
  if (parsed.values.output !== undefined) {
    const target = path.resolve(io.cwd, parsed.values.output);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, output);
  } else {
    io.stdout(output);
  }
  for (const error of rendered.errors) io.stderr(`kubegate: ${error.file}:${error.line}: ${error.message}\n`);
  return rendered.errors.length > 0 ? 2 : 0;
}

function useJson(use: ImageUse) {
  return {
    file: use.file,
    line: use.line,
    column: use.column,
    resource: use.resource,
    path: use.path,
    site: use.site,
    written: use.written,
  };
}

export function formatImagesJson(inventory: ImageInventory, errors: readonly LoadError[]): string {
  return `${JSON.stringify(
    {
      version: 1,
      images: inventory.images.map((image) => ({
        image: image.image,
        registry: image.reference.domain,
        repository: repositoryName(image.reference),
        ...(image.reference.tag !== undefined ? { tag: image.reference.tag } : {}),
        ...(image.reference.digest !== undefined ? { digest: image.reference.digest } : {}),
        uses: image.uses.map(useJson),
      })),
      invalid: inventory.invalid.map((entry) => ({
        written: entry.written ?? null,
        reason: entry.reason,
        use: useJson(entry.use),
      })),
      errors,
    },
    null,
    2,
  )}\n`;
}

export function formatImagesText(inventory: ImageInventory, errors: readonly LoadError[]): string {
  const lines: string[] = [];
  for (const image of inventory.images) {
    lines.push(image.image);
    for (const use of image.uses) lines.push(`  ${usePlace(use)}`);
  }
  if (inventory.invalid.length > 0) {
    lines.push('', 'Invalid image references (cannot be scanned):');
    for (const entry of inventory.invalid)
      lines.push(`  ${usePlace(entry.use)}: ${JSON.stringify(entry.written ?? null)}: ${entry.reason}`);
  }
  const uses = inventory.images.reduce((sum, image) => sum + image.uses.length, 0);
  lines.push(
    '',
    `${inventory.images.length} image${inventory.images.length === 1 ? '' : 's'}, ${uses} use${uses === 1 ? '' : 's'}` +
      (inventory.invalid.length > 0 ? `, ${inventory.invalid.length} invalid` : '') +
      (errors.length > 0 ? `, ${errors.length} error${errors.length === 1 ? '' : 's'}` : ''),
  );
  return `${lines.join('\n')}\n`;
}

function usePlace(use: ImageUse): string {
  const { kind, namespace, name } = use.resource;
  return `${use.file}:${use.line}  ${kind}/${namespace ? `${namespace}/` : ''}${name}  ${use.site}`;
}
