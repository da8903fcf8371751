/**
 * Expected detections: behaviour the Falco rules must alert on. A detection is
 * covered by an enabled rule whose name matches one of its name globs (case
 * does not matter), or whose condition, with macros and lists expanded,
 * contains at least one term of every term group (`[[a, b], [c]]` reads
 * "(a or b) and c").
 */
import { globToRegExp } from '../../model/glob.js';
import { expandedWords, type Definition, type Ruleset } from './ruleset.js';

export interface ExpectedDetection {
  readonly name: string;
  readonly ruleNames?: readonly string[];
  readonly conditionTerms?: ReadonlyArray<readonly string[]>;
}

/** The defaults: what the hardening baselines name as the minimum runtime detection. */
export const DEFAULT_DETECTIONS: readonly ExpectedDetection[] = [
  {
    name: 'a shell spawned in a container',
    ruleNames: ['Terminal shell in container', 'Run shell untrusted'],
    conditionTerms: [
      ['spawned_process', 'execve', 'execveat'],
      ['container', 'container.id'],
      ['shell_procs', 'shell_binaries', 'bash', 'sh', 'ash', 'dash', 'zsh', 'ksh', 'csh', 'tcsh'],
    ],
  },
  {
    name: 'reads of sensitive files such as /etc/shadow',
    ruleNames: ['Read sensitive file untrusted', 'Read sensitive file trusted after startup'],
    conditionTerms: [
      ['open_read', 'evt.is_open_read', 'open', 'openat', 'openat2'],
      ['sensitive_files', 'sensitive_file_names', '/etc/shadow', '/etc/sudoers', '/etc/pam.conf'],
    ],
  },
  {
    name: 'writes below binary directories',
    ruleNames: ['Write below binary dir'],
    conditionTerms: [
      ['open_write', 'evt.is_open_write', 'rename', 'renameat', 'renameat2', 'mkdir', 'mkdirat'],
      [
        'bin_dir',
        'bin_dir_mkdir',
        'bin_dir_rename',
        'bin_dirs',
        '/bin',
        '/sbin',
        '/usr/bin',
        '/usr/sbin',
        '/usr/local/bin',
      ],
    ],
  },
];

export interface DetectionCoverage<S> {
  readonly detection: ExpectedDetection;
  /** the first enabled rule that covers it, by load order */
  readonly coveredBy?: Definition<S>;
}

export function detectionCoverage<S>(
  ruleset: Ruleset<S>,
  detections: readonly ExpectedDetection[],
): DetectionCoverage<S>[] {
  const enabled = [...ruleset.rules.values()]
    .filter((rule) => rule.enabled)
    .sort((a, b) => a.index - b.index);
  const wordsOf = new Map<Definition<S>, Set<string>>();
  const words = (rule: Definition<S>) => {
    let cached = wordsOf.get(rule);
    if (!cached) {
      cached = new Set([...expandedWords(ruleset, rule)].map(normalizeTerm));
      wordsOf.set(rule, cached);
    }
    return cached;
  };
  return detections.map((detection) => {
    const names = (detection.ruleNames ?? []).map((glob) => new RegExp(globToRegExp(glob).source, 'is'));
    const coveredBy = enabled.find(
      (rule) => names.some((pattern) => pattern.test(rule.name)) || conditionCovers(detection, words(rule)),
    );
    return coveredBy ? { detection, coveredBy } : { detection };
  });
}

function conditionCovers(detection: ExpectedDetection, words: ReadonlySet<string>): boolean {
  const groups = detection.conditionTerms ?? [];
  return groups.length > 0 && groups.every((group) => group.some((term) => words.has(normalizeTerm(term))));
}

/** `/usr/bin/` and `/usr/bin` are the same directory */
function normalizeTerm(term: string): string {
  return term.length > 1 ? term.replace(/\/+$/, '') : term;
}
