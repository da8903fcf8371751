// Adds to package-lock.json the entries of rollup's native builds for other
// platforms. This workplace's npm registry serves only the linux ones, so
// `npm install` here writes a lock without the rest, and `npm ci` (here and
// on GitHub's runners) refuses a lock that lacks optional packages. Each
// entry carries the os/cpu/libc of its package, so npm skips it everywhere
// but on its own platform, where it installs it from the registry.
import fs from 'node:fs';

const lockFile = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(fs.readFileSync(lockFile, 'utf8'));
const rollup = lock.packages['node_modules/rollup'];
if (!rollup?.optionalDependencies) throw new Error('no rollup in the lock file');

/** os, cpu and libc of a rollup native package, from its name: rollup-<os>-<cpu>[-<abi>] */
function platformOf(name) {
  const [os, cpu, abi] = name.replace('@rollup/rollup-', '').split('-');
  const entry = { os: [os], cpu: [cpu === 'arm' ? 'arm' : cpu] };
  if (os === 'linux' && abi) entry.libc = [abi.startsWith('musl') ? 'musl' : 'glibc'];
  return entry;
}

let added = 0;
for (const [name, version] of Object.entries(rollup.optionalDependencies)) {
  const key = `node_modules/${name}`;
  if (lock.packages[key]) continue;
  const { os, cpu, libc } = platformOf(name);
  lock.packages[key] = {
    version,
    cpu,
    dev: true,
    ...(libc ? { libc } : {}),
    license: 'MIT',
    optional: true,
    os,
  };
  added++;
}
const sorted = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) =>
    a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0,
  ),
);
lock.packages = sorted;
fs.writeFileSync(lockFile, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`added ${added} platform entries`);
