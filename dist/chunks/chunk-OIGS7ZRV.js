import { createRequire as __kubegateRequire } from 'node:module';
const require = __kubegateRequire(import.meta.url);

// src/report/json.ts
import fs from "node:fs";
function formatJson(report, sections = {}) {
  return [...jsonChunks(report, sections)].join("");
}
function* jsonChunks(report, sections = {}) {
  const added = Object.entries(sections).filter(([key]) => !(key in report));
  const value = { ...report, ...Object.fromEntries(added) };
  let first = true;
  for (const [key, field] of Object.entries(value)) {
    const head = `${first ? "{\n" : ",\n"}  ${JSON.stringify(key)}: `;
    if (Array.isArray(field) && field.length > 0) {
      yield head;
      yield* arrayInPieces(field);
    } else {
      const text = JSON.stringify(field, null, 2);
      if (text === void 0) continue;
      yield head + text.replaceAll("\n", "\n  ");
    }
    first = false;
  }
  yield first ? "{}\n" : "\n}\n";
}
var PIECE = 256;
var WRAP_HEAD = '{\n  "x": [\n';
var WRAP_TAIL = "\n  ]\n}";
function* arrayInPieces(array) {
  yield "[";
  for (let start = 0; start < array.length; start += PIECE) {
    const wrapped = JSON.stringify({ x: array.slice(start, start + PIECE) }, null, 2);
    yield (start === 0 ? "\n" : ",\n") + wrapped.slice(WRAP_HEAD.length, -WRAP_TAIL.length);
  }
  yield "\n  ]";
}
function writeJsonFile(file, report, sections = {}) {
  const fd = fs.openSync(file, "w");
  try {
    writeInBatches(jsonChunks(report, sections), (batch) => fs.writeSync(fd, batch));
  } finally {
    fs.closeSync(fd);
  }
}
function writeInBatches(chunks, write) {
  let pending = [];
  let size = 0;
  for (const chunk of chunks) {
    pending.push(chunk);
    size += chunk.length;
    if (size >= 1 << 20) {
      write(pending.join(""));
      pending = [];
      size = 0;
    }
  }
  if (pending.length > 0) write(pending.join(""));
}

// src/report/text.ts
var ANSI = { red: 31, yellow: 33, blue: 34, gray: 90, bold: 1 };
function formatText(report, options) {
  const paint = (style, text) => options.color ? `\x1B[${ANSI[style]}m${text}\x1B[0m` : text;
  const tierStyle = { high: "red", medium: "yellow", low: "blue" };
  const lines = [];
  const byFile = /* @__PURE__ */ new Map();
  for (const finding of report.findings) {
    const list = byFile.get(finding.location.file) ?? [];
    list.push(finding);
    byFile.set(finding.location.file, list);
  }
  for (const [file, findings] of byFile) {
    lines.push(paint("bold", file));
    for (const finding of findings) {
      const where = `${finding.location.line}:${finding.location.column}`.padEnd(8);
      const exemption = finding.exemption;
      const exempted = exemption?.state === "active" ? ` [exempted: ${exemption.reason}${exemption.expires ? `, until ${exemption.expires}` : ""}]` : exemption?.state === "expired" ? ` [exemption expired ${exemption.expires}: ${exemption.reason}]` : exemption?.state === "refused" ? " [inline exemption not allowed by the config]" : "";
      const status = `${finding.status === "new" ? "" : ` (${finding.status})`}${exempted}`;
      lines.push(
        `  ${where}${paint(tierStyle[finding.tier], finding.tier.padEnd(7))}${finding.ruleId}${status}  ${finding.message}`
      );
      const resource = finding.resource;
      const hint = finding.fix ? `fix: ${finding.fix.description}` : `how: ${options.rules.get(finding.ruleId)?.remediation ?? finding.title}`;
      lines.push(
        paint(
          "gray",
          `          ${resource.kind} ${resource.namespace ? `${resource.namespace}/` : ""}${resource.name} \xB7 ${finding.path}`
        )
      );
      lines.push(paint("gray", `          ${hint}`));
    }
    lines.push("");
  }
  if (report.errors.length > 0) {
    lines.push(paint("bold", "Could not evaluate:"));
    for (const error of report.errors) {
      lines.push(
        `  ${paint("red", "error")}  ${error.file}:${error.line}${error.column ? `:${error.column}` : ""}  ${error.message}`
      );
    }
    lines.push("");
  }
  const s = report.summary;
  if (s.skippedCharts.length > 0) {
    lines.push(paint("yellow", `Not read: Helm chart folders need rendering: ${s.skippedCharts.join(", ")}`));
  }
  const verdict = s.gate === "pass" ? paint("bold", "PASS") : s.gate === "fail" ? paint("red", "FAIL") : paint("red", "ERROR: kubegate could not evaluate every input");
  const plural = (count, one, many) => `${count} ${count === 1 ? one : many}`;
  const sources = [
    plural(s.files, "file", "files"),
    ...s.charts > 0 ? [plural(s.charts, "Helm release", "Helm releases")] : [],
    ...s.kustomizations > 0 ? [plural(s.kustomizations, "Kustomize root", "Kustomize roots")] : []
  ];
  lines.push(
    `${s.objects} objects from ${sources.join(", ")} \xB7 ${s.high} high, ${s.medium} medium, ${s.low} low \xB7 gate ${verdict} (fail-on ${s.failOn}${s.newOnly ? ", new findings only" : ""})`
  );
  return `${lines.join("\n")}
`;
}

export {
  formatJson,
  jsonChunks,
  writeJsonFile,
  writeInBatches,
  formatText
};
