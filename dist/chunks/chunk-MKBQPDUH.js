import { createRequire as __kubegateRequire } from 'node:module';
const require = __kubegateRequire(import.meta.url);

// src/cluster/expectation.ts
import fs from "node:fs";
function readExpectation(file) {
  let value;
  try {
    value = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`cannot read the expected truth table: ${error.message}`);
  }
  const table = value;
  if (table === null || typeof table !== "object" || table.version !== 1 || !Array.isArray(table.pods) || !Array.isArray(table.probes) || !Array.isArray(table.namespaces))
    throw new Error("not a version 1 truth table (kubegate netpol matrix --format json)");
  const ids = new Set(table.pods.map((pod) => pod.id));
  for (const probe of table.probes) {
    if (!ids.has(probe.from) || !ids.has(probe.to) || probe.expected !== "allow" && probe.expected !== "deny")
      throw new Error(`probe ${JSON.stringify(probe)} names an unknown pod or expectation`);
  }
  return table;
}

// src/cluster/process.ts
import { spawn } from "node:child_process";
var MAX_OUTPUT = 1024 * 1024;
var spawnRunner = {
  run(command, args, options) {
    return new Promise((resolve) => {
      let stdout = "";
      let stderr = "";
      let timedOut = false;
      const child = spawn(command, [...args], {
        stdio: ["ignore", "pipe", "pipe"],
        ...options.env ? { env: { ...options.env } } : {}
      });
      const timer = setTimeout(() => {
        timedOut = true;
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 5e3).unref();
      }, options.timeoutMs);
      child.stdout.on("data", (chunk) => {
        if (stdout.length < MAX_OUTPUT) stdout += chunk.toString("utf8");
      });
      child.stderr.on("data", (chunk) => {
        if (stderr.length < MAX_OUTPUT) stderr += chunk.toString("utf8");
      });
      child.on("error", (error) => {
        clearTimeout(timer);
        resolve({ code: null, stdout, stderr: `${stderr}${error.message}`, timedOut });
      });
      child.on("close", (code) => {
        clearTimeout(timer);
        resolve({ code, stdout, stderr, timedOut });
      });
    });
  }
};

export {
  readExpectation,
  spawnRunner
};
