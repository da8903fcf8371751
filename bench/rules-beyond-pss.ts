/**
 * Benchmark of the rules beyond PSS (workload, images, secrets, namespaces):
 *  - the image reference parser on its own (references/s over a mix of forms),
 *  - the four families over the 10,000-object corpus, already parsed, with an
 *    allow list and production namespaces configured (objects/s), beside the
 *    whole catalogue for scale.
 * In memory only: nothing is written. Run alone with `npx tsx bench/rules-beyond-pss.ts`.
 */
import { applyConfig } from '../src/config/config-file.js';
import { DEFAULT_SETTINGS, type Settings } from '../src/config/settings.js';
import { parseImageReference } from '../src/engines/image-ref.js';
import type { SourceObject } from '../src/model/objects.js';
import { parseManifests } from '../src/render/loader.js';
import { analyze } from '../src/rules/engine.js';
import { corpusObject } from './corpus.js';

const DIGEST = `sha256:${'4f53cda18c2baa0c'.repeat(4)}`;
const REFERENCES = [
  'nginx',
  'nginx:1.27.3',
  'bitnami/redis:7.2',
  'registry.example.com/shop/web:1.27.3',
  `registry.example.com/shop/web:1.27.3@${DIGEST}`,
  'localhost:5000/team/app:dev',
  'europe-west1-docker.pkg.dev/my-project/repo/img:2.0',
  '[::1]:5000/app',
  'registry.io/Team/App:1',
  `nginx@sha1:${'a'.repeat(40)}`,
];

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

function timed(runs: number, work: () => void): number {
  work(); // warm up
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return median(times);
}

function corpusObjects(count: number): SourceObject[] {
  const objects: SourceObject[] = [];
  for (let i = 0; i < count; i++) {
    const parsed = parseManifests(`corpus/${i}.yaml`, corpusObject(i));
    if ('error' in parsed) throw new Error(`corpus object ${i} does not parse: ${parsed.error.message}`);
    objects.push(...parsed.objects);
  }
  return objects;
}

export function benchRulesBeyondPss(runs = Number(process.env.BENCH_RUNS ?? 5)): void {
  const parses = 100_000;
  const parseMs = timed(runs, () => {
    for (let i = 0; i < parses; i++) parseImageReference(REFERENCES[i % REFERENCES.length]!);
  });
  console.log(
    `image references: ${Math.round((parses / parseMs) * 1000).toLocaleString('en-US')} parsed/s (${parses.toLocaleString('en-US')} in ${parseMs.toFixed(0)} ms, median of ${runs})`,
  );

  const objects = corpusObjects(10_000);
  const configured = applyConfig(DEFAULT_SETTINGS, {
    images: { allowedRegistries: ['registry.example.com/team', 'ghcr.io/acme/*'] },
    namespaces: { production: ['team-1*'] },
  });
  const families = ['workload/*', 'images/*', 'secrets/*', 'namespaces/*'];
  for (const [label, settings] of [
    ['workload+images+secrets+namespaces', { ...configured, onlyRules: families }],
    ['whole catalogue', configured],
  ] as Array<[string, Settings]>) {
    let findings = 0;
    const ms = timed(runs, () => {
      findings = analyze(objects, settings).length;
    });
    console.log(
      `rules (${label}): ${ms.toFixed(0)} ms for ${objects.length.toLocaleString('en-US')} objects, ${Math.round((objects.length / ms) * 1000).toLocaleString('en-US')} objects/s, ${findings.toLocaleString('en-US')} findings (median of ${runs})`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) benchRulesBeyondPss();
