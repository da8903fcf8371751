import { createRequire as __kubegateRequire } from 'node:module';
const require = __kubegateRequire(import.meta.url);
import {
  DEFAULT_CONFIG_FILE,
  DEFAULT_SETTINGS,
  applyConfig,
  formatImageReference,
  formatPath,
  globToRegExp,
  imageSites,
  isRecord,
  parseImageReference,
  podTemplates,
  readConfigFile,
  relativeName,
  renderSources,
  resourceRef
} from "./chunk-TYYCVPRW.js";

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

// src/gate/exemptions.ts
var INLINE_EXEMPTION_PREFIX = "kubegate.io/exempt.";
function inlineExemptions(object) {
  const found = /* @__PURE__ */ new Map();
  const metadata = isRecord(object.metadata) ? object.metadata : void 0;
  const annotations = metadata && isRecord(metadata.annotations) ? metadata.annotations : {};
  for (const [key, value] of Object.entries(annotations)) {
    if (!key.startsWith(INLINE_EXEMPTION_PREFIX) || typeof value !== "string") continue;
    const written = key.slice(INLINE_EXEMPTION_PREFIX.length);
    const ruleId = written.includes("/") ? written : written.replace(".", "/");
    found.set(ruleId, value.trim());
  }
  return found;
}
function applyExemptions(findings, inlineByResource, policy) {
  const compiled = policy.exemptions.map((exemption) => ({
    exemption,
    rule: globToRegExp(exemption.rule),
    kind: globToRegExp(exemption.resource?.kind ?? "*"),
    namespace: globToRegExp(exemption.resource?.namespace ?? "*"),
    name: globToRegExp(exemption.resource?.name ?? "*")
  }));
  return findings.map((finding) => {
    const configured = compiled.find(
      (entry) => entry.rule.test(finding.ruleId) && entry.kind.test(finding.resource.kind) && entry.namespace.test(finding.resource.namespace ?? "") && entry.name.test(finding.resource.name)
    );
    let exemption;
    if (configured) {
      const { reason, owner, expires } = configured.exemption;
      const expired = expires !== void 0 && expires < policy.today;
      exemption = {
        source: "config",
        reason,
        ...owner !== void 0 ? { owner } : {},
        ...expires !== void 0 ? { expires } : {},
        state: expired ? "expired" : "active"
      };
    } else {
      const reason = inlineByResource.get(resourceKey(finding))?.get(finding.ruleId);
      if (reason !== void 0 && reason !== "") {
        exemption = { source: "annotation", reason, state: policy.allowInline ? "active" : "refused" };
      }
    }
    return exemption ? { ...finding, exemption } : finding;
  });
}
function resourceKey(finding) {
  const { kind, namespace, name } = finding.resource;
  return `${kind}/${namespace ?? ""}/${name}`;
}
function todayUtc(now = /* @__PURE__ */ new Date()) {
  return now.toISOString().slice(0, 10);
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
  inlineExemptions,
  applyExemptions,
  resourceKey,
  todayUtc,
  collectImages,
  loadSettings,
  renderForScan
};
