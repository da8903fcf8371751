/** Test support for the scan tests: fake scanners on a PATH of their own, manifests, and a cwd. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempTree } from '../helpers/temp-tree.js';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/scan');

export interface ScanWorkspace {
  readonly root: string;
  readonly bin: string;
  readonly log: string;
  readonly env: Record<string, string>;
  /** the scanner invocations so far */
  calls(): Array<{ name: string; args: string[] }>;
  remove(): void;
}

/** A folder with the given files, plus bin/trivy and bin/grype (the fake scanner) and the env to find them. */
export function scanWorkspace(files: Record<string, string>): ScanWorkspace {
  const tree = tempTree(files);
  const bin = path.join(tree.root, '.bin');
  fs.mkdirSync(bin);
  for (const name of ['trivy', 'grype']) {
    const target = path.join(bin, name);
    fs.copyFileSync(path.join(FIXTURES, 'fake-scanner.mjs'), target);
    fs.chmodSync(target, 0o755);
  }
  const state = path.join(tree.root, '.state');
  fs.mkdirSync(state);
  const log = path.join(tree.root, '.scanner-log');
  return {
    root: tree.root,
    bin,
    log,
    env: {
      PATH: `${bin}${path.delimiter}${path.dirname(process.execPath)}`,
      FAKE_SCANNER_FIXTURES: FIXTURES,
      FAKE_SCANNER_STATE: state,
      FAKE_SCANNER_LOG: log,
      KUBEGATE_SCAN_RETRY_DELAY_MS: '0',
    },
    calls: () =>
      fs.existsSync(log)
        ? fs
            .readFileSync(log, 'utf8')
            .trim()
            .split('\n')
            .map((line) => JSON.parse(line) as { name: string; args: string[] })
        : [],
    remove: tree.remove,
  };
}

/** A Deployment using the given images (one container each), its image lines at known positions. */
export function deployment(name: string, images: string[], namespace = 'shop'): string {
  const containers = images
    .map((image, index) => `        - name: c${index}\n          image: ${image}\n`)
    .join('');
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: ${namespace}
spec:
  template:
    spec:
      containers:
${containers}`;
}

/** 1-based line of the n-th container image in deployment() output */
export function imageLine(index: number): number {
  return 11 + index * 2;
}
