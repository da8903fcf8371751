import { createRequire as __kubegateRequire } from 'node:module';
const require = __kubegateRequire(import.meta.url);
import {
  IgnoreFileError,
  ScanOptionsError,
  formatScanJson,
  formatScanMarkdown,
  formatScanSarif,
  formatScanText,
  prepareScan,
  runScan
} from "./chunk-UXNMIOLX.js";
import {
  loadSettings
} from "./chunk-X37UTKBA.js";
import {
  ConfigError,
  UsageError,
  exitCodeFor
} from "./chunk-3Q33NQNM.js";
import "./chunk-Q2MKRVJ5.js";

// src/commands/scan.ts
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
var SCAN_USAGE = `Usage: kubegate scan [PATH...] [options]

Scans every image the manifests deploy (see kubegate images) for known
vulnerabilities with trivy or grype, and gates on them by tier.

Options:
  --scanner trivy|grype            scanner (default trivy, or scan.scanner)
  --scanner-binary FILE            scanner binary (default: the scanner on PATH)
  --format text|json|sarif|markdown  report format (default text; markdown is the job summary)
  --output FILE                    write the report to FILE instead of stdout
  --summary FILE                   also append the markdown summary to FILE (e.g. $GITHUB_STEP_SUMMARY)
  --fail-on high|medium|low|none   fail on findings at or above this tier (default high)
  --config FILE                    configuration (default .kubegate.yaml when present)
  --cache-dir DIR                  result cache, keyed by digest and database version
                                   (default scan.cacheDir, else ~/.cache/kubegate/scan)
  --no-cache                       neither read nor write the cache
  --ignore-file FILE               CVE ignore file (default .kubegate-cve-ignore.yaml when present)
  --ignore-unfixed                 leave out vulnerabilities without a fixed version
  --severity-tiers S=T[,S=T...]    severity to tier, e.g. MEDIUM=high,LOW=off (default CRITICAL,HIGH=high
                                   MEDIUM=medium LOW=low UNKNOWN=low NEGLIGIBLE=off)
  --parallel N                     images scanned at once (default 2)
  --timeout SECONDS                time limit per scan (default 600)
  --retries N                      retries of a failed scan (default 1)
  --skip-db-update                 do not update the scanner's database first
  --no-resolve                     do not ask registries for digests (the cache is then keyed by reference)

Exit codes: 0 gate passed, 1 gate failed, 2 an image or input could not be evaluated.
`;
var FORMATS = ["text", "json", "sarif", "markdown"];
var FAIL_ON = ["high", "medium", "low", "none"];
async function runScanCommand(args, io) {
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout(SCAN_USAGE);
    return 0;
  }
  const { values, positionals } = parseScanArgs(args);
  const format = values.format ?? "text";
  if (!FORMATS.includes(format))
    throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, not "${format}"`);
  const failOn = values["fail-on"];
  if (failOn !== void 0 && !FAIL_ON.includes(failOn))
    throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(", ")}, not "${failOn}"`);
  if (values["no-cache"] && values["cache-dir"] !== void 0)
    throw new UsageError("--no-cache and --cache-dir exclude each other");
  const flags = {
    paths: positionals,
    ...values.scanner !== void 0 ? { scanner: values.scanner } : {},
    ...values["scanner-binary"] !== void 0 ? { binary: values["scanner-binary"] } : {},
    ...failOn !== void 0 ? { failOn } : {},
    ...values["cache-dir"] !== void 0 ? { cacheDir: values["cache-dir"] } : {},
    ...values["no-cache"] ? { noCache: true } : {},
    ...values["ignore-file"] !== void 0 ? { ignoreFile: values["ignore-file"] } : {},
    ...values["ignore-unfixed"] ? { ignoreUnfixed: true } : {},
    ...values["severity-tiers"] !== void 0 ? { severityTiers: values["severity-tiers"] } : {},
    ...values.parallel !== void 0 ? { parallelism: integerFlag("--parallel", values.parallel) } : {},
    ...values.timeout !== void 0 ? { timeoutSeconds: integerFlag("--timeout", values.timeout) } : {},
    ...values.retries !== void 0 ? { retries: integerFlag("--retries", values.retries) } : {},
    ...values["skip-db-update"] ? { skipDatabaseUpdate: true } : {},
    ...values["no-resolve"] ? { noResolve: true } : {}
  };
  let report;
  try {
    const settings = loadSettings(values.config, io.cwd);
    const prepared = prepareScan(settings, flags, {
      cwd: io.cwd,
      env: io.env,
      ...io.env.KUBEGATE_SCAN_RETRY_DELAY_MS !== void 0 ? { retryDelayMs: Number(io.env.KUBEGATE_SCAN_RETRY_DELAY_MS) } : {}
    });
    report = await runScan(prepared.options, prepared.environment);
  } catch (error) {
    const message = describeSetupError(error);
    if (message === void 0) throw error;
    io.stderr(`kubegate: ${message}
`);
    return 2;
  }
  const rendered = format === "json" ? formatScanJson(report) : format === "sarif" ? formatScanSarif(report) : format === "markdown" ? formatScanMarkdown(report) : formatScanText(report);
  if (values.output !== void 0) {
    write(io.cwd, values.output, rendered, false);
    const s = report.summary;
    io.stderr(
      `kubegate: ${report.images.length} images, ${s.high} high, ${s.medium} medium, ${s.low} low, ${s.errors} errors; gate ${s.gate}; report written to ${values.output}
`
    );
  } else {
    io.stdout(rendered);
  }
  if (values.summary !== void 0) write(io.cwd, values.summary, formatScanMarkdown(report), true);
  if (format !== "text")
    for (const error of report.errors) io.stderr(`kubegate: ${error.file}:${error.line}: ${error.message}
`);
  return exitCodeFor(report);
}
function describeSetupError(error) {
  if (error instanceof ConfigError || error instanceof IgnoreFileError)
    return `${error.file}:${error.line}: ${error.message}`;
  if (error instanceof ScanOptionsError) return error.message;
  return void 0;
}
function write(cwd, file, content, append) {
  const target = path.resolve(cwd, file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  if (append) fs.appendFileSync(target, content);
  else fs.writeFileSync(target, content);
}
function integerFlag(flag, value) {
  if (!/^\d+$/.test(value)) throw new UsageError(`${flag} must be a whole number, not "${value}"`);
  return Number(value);
}
function parseScanArgs(args) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        scanner: { type: "string" },
        "scanner-binary": { type: "string" },
        format: { type: "string" },
        output: { type: "string" },
        summary: { type: "string" },
        "fail-on": { type: "string" },
        config: { type: "string" },
        "cache-dir": { type: "string" },
        "no-cache": { type: "boolean" },
        "ignore-file": { type: "string" },
        "ignore-unfixed": { type: "boolean" },
        "severity-tiers": { type: "string" },
        parallel: { type: "string" },
        timeout: { type: "string" },
        retries: { type: "string" },
        "skip-db-update": { type: "boolean" },
        "no-resolve": { type: "boolean" }
      }
    });
  } catch (error) {
    throw new UsageError(error.message);
  }
}
export {
  SCAN_USAGE,
  describeSetupError,
  runScanCommand
};
