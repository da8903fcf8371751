import { createRequire as __kubegateRequire } from 'node:module';
const require = __kubegateRequire(import.meta.url);
import {
  collectImages,
  renderForScan
} from "./chunk-X37UTKBA.js";
import {
  KUBEGATE_VERSION,
  buildReport,
  formatSarif,
  require_ajv
} from "./chunk-3Q33NQNM.js";
import {
  YamlSourceError,
  __toESM,
  applyExemptions,
  effectiveRules,
  fingerprint,
  formatImageReference,
  globToRegExp,
  imageVulnerabilityRule,
  inlineExemptions,
  parseImageReference,
  parseYamlFile,
  relativeName,
  repositoryName,
  resourceKey,
  resourceRef,
  todayUtc
} from "./chunk-Q2MKRVJ5.js";

// src/scan/ignore-file.ts
var import_ajv = __toESM(require_ajv(), 1);
import fs from "node:fs";
var DEFAULT_IGNORE_FILE = ".kubegate-cve-ignore.yaml";
var IgnoreFileError = class extends Error {
  constructor(file, line, message) {
    super(message);
    this.file = file;
    this.line = line;
    this.name = "IgnoreFileError";
  }
  file;
  line;
};
var SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["ignores"],
  properties: {
    ignores: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id", "reason"],
        properties: {
          id: { type: "string", minLength: 1 },
          reason: { type: "string", minLength: 1 },
          expires: { type: "string", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
          owner: { type: "string" },
          images: { type: "array", items: { type: "string", minLength: 1 } }
        }
      }
    }
  }
};
var validate;
function readIgnoreFile(fullPath, displayName) {
  let textContent;
  try {
    textContent = fs.readFileSync(fullPath, "utf8");
  } catch (error) {
    throw new IgnoreFileError(
      displayName,
      1,
      `cannot read the ignore file: ${error.code ?? String(error)}`
    );
  }
  return parseIgnoreFile(textContent, displayName);
}
function parseIgnoreFile(textContent, file) {
  let documents;
  try {
    documents = parseYamlFile(textContent).documents;
  } catch (error) {
    if (error instanceof YamlSourceError) throw new IgnoreFileError(file, error.line, error.message);
    throw error;
  }
  if (documents.length > 1) throw new IgnoreFileError(file, 1, "the ignore file must hold one YAML document");
  const document = documents[0];
  if (!document || document.value === null || document.value === void 0) return [];
  restoreDates(document.value, textContent, document.locate);
  validate ??= new import_ajv.Ajv({ allErrors: true, strict: true }).compile(SCHEMA);
  if (!validate(document.value)) {
    const error = validate.errors[0];
    const segments = error.instancePath.split("/").slice(1).map((segment) => /^\d+$/.test(segment) ? Number(segment) : segment);
    const extra = error.keyword === "additionalProperties" ? error.params.additionalProperty : void 0;
    const at = [...segments, ...extra !== void 0 ? [extra] : []];
    const where = at.length > 0 ? at.join(".") : "(top level)";
    const message = extra !== void 0 ? `unknown key ${where}` : error.keyword === "required" ? `${where} needs ${error.params.missingProperty}` : error.keyword === "pattern" ? `${where} must be a date, YYYY-MM-DD` : `${where} ${error.message ?? "is invalid"}`;
    throw new IgnoreFileError(file, document.locate(at).line, message);
  }
  const entries = document.value.ignores;
  return entries.map((entry, index) => {
    const line = document.locate(["ignores", index]).line;
    if (entry.expires !== void 0 && !isRealDate(entry.expires))
      throw new IgnoreFileError(
        file,
        document.locate(["ignores", index, "expires"]).line,
        `ignores.${index}.expires: ${entry.expires} is not a calendar date`
      );
    return { ...entry, reason: entry.reason.trim(), file, line };
  });
}
function restoreDates(value, textContent, locate) {
  const entries = value?.ignores;
  if (!Array.isArray(entries)) return;
  const lines = textContent.split(/\r?\n/);
  entries.forEach((entry, index) => {
    if (typeof entry !== "object" || entry === null || !(entry.expires instanceof Date))
      return;
    const where = locate(["ignores", index, "expires"]);
    const written = /(\d{4}-\d{2}-\d{2})/.exec(lines[where.line - 1]?.slice(where.column - 1) ?? "")?.[1];
    entry.expires = written ?? entry.expires.toISOString().slice(0, 10);
  });
}
function isRealDate(date) {
  const parsed = /* @__PURE__ */ new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}
function ignoreMatcher(ignores, today) {
  const compiled = ignores.map((ignore) => ({
    ignore,
    id: ignore.id.trim().toUpperCase(),
    images: ignore.images?.map((pattern) => globToRegExp(normalizePattern(pattern)))
  }));
  return {
    match(vulnerabilityId, image) {
      const id = vulnerabilityId.toUpperCase();
      const parsed = parseImageReference(image);
      const repository = parsed.ok ? repositoryName(parsed.reference) : image;
      const found = compiled.find(
        (entry) => entry.id === id && (entry.images === void 0 || entry.images.some((pattern) => pattern.test(repository) || pattern.test(image)))
      );
      if (!found) return void 0;
      const expired = found.ignore.expires !== void 0 && found.ignore.expires < today;
      return { ignore: found.ignore, state: expired ? "expired" : "active" };
    }
  };
}
function normalizePattern(pattern) {
  if (/[*?]/.test(pattern)) return pattern;
  const parsed = parseImageReference(pattern);
  return parsed.ok ? formatImageReference(parsed.reference) : pattern;
}

// src/scan/run-scan.ts
import path2 from "node:path";

// src/scan/vulnerability.ts
var SEVERITIES = ["CRITICAL", "HIGH", "MEDIUM", "LOW", "NEGLIGIBLE", "UNKNOWN"];
var SEVERITY_RANK = {
  CRITICAL: 5,
  HIGH: 4,
  MEDIUM: 3,
  LOW: 2,
  NEGLIGIBLE: 1,
  UNKNOWN: 0
};
function normalizeSeverity(value) {
  if (typeof value !== "string") return "UNKNOWN";
  const upper = value.trim().toUpperCase();
  return SEVERITIES.includes(upper) ? upper : "UNKNOWN";
}
function compareSeverity(a, b) {
  return SEVERITY_RANK[b] - SEVERITY_RANK[a];
}
function isFixable(vulnerability) {
  return vulnerability.fixedVersions.length > 0;
}
var ScannerOutputError = class extends Error {
  name = "ScannerOutputError";
};
function field(value, key) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value[key] : void 0;
}
function text(value) {
  return typeof value === "string" && value.trim() !== "" ? value : void 0;
}
function list(value) {
  return Array.isArray(value) ? value : [];
}
function score(value) {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= 10 ? value : void 0;
}
function parseJson(output, scanner) {
  const trimmed = output.trim();
  if (trimmed === "") throw new ScannerOutputError(`${scanner} printed no report`);
  try {
    return JSON.parse(trimmed);
  } catch (error) {
    throw new ScannerOutputError(
      `${scanner} printed something that is not JSON: ${error.message}`
    );
  }
}
function parseReportList(output, scanner, key) {
  const report = parseJson(output, scanner);
  if (typeof report !== "object" || report === null || Array.isArray(report)) {
    throw new ScannerOutputError(`${scanner} printed JSON that is not a report object`);
  }
  const items = report[key];
  if (items !== void 0 && items !== null && !Array.isArray(items)) {
    throw new ScannerOutputError(`${scanner} report: ${key} is not a list`);
  }
  return { report, items: list(items) };
}

// src/scan/findings.ts
function evaluateVulnerabilities(image, found, policy) {
  const groups = /* @__PURE__ */ new Map();
  for (const vulnerability of found) {
    const group = groups.get(vulnerability.id) ?? [];
    group.push(vulnerability);
    groups.set(vulnerability.id, group);
  }
  let unfixedSkipped = 0;
  const vulnerabilities = [];
  for (const [id, all] of groups) {
    const entries = policy.ignoreUnfixed ? all.filter(isFixable) : all;
    if (entries.length === 0) {
      unfixedSkipped++;
      continue;
    }
    const severity = entries.map((entry) => entry.severity).sort(compareSeverity)[0];
    const cvss = entries.map((entry) => entry.cvss).filter((entry) => entry !== void 0).sort((a, b) => b.score - a.score)[0];
    const packages = dedupePackages(entries);
    const first = entries.find((entry) => entry.title) ?? entries[0];
    const describing = entries.find((entry) => entry.description);
    const linked = entries.find((entry) => entry.url);
    const match = policy.ignores.match(id, image);
    vulnerabilities.push({
      id,
      severity,
      tier: policy.severityTiers[severity],
      packages,
      fixable: packages.some((entry) => entry.fixedVersions.length > 0),
      ...cvss ? { cvss } : {},
      ...first.title ? { title: first.title } : {},
      ...describing?.description ? { description: describing.description } : {},
      ...linked?.url ? { url: linked.url } : {},
      ...match ? {
        ignored: {
          state: match.state,
          reason: match.ignore.reason,
          ...match.ignore.expires !== void 0 ? { expires: match.ignore.expires } : {},
          where: `${match.ignore.file}:${match.ignore.line}`
        }
      } : {}
    });
  }
  vulnerabilities.sort(
    (a, b) => compareSeverity(a.severity, b.severity) || (b.cvss?.score ?? -1) - (a.cvss?.score ?? -1) || Number(b.fixable) - Number(a.fixable) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
  return { vulnerabilities, unfixedSkipped };
}
function dedupePackages(entries) {
  const byKey = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const key = `${entry.packageName}\0${entry.installedVersion}`;
    const known = byKey.get(key);
    const fixedVersions = [.../* @__PURE__ */ new Set([...known?.fixedVersions ?? [], ...entry.fixedVersions])];
    byKey.set(key, {
      name: entry.packageName,
      installedVersion: entry.installedVersion,
      fixedVersions,
      ...entry.packageType ? { type: entry.packageType } : {}
    });
  }
  return [...byKey.values()].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}
function vulnerabilityFindings(deployed, vulnerabilities) {
  const findings = [];
  for (const vulnerability of vulnerabilities) {
    if (vulnerability.tier === "off") continue;
    const tier = vulnerability.tier;
    for (const use of deployed.uses) {
      const exemption = vulnerability.ignored ? {
        source: "config",
        reason: `${vulnerability.ignored.reason} (CVE ignore file ${vulnerability.ignored.where})`,
        ...vulnerability.ignored.expires !== void 0 ? { expires: vulnerability.ignored.expires } : {},
        state: vulnerability.ignored.state
      } : void 0;
      findings.push({
        ruleId: imageVulnerabilityRule.id,
        tier,
        title: imageVulnerabilityRule.title,
        message: vulnerabilityMessage(use.site, deployed.image, vulnerability),
        resource: use.resource,
        location: { file: use.file, line: use.line, column: use.column },
        path: use.path,
        fingerprint: fingerprint(imageVulnerabilityRule.id, use.resource, `${use.path}#${vulnerability.id}`),
        status: "new",
        ...exemption ? { exemption } : {},
        vulnerability: {
          id: vulnerability.id,
          severity: vulnerability.severity,
          image: deployed.image,
          packages: vulnerability.packages,
          ...vulnerability.cvss ? { cvss: vulnerability.cvss } : {},
          ...vulnerability.url ? { url: vulnerability.url } : {}
        }
      });
    }
  }
  return findings;
}
function vulnerabilityMessage(site, image, vulnerability) {
  const score2 = vulnerability.cvss ? `, CVSS ${vulnerability.cvss.score.toFixed(1)}` : "";
  const packages = vulnerability.packages.slice(0, 3).map(
    (entry) => `${entry.name} ${entry.installedVersion}`.trim() + (entry.fixedVersions.length > 0 ? ` (fixed in ${entry.fixedVersions.join(", ")})` : " (no fix yet)")
  ).join(", ");
  const more = vulnerability.packages.length > 3 ? ` and ${vulnerability.packages.length - 3} more packages` : "";
  return `${site} image "${image}" has ${vulnerability.id} (${vulnerability.severity}${score2}) in ${packages}${more}`;
}

// src/scan/process.ts
import { spawn } from "node:child_process";
var MAX_OUTPUT_BYTES = 256 * 1024 * 1024;
var MAX_STDERR_BYTES = 64 * 1024;
function childProcessRunner() {
  return {
    run(command, args, options) {
      return new Promise((resolve) => {
        const stdout = [];
        let stdoutBytes = 0;
        let stderr = "";
        let timedOut = false;
        let overflow = false;
        let settled = false;
        const child = spawn(command, [...args], {
          cwd: options.cwd,
          env: options.env,
          stdio: ["ignore", "pipe", "pipe"],
          shell: false,
          windowsHide: true
        });
        const timer = setTimeout(() => {
          timedOut = true;
          child.kill("SIGKILL");
        }, options.timeoutMs);
        child.stdout.on("data", (chunk) => {
          stdoutBytes += chunk.length;
          if (stdoutBytes > MAX_OUTPUT_BYTES) {
            overflow = true;
            child.kill("SIGKILL");
            return;
          }
          stdout.push(chunk);
        });
        child.stderr.on("data", (chunk) => {
          if (stderr.length < MAX_STDERR_BYTES) stderr += chunk.toString("utf8");
        });
        const finish = (result) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          resolve(result);
        };
        child.on(
          "error",
          (error) => finish({ exitCode: null, stdout: "", stderr, timedOut, spawnError: error.code ?? error.message })
        );
        child.on(
          "close",
          (code2) => finish({
            exitCode: overflow ? null : code2,
            stdout: Buffer.concat(stdout).toString("utf8"),
            stderr: overflow ? `${stderr}
output exceeded ${MAX_OUTPUT_BYTES} bytes` : stderr,
            timedOut
          })
        );
      });
    }
  };
}
async function mapBounded(items, limit, task) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

// src/scan/scanner.ts
import fs2 from "node:fs";
import path from "node:path";
var SCANNER_NAMES = ["trivy", "grype"];
var ScannerSetupError = class extends Error {
  name = "ScannerSetupError";
};
function findScannerBinary(binary, env, cwd) {
  if (binary.includes("/") || binary.includes(path.sep)) {
    const full = path.resolve(cwd, binary);
    return isExecutable(full) ? full : void 0;
  }
  for (const folder of (env.PATH ?? "").split(path.delimiter)) {
    if (folder === "") continue;
    const candidate = path.join(folder, binary);
    if (isExecutable(candidate)) return candidate;
  }
  return void 0;
}
function isExecutable(file) {
  try {
    fs2.accessSync(file, fs2.constants.X_OK);
    return fs2.statSync(file).isFile();
  } catch {
    return false;
  }
}
async function prepareScanner(adapter, runner, settings) {
  const result = await runner.run(settings.binary, adapter.prepareArgs(), {
    timeoutMs: settings.timeoutSeconds * 1e3,
    env: settings.env,
    cwd: settings.cwd
  });
  const problem = describeFailure(adapter.name, result, settings.timeoutSeconds);
  if (problem) throw new ScannerSetupError(`updating the ${adapter.name} database failed: ${problem}`);
}
async function databaseVersion(adapter, runner, settings) {
  const result = await runner.run(settings.binary, adapter.databaseArgs(), {
    timeoutMs: Math.min(settings.timeoutSeconds, 60) * 1e3,
    env: settings.env,
    cwd: settings.cwd
  });
  if (describeFailure(adapter.name, result, settings.timeoutSeconds)) return void 0;
  return adapter.parseDatabaseVersion(result.stdout);
}
async function scanImage(adapter, runner, settings, reference) {
  let lastError = "";
  const attempts = settings.retries + 1;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1 && settings.retryDelayMs > 0) await sleep(settings.retryDelayMs * (attempt - 1));
    const result = await runner.run(settings.binary, adapter.scanArgs(reference, settings.timeoutSeconds), {
      timeoutMs: settings.timeoutSeconds * 1e3,
      env: { ...settings.env, ...adapter.scanEnv },
      cwd: settings.cwd
    });
    const failure = describeFailure(adapter.name, result, settings.timeoutSeconds);
    if (failure) {
      lastError = failure;
      if (result.spawnError) break;
      continue;
    }
    try {
      return { ok: true, output: adapter.parseReport(result.stdout), attempts: attempt };
    } catch (error) {
      if (!(error instanceof ScannerOutputError)) throw error;
      lastError = error.message;
    }
  }
  return { ok: false, error: lastError, attempts };
}
function describeFailure(name, result, timeoutSeconds) {
  if (result.spawnError) return `${name} could not be started (${result.spawnError})`;
  if (result.timedOut) return `${name} timed out after ${timeoutSeconds}s and was stopped`;
  if (result.exitCode === 0) return void 0;
  const how = result.exitCode === null ? "was killed" : `exited with code ${result.exitCode}`;
  const detail = lastLines(result.stderr);
  return `${name} ${how}${detail ? `: ${detail}` : ""}`;
}
function lastLines(stderr) {
  const lines = stderr.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "");
  return lines.slice(-3).join(" | ").slice(0, 500);
}
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// src/scan/run-scan.ts
async function runScan(options, environment) {
  const rendered = renderForScan(options.paths, options.settings, environment.cwd, environment.env);
  const errors = [...rendered.errors];
  const notes = [];
  const inventory = collectImages(rendered.objects);
  for (const entry of inventory.invalid) {
    errors.push({
      file: entry.use.file,
      line: entry.use.line,
      column: entry.use.column,
      message: `${entry.use.site} image ${JSON.stringify(entry.written ?? null)} cannot be scanned: ${entry.reason}`
    });
  }
  let database;
  let results = [];
  let setupFailed = false;
  const binaryName = options.binary ?? options.adapter.name;
  const binary = findScannerBinary(binaryName, environment.env, environment.cwd);
  const scannerSettings = binary ? {
    binary,
    timeoutSeconds: options.timeoutSeconds,
    retries: options.retries,
    env: environment.env,
    cwd: environment.cwd,
    retryDelayMs: environment.retryDelayMs ?? 2e3
  } : void 0;
  if (inventory.images.length > 0 && !scannerSettings) {
    errors.push({
      file: options.binary !== void 0 ? binaryName : ".",
      line: 1,
      message: `${options.adapter.name} not found (${binaryName}): install it (docs/scan.md) or set scan.binary / --scanner-binary`
    });
    results = inventory.images.map((image) => failedResult(image, `${options.adapter.name} not found`));
    setupFailed = true;
  } else if (scannerSettings && inventory.images.length > 0) {
    try {
      if (!options.skipDatabaseUpdate)
        await prepareScanner(options.adapter, environment.runner, scannerSettings);
      database = await databaseVersion(options.adapter, environment.runner, scannerSettings);
      if (database === void 0 && environment.cache)
        notes.push(`${options.adapter.name} did not report its database version: results were not cached`);
      results = await mapBounded(
        inventory.images,
        options.parallelism,
        (image) => scanOne(image, options, environment, scannerSettings, database)
      );
    } catch (error) {
      if (!(error instanceof ScannerSetupError)) throw error;
      errors.push({ file: ".", line: 1, message: error.message });
      results = inventory.images.map((image) => failedResult(image, error.message));
      setupFailed = true;
    }
  }
  const matcher = ignoreMatcher(options.ignores, options.today);
  const policy = {
    severityTiers: options.severityTiers,
    ignoreUnfixed: options.ignoreUnfixed,
    ignores: matcher
  };
  const enabled = effectiveRules(options.settings).get(imageVulnerabilityRule.id)?.enabled ?? true;
  let findings = [];
  const expiredIgnores = /* @__PURE__ */ new Set();
  results = results.map((result, index) => {
    const deployed = inventory.images[index];
    if (result.status !== "scanned" || !result.output) return result;
    const evaluated = evaluateVulnerabilities(deployed.image, result.output.vulnerabilities, policy);
    for (const vulnerability of evaluated.vulnerabilities) {
      if (vulnerability.ignored?.state === "expired")
        expiredIgnores.add(
          `the ignore of ${vulnerability.id} at ${vulnerability.ignored.where} expired on ${vulnerability.ignored.expires}: it no longer ignores`
        );
    }
    if (enabled) findings.push(...vulnerabilityFindings(deployed, evaluated.vulnerabilities));
    return summarize(result, evaluated.vulnerabilities, evaluated.unfixedSkipped);
  });
  notes.push(...[...expiredIgnores].sort());
  for (const result of results) {
    if (result.status === "failed" && result.error && !setupFailed) {
      const first = result.uses[0];
      const others2 = result.uses.length > 1 ? ` (and ${result.uses.length - 1} more uses)` : "";
      errors.push({
        file: first.file,
        line: first.line,
        column: first.column,
        message: `image "${result.image}" could not be scanned${others2}: ${result.error}`
      });
    }
  }
  const byReference = results.filter((result) => result.cacheKey === "reference");
  if (byReference.length > 0 && environment.cache && database !== void 0)
    notes.push(
      `${byReference.length} image${byReference.length === 1 ? "" : "s"} cached by reference, not digest (the registry did not give a digest): ${byReference.map((result) => `${result.image} (${result.digestNote ?? "no digest"})`).join("; ")}`
    );
  const inline = new Map(
    rendered.objects.map((object) => [
      resourceKey({ resource: resourceRef(object.value) }),
      inlineExemptions(object.value)
    ])
  );
  const ignored = findings.filter((finding) => finding.exemption !== void 0);
  const others = applyExemptions(
    findings.filter((finding) => finding.exemption === void 0),
    inline,
    {
      exemptions: options.settings.config.exemptions ?? [],
      allowInline: options.settings.config.allowInlineExemptions ?? true,
      today: options.today
    }
  );
  findings = [...ignored, ...others].sort(compareVulnerabilityFindings);
  const report = buildReport({
    findings,
    errors,
    failOn: options.settings.failOn,
    newOnly: false,
    objects: rendered.objects.length,
    files: rendered.files,
    skippedDocuments: rendered.skippedDocuments,
    skippedCharts: rendered.skippedCharts
  });
  return {
    ...report,
    scan: {
      scanner: options.adapter.name,
      ...database !== void 0 ? { database } : {},
      cache: environment.cache && database !== void 0 ? environment.cacheDescription ?? "on" : "off",
      ignoreUnfixed: options.ignoreUnfixed,
      severityTiers: { ...options.severityTiers },
      ...options.ignoreFile !== void 0 ? { ignoreFile: options.ignoreFile } : {},
      notes
    },
    images: results.map(({ output: _output, ...rest }) => rest)
  };
}
async function scanOne(deployed, options, environment, settings, database) {
  const resolution = await environment.resolver.resolve(deployed.reference);
  const repository = repositoryName(deployed.reference);
  const digest = resolution.ok ? resolution.digest : void 0;
  const scannedAs = digest ? `${repository}@${digest}` : deployed.image;
  const key = digest ? { scanner: options.adapter.name, database: database ?? "", kind: "digest", image: scannedAs } : {
    scanner: options.adapter.name,
    database: database ?? "",
    kind: "reference",
    image: deployed.image
  };
  const base = {
    image: deployed.image,
    scannedAs,
    ...digest ? { digest } : {},
    cacheKey: key.kind,
    ...resolution.ok ? {} : { digestNote: resolution.reason },
    uses: deployed.uses.map((use) => ({
      file: use.file,
      line: use.line,
      column: use.column,
      resource: use.resource,
      site: use.site,
      path: use.path
    }))
  };
  const cache = database !== void 0 ? environment.cache : void 0;
  const cached = cache?.get(key);
  if (cached) return { ...base, ...emptyCounts(), status: "scanned", cached: true, output: cached };
  const attempt = await scanImage(options.adapter, environment.runner, settings, scannedAs);
  if (!attempt.ok) {
    const tries = attempt.attempts > 1 ? ` (${attempt.attempts} attempts)` : "";
    return { ...base, ...emptyCounts(), status: "failed", cached: false, error: `${attempt.error}${tries}` };
  }
  try {
    cache?.put(key, attempt.output);
  } catch {
  }
  return { ...base, ...emptyCounts(), status: "scanned", cached: false, output: attempt.output };
}
function failedResult(deployed, error) {
  return {
    image: deployed.image,
    scannedAs: deployed.image,
    ...deployed.reference.digest ? { digest: deployed.reference.digest } : {},
    cacheKey: deployed.reference.digest ? "digest" : "reference",
    cached: false,
    status: "failed",
    error,
    uses: deployed.uses.map((use) => ({
      file: use.file,
      line: use.line,
      column: use.column,
      resource: use.resource,
      site: use.site,
      path: use.path
    })),
    ...emptyCounts()
  };
}
function emptyCounts() {
  return {
    counts: Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])),
    fixable: 0,
    ignored: 0,
    unfixedSkipped: 0,
    vulnerabilities: []
  };
}
function summarize(result, vulnerabilities, unfixedSkipped) {
  const counted = vulnerabilities.filter((vulnerability) => vulnerability.ignored?.state !== "active");
  const counts = emptyCounts().counts;
  for (const vulnerability of counted) counts[vulnerability.severity]++;
  return {
    ...result,
    ...result.output?.os ? { os: result.output.os } : {},
    counts,
    fixable: counted.filter((vulnerability) => vulnerability.fixable).length,
    ignored: vulnerabilities.length - counted.length,
    unfixedSkipped,
    vulnerabilities
  };
}
function compareVulnerabilityFindings(a, b) {
  return (a.location.file < b.location.file ? -1 : a.location.file > b.location.file ? 1 : 0) || a.location.line - b.location.line || (a.vulnerability.id < b.vulnerability.id ? -1 : 1);
}
function describeFolder(folder, cwd) {
  const relative = path2.relative(cwd, folder);
  return relative !== "" && !relative.startsWith("..") && !path2.isAbsolute(relative) ? relative : folder;
}

// src/scan/options.ts
import fs5 from "node:fs";
import path5 from "node:path";

// src/scan/cache.ts
import { createHash } from "node:crypto";
import fs3 from "node:fs";
import path3 from "node:path";
var ENTRY_VERSION = 1;
function cacheFileName(key) {
  const hash = createHash("sha256").update([key.scanner, key.database, key.kind, key.image].join("\0")).digest("hex");
  return `${key.scanner}-${hash.slice(0, 40)}.json`;
}
function folderCache(folder) {
  return {
    get(key) {
      let entry;
      try {
        entry = JSON.parse(fs3.readFileSync(path3.join(folder, cacheFileName(key)), "utf8"));
      } catch {
        return void 0;
      }
      if (field(entry, "version") !== ENTRY_VERSION || field(entry, "image") !== key.image) return void 0;
      if (field(entry, "database") !== key.database) return void 0;
      return readOutput(field(entry, "output"));
    },
    put(key, output) {
      fs3.mkdirSync(folder, { recursive: true });
      const target = path3.join(folder, cacheFileName(key));
      const temporary = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      const entry = { version: ENTRY_VERSION, ...key, scannedAt: (/* @__PURE__ */ new Date()).toISOString(), output };
      fs3.writeFileSync(temporary, JSON.stringify(entry));
      fs3.renameSync(temporary, target);
    }
  };
}
function readOutput(value) {
  const entries = field(value, "vulnerabilities");
  if (!Array.isArray(entries)) return void 0;
  const vulnerabilities = [];
  for (const entry of list(entries)) {
    const id = text(field(entry, "id"));
    if (!id) return void 0;
    vulnerabilities.push({
      ...entry,
      id,
      severity: normalizeSeverity(field(entry, "severity")),
      packageName: text(field(entry, "packageName")) ?? "(unknown package)",
      installedVersion: text(field(entry, "installedVersion")) ?? "",
      fixedVersions: list(field(entry, "fixedVersions")).filter((v) => typeof v === "string")
    });
  }
  const digest = text(field(value, "digest"));
  const os = text(field(value, "os"));
  return { vulnerabilities, ...digest ? { digest } : {}, ...os ? { os } : {} };
}

// src/scan/config.ts
var DEFAULT_SEVERITY_TIERS = {
  CRITICAL: "high",
  HIGH: "high",
  MEDIUM: "medium",
  LOW: "low",
  NEGLIGIBLE: "off",
  UNKNOWN: "low"
};
var SCAN_DEFAULTS = {
  timeoutSeconds: 600,
  retries: 1,
  parallelism: 2,
  registryTimeoutSeconds: 10,
  issueLabel: "kubegate-scan",
  issueMode: "per-image"
};
function parseSeverityTiers(value) {
  const mapping = {};
  for (const part of value.split(",")) {
    const trimmed = part.trim();
    if (trimmed === "") continue;
    const [severity, tier] = trimmed.split("=").map((piece) => piece.trim());
    const upper = (severity ?? "").toUpperCase();
    if (!["CRITICAL", "HIGH", "MEDIUM", "LOW", "NEGLIGIBLE", "UNKNOWN"].includes(upper))
      throw new Error(`unknown severity "${severity}" (CRITICAL, HIGH, MEDIUM, LOW, NEGLIGIBLE, UNKNOWN)`);
    if (!["high", "medium", "low", "off"].includes(tier ?? ""))
      throw new Error(`severity ${upper} must map to high, medium, low or off, not "${tier ?? ""}"`);
    mapping[upper] = tier;
  }
  return mapping;
}

// src/scan/credentials.ts
import fs4 from "node:fs";
import path4 from "node:path";
var CredentialsError = class extends Error {
  name = "CredentialsError";
};
function environmentCredentials(env) {
  const table = /* @__PURE__ */ new Map();
  for (const [host, credential] of dockerConfigCredentials(env)) table.set(host, credential);
  const json = env.KUBEGATE_REGISTRY_CREDENTIALS;
  if (json !== void 0 && json.trim() !== "") {
    let parsed;
    try {
      parsed = JSON.parse(json);
    } catch {
      throw new CredentialsError("KUBEGATE_REGISTRY_CREDENTIALS is not valid JSON");
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
      throw new CredentialsError(
        "KUBEGATE_REGISTRY_CREDENTIALS must be a JSON object of registry host to credentials"
      );
    for (const [host, value] of Object.entries(parsed)) {
      const credential = asCredential(value);
      if (!credential)
        throw new CredentialsError(
          `KUBEGATE_REGISTRY_CREDENTIALS["${host}"] must be "user:password" or { "username", "password" }`
        );
      table.set(normalizeHost(host), credential);
    }
  }
  return { lookup: (domain) => table.get(normalizeHost(domain)) };
}
function asCredential(value) {
  if (typeof value === "string") {
    const colon = value.indexOf(":");
    return colon > 0 ? { username: value.slice(0, colon), password: value.slice(colon + 1) } : void 0;
  }
  if (typeof value === "object" && value !== null) {
    const { username, password } = value;
    if (typeof username === "string" && typeof password === "string") return { username, password };
  }
  return void 0;
}
function dockerConfigCredentials(env) {
  const found = /* @__PURE__ */ new Map();
  const folder = env.DOCKER_CONFIG ?? (env.HOME ? path4.join(env.HOME, ".docker") : void 0);
  if (!folder) return found;
  let config;
  try {
    config = JSON.parse(fs4.readFileSync(path4.join(folder, "config.json"), "utf8"));
  } catch {
    return found;
  }
  const auths = config?.auths;
  if (typeof auths !== "object" || auths === null) return found;
  for (const [key, entry] of Object.entries(auths)) {
    const auth = entry?.auth;
    if (typeof auth !== "string") continue;
    const credential = asCredential(Buffer.from(auth, "base64").toString("utf8"));
    if (credential) found.set(normalizeHost(key), credential);
  }
  return found;
}
function normalizeHost(key) {
  const host = key.replace(/^[a-z]+:\/\//i, "").split("/")[0].toLowerCase();
  return host === "index.docker.io" || host === "registry-1.docker.io" ? "docker.io" : host;
}

// src/scan/grype.ts
var grypeAdapter = {
  name: "grype",
  prepareArgs: () => ["db", "update"],
  databaseArgs: () => ["db", "status", "-o", "json"],
  parseDatabaseVersion(output) {
    let status;
    try {
      status = JSON.parse(output);
    } catch {
      const built2 = /^Built:\s*(.+)$/m.exec(output)?.[1]?.trim();
      const schema2 = /^Schema:\s*(.+)$/m.exec(output)?.[1]?.trim();
      return built2 ? `grype-db/${schema2 ?? "?"}/${built2}` : void 0;
    }
    const built = text(field(status, "built"));
    if (!built) return void 0;
    const schema = field(status, "schemaVersion");
    return `grype-db/${typeof schema === "string" || typeof schema === "number" ? schema : "?"}/${built}`;
  },
  // registry: reads the image from its registry, without a Docker daemon
  scanArgs: (reference) => [`registry:${reference}`, "-o", "json", "--quiet"],
  // the database was brought up to date once before the scans
  scanEnv: { GRYPE_DB_AUTO_UPDATE: "false" },
  parseReport: parseGrypeReport
};
function parseGrypeReport(output) {
  const { report, items: matches } = parseReportList(output, "grype", "matches");
  const vulnerabilities = [];
  for (const match of matches) {
    const vulnerability = field(match, "vulnerability");
    const id = text(field(vulnerability, "id"));
    if (!id) continue;
    const artifact = field(match, "artifact");
    const fix = field(vulnerability, "fix");
    const fixedVersions = list(field(fix, "versions")).filter(
      (version) => typeof version === "string" && version.trim() !== ""
    );
    const state = text(field(fix, "state"));
    const cvss = grypeCvss(field(vulnerability, "cvss")) ?? list(field(match, "relatedVulnerabilities")).map((related) => grypeCvss(field(related, "cvss"))).find((found) => found !== void 0);
    const description = text(field(vulnerability, "description")) ?? list(field(match, "relatedVulnerabilities")).map((related) => text(field(related, "description"))).find((found) => found !== void 0);
    const url = text(field(vulnerability, "dataSource")) ?? text(list(field(vulnerability, "urls"))[0]);
    const packageType = text(field(artifact, "type"));
    vulnerabilities.push({
      id,
      severity: normalizeSeverity(field(vulnerability, "severity")),
      packageName: text(field(artifact, "name")) ?? "(unknown package)",
      installedVersion: text(field(artifact, "version")) ?? "",
      ...packageType ? { packageType } : {},
      // a "fixed" state without versions still says nothing about which version to move to
      fixedVersions: state === void 0 || state === "fixed" ? fixedVersions : [],
      ...description ? { description } : {},
      ...url ? { url } : {},
      ...cvss ? { cvss } : {}
    });
  }
  const target = field(field(report, "source"), "target");
  const digest = text(field(target, "manifestDigest")) ?? list(field(target, "repoDigests")).map((entry) => typeof entry === "string" ? /@(sha256:[a-f0-9]{64})$/.exec(entry)?.[1] : void 0).find((found) => found !== void 0);
  const distro = field(report, "distro");
  const os = [text(field(distro, "name")), text(field(distro, "version"))].filter(Boolean).join(" ");
  return {
    vulnerabilities,
    ...digest && /^sha256:[a-f0-9]{64}$/.test(digest) ? { digest } : {},
    ...os ? { os } : {}
  };
}
function grypeCvss(value) {
  const entries = list(value).map((entry) => {
    const base = score(field(field(entry, "metrics"), "baseScore"));
    if (base === void 0) return void 0;
    const vector = text(field(entry, "vector"));
    const source = text(field(entry, "source"));
    const version = text(field(entry, "version")) ?? "";
    const primary = text(field(entry, "type")) === "Primary";
    return {
      cvss: { score: base, ...vector ? { vector } : {}, ...source ? { source } : {} },
      version,
      primary
    };
  }).filter((entry) => entry !== void 0).sort(
    (a, b) => Number(b.primary) - Number(a.primary) || Number(b.version.startsWith("3")) - Number(a.version.startsWith("3")) || b.cvss.score - a.cvss.score
  );
  return entries[0]?.cvss;
}

// src/scan/registry.ts
var MANIFEST_MEDIA_TYPES = [
  "application/vnd.oci.image.index.v1+json",
  "application/vnd.oci.image.manifest.v1+json",
  "application/vnd.docker.distribution.manifest.list.v2+json",
  "application/vnd.docker.distribution.manifest.v2+json"
];
var DIGEST = /^sha256:[a-f0-9]{64}$|^sha384:[a-f0-9]{96}$|^sha512:[a-f0-9]{128}$/;
function registryResolver(options) {
  const tokens = /* @__PURE__ */ new Map();
  return {
    async resolve(reference) {
      if (reference.digest !== void 0) return { ok: true, digest: reference.digest };
      if (reference.domain === "") return { ok: false, reason: "the reference names no registry" };
      const host = apiHost(reference.domain);
      const scheme = isPlainHttp(reference.domain, options.plainHttp ?? []) ? "http" : "https";
      const url = `${scheme}://${host}/v2/${reference.path}/manifests/${reference.tag ?? "latest"}`;
      const credential = options.credentials.lookup(reference.domain);
      const tokenKey = `${reference.domain}/${reference.path}`;
      try {
        let response = await head(url, tokens.get(tokenKey), options.timeoutMs);
        if (response.status === 401) {
          const challenge = parseChallenge(response.headers.get("www-authenticate") ?? "");
          let authorization;
          if (challenge?.scheme === "bearer") {
            const token = await fetchToken(challenge.params, reference.path, credential, options.timeoutMs);
            if (!token.ok) return token;
            authorization = `Bearer ${token.token}`;
            tokens.set(tokenKey, authorization);
          } else if (challenge?.scheme === "basic" && credential) {
            authorization = basic(credential);
          } else {
            return {
              ok: false,
              reason: credential ? `${reference.domain} refused the credentials (401)` : `${reference.domain} needs credentials (401); set them in KUBEGATE_REGISTRY_CREDENTIALS or the Docker config`
            };
          }
          response = await head(url, authorization, options.timeoutMs);
        }
        if (response.status === 404)
          return { ok: false, reason: `${reference.domain} has no such manifest (404)` };
        if (response.status === 401 || response.status === 403)
          return { ok: false, reason: `${reference.domain} denied access (${response.status})` };
        if (response.status < 200 || response.status >= 300)
          return { ok: false, reason: `${reference.domain} answered HTTP ${response.status}` };
        const digest = response.headers.get("docker-content-digest")?.trim();
        if (!digest || !DIGEST.test(digest))
          return { ok: false, reason: `${reference.domain} sent no valid Docker-Content-Digest header` };
        return { ok: true, digest };
      } catch (error) {
        return { ok: false, reason: `${reference.domain} unreachable: ${networkReason(error)}` };
      }
    }
  };
}
var OFFLINE_RESOLVER = {
  resolve: (reference) => Promise.resolve(
    reference.digest !== void 0 ? { ok: true, digest: reference.digest } : { ok: false, reason: "digest resolution is turned off" }
  )
};
function apiHost(domain) {
  return domain === "docker.io" ? "registry-1.docker.io" : domain;
}
function isPlainHttp(domain, plainHttp) {
  const host = domain.startsWith("[") ? domain.slice(0, domain.indexOf("]") + 1) : domain.split(":")[0];
  return host === "localhost" || host === "127.0.0.1" || host === "[::1]" || plainHttp.some((entry) => entry.toLowerCase() === domain.toLowerCase());
}
async function head(url, authorization, timeoutMs) {
  const response = await fetch(url, {
    method: "HEAD",
    headers: {
      Accept: MANIFEST_MEDIA_TYPES.join(", "),
      ...authorization ? { Authorization: authorization } : {}
    },
    redirect: "follow",
    signal: AbortSignal.timeout(timeoutMs)
  });
  await response.body?.cancel();
  return response;
}
function parseChallenge(header) {
  const match = /^\s*([A-Za-z]+)\s*(.*)$/s.exec(header);
  if (!match) return void 0;
  const params = {};
  const pattern = /([A-Za-z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g;
  for (const param of match[2].matchAll(pattern)) {
    params[param[1].toLowerCase()] = (param[2] ?? param[3] ?? "").replace(/\\(.)/g, "$1");
  }
  return { scheme: match[1].toLowerCase(), params };
}
async function fetchToken(params, repository, credential, timeoutMs) {
  const realm = params.realm;
  let url;
  try {
    url = new URL(realm ?? "");
  } catch {
    return { ok: false, reason: "the registry sent a token challenge without a usable realm" };
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopback(url.hostname))) {
    return { ok: false, reason: `the registry's token realm ${url.origin} is not HTTPS` };
  }
  if (params.service) url.searchParams.set("service", params.service);
  url.searchParams.set("scope", params.scope ?? `repository:${repository}:pull`);
  const response = await fetch(url, {
    headers: credential ? { Authorization: basic(credential) } : {},
    signal: AbortSignal.timeout(timeoutMs)
  });
  if (response.status === 401 || response.status === 403) {
    await response.body?.cancel();
    return {
      ok: false,
      reason: credential ? `the token service refused the credentials (${response.status})` : `the token service needs credentials (${response.status}); set them in KUBEGATE_REGISTRY_CREDENTIALS or the Docker config`
    };
  }
  if (!response.ok) {
    await response.body?.cancel();
    return { ok: false, reason: `the token service answered HTTP ${response.status}` };
  }
  let body;
  try {
    body = await response.json();
  } catch {
    return { ok: false, reason: "the token service sent something that is not JSON" };
  }
  const record = typeof body === "object" && body !== null ? body : {};
  const token = typeof record.token === "string" ? record.token : record.access_token;
  if (typeof token !== "string" || token === "")
    return { ok: false, reason: "the token service sent no token" };
  return { ok: true, token };
}
function isLoopback(hostname) {
  return hostname === "localhost" || hostname === "127.0.0.1" || hostname === "[::1]";
}
function basic(credential) {
  return `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString("base64")}`;
}
function networkReason(error) {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError"))
    return "timed out";
  const cause = error.cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

// src/scan/trivy.ts
var trivyAdapter = {
  name: "trivy",
  // one database download before the parallel scans, which then all read the same database
  prepareArgs: () => ["image", "--download-db-only", "--quiet"],
  databaseArgs: () => ["version", "--format", "json"],
  parseDatabaseVersion(output) {
    const db = field(safeJson(output), "VulnerabilityDB");
    const updated = text(field(db, "UpdatedAt"));
    if (!updated) return void 0;
    const schema = field(db, "Version");
    return `trivy-db/${typeof schema === "number" ? schema : "?"}/${updated}`;
  },
  scanArgs: (reference, timeoutSeconds) => [
    "image",
    "--format",
    "json",
    "--quiet",
    "--scanners",
    "vuln",
    "--skip-db-update",
    "--timeout",
    `${timeoutSeconds}s`,
    reference
  ],
  scanEnv: {},
  parseReport: parseTrivyReport
};
function parseTrivyReport(output) {
  const { report, items: results } = parseReportList(output, "trivy", "Results");
  const vulnerabilities = [];
  for (const result of results) {
    const packageType = text(field(result, "Type"));
    for (const entry of list(field(result, "Vulnerabilities"))) {
      const id = text(field(entry, "VulnerabilityID"));
      if (!id) continue;
      const fixed = text(field(entry, "FixedVersion"));
      const cvss = trivyCvss(field(entry, "CVSS"), text(field(entry, "SeveritySource")));
      const title = text(field(entry, "Title"));
      const description = text(field(entry, "Description"));
      const url = text(field(entry, "PrimaryURL"));
      vulnerabilities.push({
        id,
        severity: normalizeSeverity(field(entry, "Severity")),
        packageName: text(field(entry, "PkgName")) ?? "(unknown package)",
        installedVersion: text(field(entry, "InstalledVersion")) ?? "",
        ...packageType ? { packageType } : {},
        fixedVersions: fixed ? fixed.split(",").map((version) => version.trim()).filter((version) => version !== "") : [],
        ...title ? { title } : {},
        ...description ? { description } : {},
        ...url ? { url } : {},
        ...cvss ? { cvss } : {}
      });
    }
  }
  const metadata = field(report, "Metadata");
  const repoDigest = list(field(metadata, "RepoDigests")).map((entry) => typeof entry === "string" ? /@(sha256:[a-f0-9]{64})$/.exec(entry)?.[1] : void 0).find((digest) => digest !== void 0);
  const os = field(metadata, "OS");
  const osName = [text(field(os, "Family")), text(field(os, "Name"))].filter(Boolean).join(" ");
  return {
    vulnerabilities,
    ...repoDigest ? { digest: repoDigest } : {},
    ...osName ? { os: osName } : {}
  };
}
function trivyCvss(value, severitySource) {
  if (typeof value !== "object" || value === null) return void 0;
  const candidates = [];
  const order = Object.keys(value).sort((a, b) => rank(a) - rank(b));
  for (const source of order) {
    const entry = field(value, source);
    const v3 = score(field(entry, "V3Score"));
    const v4 = score(field(entry, "V40Score"));
    const v2 = score(field(entry, "V2Score"));
    const chosen = v3 ?? v4 ?? v2;
    if (chosen === void 0) continue;
    const vector = text(
      field(entry, v3 !== void 0 ? "V3Vector" : v4 !== void 0 ? "V40Vector" : "V2Vector")
    );
    candidates.push({ score: chosen, source, ...vector ? { vector } : {} });
  }
  return candidates[0];
  function rank(source) {
    if (source === severitySource) return 0;
    if (source === "nvd") return 1;
    return 2;
  }
}
function safeJson(output) {
  try {
    return JSON.parse(output);
  } catch {
    return void 0;
  }
}

// src/scan/options.ts
var ADAPTERS = { trivy: trivyAdapter, grype: grypeAdapter };
var ScanOptionsError = class extends Error {
  name = "ScanOptionsError";
};
function prepareScan(settings, flags, dependencies) {
  const config = settings.config.scan ?? {};
  const { cwd, env } = dependencies;
  const scannerName = flags.scanner ?? config.scanner ?? "trivy";
  if (!SCANNER_NAMES.includes(scannerName))
    throw new ScanOptionsError(`--scanner must be one of ${SCANNER_NAMES.join(", ")}, not "${scannerName}"`);
  const adapter = ADAPTERS[scannerName];
  let severityTiers = { ...DEFAULT_SEVERITY_TIERS, ...config.severityTiers ?? {} };
  if (flags.severityTiers !== void 0) {
    try {
      severityTiers = { ...severityTiers, ...parseSeverityTiers(flags.severityTiers) };
    } catch (error) {
      throw new ScanOptionsError(`--severity-tiers: ${error.message}`);
    }
  }
  const positive = (name, value, fallback, min) => {
    const chosen = value ?? fallback;
    if (!Number.isInteger(chosen) || chosen < min)
      throw new ScanOptionsError(`${name} must be an integer >= ${min}, not ${chosen}`);
    return chosen;
  };
  const ignoreFileName = flags.ignoreFile ?? config.ignoreFile ?? (fs5.existsSync(path5.join(cwd, DEFAULT_IGNORE_FILE)) ? DEFAULT_IGNORE_FILE : void 0);
  let ignores = [];
  let ignoreFile;
  if (ignoreFileName !== void 0) {
    const full = path5.resolve(cwd, ignoreFileName);
    ignoreFile = relativeName(cwd, full);
    ignores = readIgnoreFile(full, ignoreFile);
  }
  const cacheFolder = flags.noCache ? void 0 : resolveCacheFolder(flags.cacheDir ?? config.cacheDir, cwd, env);
  let credentials;
  try {
    credentials = environmentCredentials(env);
  } catch (error) {
    if (error instanceof CredentialsError) throw new ScanOptionsError(error.message);
    throw error;
  }
  const registryTimeoutSeconds = config.registry?.timeoutSeconds ?? SCAN_DEFAULTS.registryTimeoutSeconds;
  const binary = flags.binary ?? config.binary;
  return {
    options: {
      paths: flags.paths && flags.paths.length > 0 ? flags.paths : ["."],
      settings: flags.failOn !== void 0 ? { ...settings, failOn: flags.failOn } : settings,
      adapter,
      ...binary !== void 0 ? { binary } : {},
      timeoutSeconds: positive(
        "--timeout",
        flags.timeoutSeconds ?? config.timeoutSeconds,
        SCAN_DEFAULTS.timeoutSeconds,
        1
      ),
      retries: positive("--retries", flags.retries ?? config.retries, SCAN_DEFAULTS.retries, 0),
      parallelism: positive(
        "--parallel",
        flags.parallelism ?? config.parallelism,
        SCAN_DEFAULTS.parallelism,
        1
      ),
      ignoreUnfixed: flags.ignoreUnfixed ?? config.ignoreUnfixed ?? false,
      severityTiers,
      ignores,
      ...ignoreFile !== void 0 ? { ignoreFile } : {},
      today: dependencies.today ?? todayUtc(),
      ...flags.skipDatabaseUpdate ? { skipDatabaseUpdate: true } : {}
    },
    environment: {
      cwd,
      env,
      runner: dependencies.runner ?? childProcessRunner(),
      resolver: dependencies.resolver ?? (flags.noResolve || config.registry?.resolve === false ? OFFLINE_RESOLVER : registryResolver({
        timeoutMs: registryTimeoutSeconds * 1e3,
        credentials,
        plainHttp: config.registry?.plainHttp ?? []
      })),
      ...cacheFolder ? { cache: folderCache(cacheFolder), cacheDescription: describeFolder(cacheFolder, cwd) } : {},
      ...dependencies.retryDelayMs !== void 0 ? { retryDelayMs: dependencies.retryDelayMs } : {}
    }
  };
}
function resolveCacheFolder(configured, cwd, env) {
  if (configured !== void 0) return path5.resolve(cwd, configured);
  const base = env.XDG_CACHE_HOME ?? (env.HOME ? path5.join(env.HOME, ".cache") : void 0);
  return base ? path5.join(base, "kubegate", "scan") : void 0;
}

// src/scan/report.ts
function formatScanJson(report) {
  return `${JSON.stringify(report, null, 2)}
`;
}
var SEVERITY_SCORE = {
  CRITICAL: "9.5",
  HIGH: "8.0",
  MEDIUM: "5.5",
  LOW: "2.0",
  NEGLIGIBLE: "0.5",
  UNKNOWN: void 0
};
function formatScanSarif(report) {
  return formatSarif(report, {
    rules: [],
    toolVersion: KUBEGATE_VERSION,
    extraRules: vulnerabilityRules(report),
    sarifRuleId: (finding) => finding.vulnerability?.id
  });
}
function vulnerabilityRules(report) {
  const byId = /* @__PURE__ */ new Map();
  for (const image of report.images)
    for (const vulnerability of image.vulnerabilities)
      if (!byId.has(vulnerability.id) && vulnerability.tier !== "off")
        byId.set(vulnerability.id, vulnerability);
  const used = new Set(
    report.findings.map((finding) => finding.vulnerability?.id)
  );
  return [...byId.values()].filter((vulnerability) => used.has(vulnerability.id)).sort((a, b) => a.id < b.id ? -1 : 1).map((vulnerability) => {
    const severityScore = vulnerability.cvss ? vulnerability.cvss.score.toFixed(1) : SEVERITY_SCORE[vulnerability.severity];
    const description = clip(vulnerability.description ?? vulnerability.title ?? vulnerability.id, 2e3);
    const fixes = vulnerability.packages.map(
      (entry) => `${entry.name} ${entry.installedVersion}: ${entry.fixedVersions.length > 0 ? `fixed in ${entry.fixedVersions.join(", ")}` : "no fix yet"}`
    ).join("\n");
    const cvssText = vulnerability.cvss ? `CVSS ${vulnerability.cvss.score.toFixed(1)}${vulnerability.cvss.vector ? ` (${vulnerability.cvss.vector})` : ""}${vulnerability.cvss.source ? ` from ${vulnerability.cvss.source}` : ""}` : "no CVSS score given";
    return {
      id: vulnerability.id,
      name: `ImageVulnerability${vulnerability.id.replace(/[^A-Za-z0-9]/g, "")}`,
      shortDescription: {
        text: clip(vulnerability.title ?? `${vulnerability.id} (${vulnerability.severity})`, 200)
      },
      fullDescription: { text: description },
      ...vulnerability.url ? { helpUri: vulnerability.url } : {},
      help: {
        text: `${description}

Severity ${vulnerability.severity}, ${cvssText}.

Affected packages:
${fixes}

Remediation: ${imageVulnerabilityRule.remediation}`,
        markdown: `${description}

**Severity:** ${vulnerability.severity}, ${cvssText}

| package | installed | fixed in |
| --- | --- | --- |
${vulnerability.packages.map(
          (entry) => `| ${cell(entry.name)} | ${cell(entry.installedVersion)} | ${cell(entry.fixedVersions.join(", ") || "no fix yet")} |`
        ).join("\n")}

**Remediation:** ${imageVulnerabilityRule.remediation}`
      },
      defaultConfiguration: {
        level: vulnerability.tier === "high" ? "error" : vulnerability.tier === "medium" ? "warning" : "note"
      },
      properties: {
        tags: ["security", "vulnerability", "container-image", vulnerability.severity.toLowerCase()],
        ...severityScore !== void 0 ? { "security-severity": severityScore } : {},
        precision: "high"
      }
    };
  });
}
function formatScanText(report) {
  const lines = [];
  for (const image of report.images) {
    if (image.status === "failed") {
      lines.push(`${image.image}: NOT SCANNED: ${image.error ?? "unknown error"}`);
      continue;
    }
    const counts = SEVERITIES.filter((severity) => image.counts[severity] > 0).map((severity) => `${image.counts[severity]} ${severity.toLowerCase()}`).join(", ");
    lines.push(
      `${image.image}: ${counts || "no vulnerabilities"}${image.fixable > 0 ? ` (${image.fixable} fixable)` : ""}${image.ignored > 0 ? `, ${image.ignored} ignored` : ""}${image.cached ? " [cached]" : ""}`
    );
  }
  if (report.images.length > 0) lines.push("");
  for (const finding of report.findings) {
    const state = finding.exemption?.state === "active" ? " [ignored]" : finding.exemption?.state === "expired" ? ` [ignore expired ${finding.exemption.expires}]` : "";
    lines.push(
      `${finding.location.file}:${finding.location.line}: ${finding.tier}: ${finding.message}${state}`
    );
  }
  for (const error of report.errors) lines.push(`${error.file}:${error.line}: error: ${error.message}`);
  for (const note of report.scan.notes) lines.push(`note: ${note}`);
  const s = report.summary;
  lines.push(
    `${report.images.length} images (${report.images.filter((image) => image.status === "failed").length} not scanned), ${s.high} high, ${s.medium} medium, ${s.low} low; gate ${s.gate}`
  );
  return `${lines.join("\n")}
`;
}
function formatScanMarkdown(report, worstPerImage = 5) {
  const lines = ["## kubegate image scan", ""];
  lines.push(
    `Scanner **${report.scan.scanner}**${report.scan.database ? `, database ${code(report.scan.database)}` : ""}; gate **${report.summary.gate}** (fail on ${report.summary.failOn}); ${report.summary.high} high, ${report.summary.medium} medium, ${report.summary.low} low.`,
    ""
  );
  if (report.images.length === 0) {
    lines.push("No images found in the manifests.");
  } else {
    lines.push("| image | status | critical | high | medium | low | other | fixable | ignored |");
    lines.push("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (const image of report.images) {
      const other = image.counts.NEGLIGIBLE + image.counts.UNKNOWN;
      lines.push(
        `| ${code(image.image)} | ${image.status === "failed" ? "**not scanned**" : image.cached ? "cached" : "scanned"} | ${image.counts.CRITICAL} | ${image.counts.HIGH} | ${image.counts.MEDIUM} | ${image.counts.LOW} | ${other} | ${image.fixable} | ${image.ignored} |`
      );
    }
  }
  for (const image of report.images) {
    if (image.status === "failed") {
      lines.push("", `### ${code(image.image)}`, "", `Not scanned: ${cell(image.error ?? "unknown error")}`);
      continue;
    }
    const worst = image.vulnerabilities.filter((v) => v.ignored?.state !== "active").slice(0, worstPerImage);
    if (worst.length === 0) continue;
    lines.push(
      "",
      `### ${code(image.image)}`,
      "",
      "| vulnerability | severity | package | installed | fixed in |",
      "| --- | --- | --- | --- | --- |"
    );
    for (const vulnerability of worst) lines.push(vulnerabilityRow(vulnerability));
  }
  if (report.errors.length > 0) {
    lines.push("", "### Errors", "");
    for (const error of report.errors)
      lines.push(`- ${code(`${error.file}:${error.line}`)} ${cell(error.message)}`);
  }
  if (report.scan.notes.length > 0) {
    lines.push("", "### Notes", "");
    for (const note of report.scan.notes) lines.push(`- ${cell(note)}`);
  }
  return `${lines.join("\n")}
`;
}
function vulnerabilityRow(vulnerability) {
  const first = vulnerability.packages[0];
  const more = vulnerability.packages.length > 1 ? ` +${vulnerability.packages.length - 1}` : "";
  const id = vulnerability.url ? `[${vulnerability.id}](${vulnerability.url})` : vulnerability.id;
  const score2 = vulnerability.cvss ? ` ${vulnerability.cvss.score.toFixed(1)}` : "";
  const fixed = vulnerability.packages.flatMap((entry) => entry.fixedVersions);
  return `| ${id} | ${vulnerability.severity}${score2} | ${cell(first?.name ?? "")}${more} | ${cell(first?.installedVersion ?? "")} | ${cell(fixed.join(", ") || "no fix yet")} |`;
}
function code(value) {
  return `\`${value.replace(/`/g, "'")}\``;
}
function cell(value) {
  return value.replace(/[\r\n]+/g, " ").replace(/\|/g, "\\|").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function clip(value, max) {
  return value.length > max ? `${value.slice(0, max - 1)}\u2026` : value;
}

export {
  IgnoreFileError,
  SCAN_DEFAULTS,
  runScan,
  ScanOptionsError,
  prepareScan,
  formatScanJson,
  formatScanSarif,
  formatScanText,
  formatScanMarkdown,
  vulnerabilityRow,
  cell
};
