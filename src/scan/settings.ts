/** Settings for the scan commands: defaults, then the config file (.kubegate.yaml or --config). */
import fs from 'node:fs';
import path from 'node:path';
import { applyConfig, DEFAULT_CONFIG_FILE, readConfigFile } from '../config/config-file.js';
import { DEFAULT_SETTINGS, type Settings } from '../config/settings.js';
import { relativeName } from '../render/loader.js';
import { renderSources, type RenderResult } from '../render/render.js';

export function loadSettings(configFlag: string | undefined, cwd: string): Settings {
  const configPath =
    configFlag ?? (fs.existsSync(path.join(cwd, DEFAULT_CONFIG_FILE)) ? DEFAULT_CONFIG_FILE : undefined);
  if (configPath === undefined) return DEFAULT_SETTINGS;
  const full = path.resolve(cwd, configPath);
  return applyConfig(DEFAULT_SETTINGS, readConfigFile(full, relativeName(cwd, full)));
}

export function renderForScan(
  paths: readonly string[],
  settings: Settings,
  cwd: string,
  env: Readonly<Record<string, string | undefined>>,
): RenderResult {
  return renderSources(paths.length > 0 ? paths : ['.'], {
    cwd,
    config: settings.config.render ?? {},
    maxFileBytes: settings.maxFileBytes,
    env,
  });
}
