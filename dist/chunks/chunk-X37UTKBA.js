import { createRequire as __kubegateRequire } from 'node:module';
const require = __kubegateRequire(import.meta.url);
import {
  DEFAULT_CONFIG_FILE,
  DEFAULT_SETTINGS,
  applyConfig,
  readConfigFile,
  renderSources
} from "./chunk-3Q33NQNM.js";
import {
  formatImageReference,
  formatPath,
  imageSites,
  parseImageReference,
  podTemplates,
  relativeName,
  resourceRef
} from "./chunk-Q2MKRVJ5.js";

// src/scan/settings.ts
import fs from "node:fs";
import path from "node:path";
function loadSettings(configFlag, cwd) {
  const configPath = configFlag ?? (fs.existsSync(path.join(cwd, DEFAULT_CONFIG_FILE)) ? DEFAULT_CONFIG_FILE : void 0);
  if (configPath === void 0) return DEFAULT_SETTINGS;
  const full = path.resolve(cwd, configPath);
  return applyConfig(DEFAULT_SETTINGS, readConfigFile(full, relativeName(cwd, full)));
}
function renderForScan(paths, settings, cwd, env) {
  return renderSources(paths.length > 0 ? paths : ["."], {
    cwd,
    config: settings.config.render ?? {},
    maxFileBytes: settings.maxFileBytes,
    env
  });
}

// src/scan/images.ts
function collectImages(objects) {
  const byImage = /* @__PURE__ */ new Map();
  const invalid = [];
  for (const template of podTemplates(objects)) {
    for (const site of imageSites(template)) {
      const located = site.object.locate(site.path);
      const file = typeof located.file === "string" ? located.file : site.object.file;
      const use = {
        file,
        line: located.line,
        column: located.column,
        resource: resourceRef(site.object.value),
        path: formatPath(site.path),
        site: site.label,
        written: typeof site.image === "string" ? site.image : "",
        object: site.object,
        fieldPath: site.path
      };
      const parsed = typeof site.image === "string" ? parseImageReference(site.image) : void 0;
      if (!parsed?.ok) {
        invalid.push({
          written: site.image,
          reason: parsed ? parsed.reason : "no image is set",
          use
        });
        continue;
      }
      const image = formatImageReference(parsed.reference);
      const entry = byImage.get(image) ?? { reference: parsed.reference, uses: [] };
      entry.uses.push(use);
      byImage.set(image, entry);
    }
  }
  const images = [...byImage.entries()].map(([image, entry]) => ({ image, reference: entry.reference, uses: entry.uses.sort(compareUses) })).sort((a, b) => a.image < b.image ? -1 : a.image > b.image ? 1 : 0);
  return { images, invalid };
}
function compareUses(a, b) {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
}

export {
  collectImages,
  loadSettings,
  renderForScan
};
