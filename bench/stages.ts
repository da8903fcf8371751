/**
 * One benchmark stage in its own process, so peak memory is the stage's own:
 * `load` reads and parses the corpus; `check` also runs every rule and
 * resolves every finding's position. Prints one JSON line.
 */
import { DEFAULT_SETTINGS } from '../src/config/settings.js';
import { loadSources } from '../src/render/loader.js';
import { analyze } from '../src/rules/engine.js';

const [stage, folder, rules] = process.argv.slice(2);
// `pss/*` is the core issue's check; no third argument runs the whole catalogue
const settings = rules ? { ...DEFAULT_SETTINGS, onlyRules: rules.split(',') } : DEFAULT_SETTINGS;
const started = performance.now();
const loaded = loadSources([folder!], { cwd: process.cwd() });
let findings = 0;
if (stage === 'check') findings = analyze(loaded.objects, settings, loaded.otherDocuments).length;
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
