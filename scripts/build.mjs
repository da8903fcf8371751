// Bundles the CLI and the Action entry into dist/ (committed: the Action runs it as is).
// `node scripts/build.mjs --check` builds into a temporary folder and fails when dist/ differs.
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const check = process.argv.includes('--check');
const outdir = check ? fs.mkdtempSync(path.join(os.tmpdir(), 'kubegate-dist-')) : path.join(root, 'dist');
// chunk names carry content hashes: start clean so no stale chunk stays behind
if (!check) fs.rmSync(outdir, { recursive: true, force: true });

const entries = { cli: 'src/cli.ts', main: 'src/main.ts' };
await build({
  entryPoints: Object.fromEntries(
    Object.entries(entries).map(([name, file]) => [name, path.join(root, file)]),
  ),
  outdir,
  bundle: true,
  // async commands (scan, cluster) are imported on demand: their own chunks, not start-up cost
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'linked',
  logLevel: 'warning',
  // CommonJS dependencies call require(); give the ESM bundle one
  banner: {
    js: "import { createRequire as __kubegateRequire } from 'node:module';\nconst require = __kubegateRequire(import.meta.url);",
  },
});
const cli = path.join(outdir, 'cli.js');
fs.writeFileSync(cli, `#!/usr/bin/env node\n${fs.readFileSync(cli, 'utf8')}`);
fs.chmodSync(cli, 0o755);

/** every file below a folder, as paths relative to it */
function filesBelow(folder) {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder, { recursive: true })
    .filter((name) => fs.statSync(path.join(folder, name)).isFile());
}

if (check) {
  const stale = [];
  const names = new Set([...filesBelow(outdir), ...filesBelow(path.join(root, 'dist'))]);
  for (const name of names) {
    const fresh = path.join(outdir, name);
    const committed = path.join(root, 'dist', name);
    if (
      !fs.existsSync(fresh) ||
      !fs.existsSync(committed) ||
      !fs.readFileSync(fresh).equals(fs.readFileSync(committed))
    )
      stale.push(name);
  }
  fs.rmSync(outdir, { recursive: true, force: true });
  if (stale.length > 0) {
    console.error(`dist/ is stale (${stale.join(', ')}): run "npm run build" and commit dist/`);
    process.exit(1);
  }
  console.log('dist/ is up to date');
}
