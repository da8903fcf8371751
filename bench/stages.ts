/**
 * One benchmark stage in its own process, so peak memory is the stage's own:
 * `load` reads and parses the corpus; `check` also runs every rule and
 * resolves every finding's position. Prints one JSON line.
 */
import { DEFAULT_SETTINGS } from '../src/config/settings.js';
import { loadSources } from '../src/render/loader.js';
import { analyze } from '../src/rules/engine.js';

const [stage, folder] = process.argv.slice(2);
const started = performance.now();
const loaded = loadSources([folder!], { cwd: process.cwd() });
let findings = 0;
if (stage === 'check') findings = analyze(loaded.objects, DEFAULT_SETTINGS).length;
const ms = performance.now() - started;
if (loaded.errors.length > 0) throw new Error(`corpus did not load: ${JSON.stringify(loaded.errors[0])}`);
console.log(
  JSON.stringify({
    stage,
    ms,
    objects: loaded.objects.length,
    findings,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
