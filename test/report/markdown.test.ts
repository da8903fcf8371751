import { describe, expect, it } from 'vitest';
import {
  escapeMarkdown,
  findingCommentMarkdown,
  gateReason,
  neutralizeMarkdown,
  summaryMarkdown,
} from '../../src/report/markdown.js';
import { buildReport, type Report } from '../../src/report/report.js';
import type { Finding, FindingStatus, RuleInfo, Tier } from '../../src/rules/types.js';

const RULES = new Map<string, RuleInfo>([
  [
    'pss/privileged',
    {
      id: 'pss/privileged',
      tier: 'medium',
      title: 'Containers must not run privileged',
      rationale: 'A privileged container owns the node.',
      remediation: 'Set privileged to false.',
    },
  ],
]);

let counter = 0;
function finding(overrides: Partial<Finding> & { tier?: Tier; status?: FindingStatus } = {}): Finding {
  counter++;
  return {
    ruleId: 'pss/privileged',
    tier: 'medium',
    title: 'Containers must not run privileged',
    message: `container "app${counter}" must not set securityContext.privileged=true`,
    resource: { apiVersion: 'v1', kind: 'Pod', namespace: 'shop', name: `web${counter}` },
    location: { file: 'deploy/web.yaml', line: 10 + counter, column: 9 },
    path: 'spec.containers[0].securityContext.privileged',
    fingerprint: counter.toString(16).padStart(32, '0'),
    status: 'new',
    ...overrides,
  };
}

function report(
  findings: Finding[],
  options: { failOn?: 'high' | 'medium' | 'low' | 'none'; newOnly?: boolean; errors?: Report['errors'] } = {},
): Report {
  return buildReport({
    findings,
    errors: options.errors ?? [],
    failOn: options.failOn ?? 'medium',
    newOnly: options.newOnly ?? true,
    objects: findings.length,
    files: 1,
    skippedDocuments: 0,
    skippedCharts: [],
  });
}

const link = (file: string, line: number) => `https://github.com/acme/shop/blob/abc/${file}#L${line}`;

describe('summaryMarkdown', () => {
  it('gives the verdict, counts by tier and status, and the findings with links, new first', () => {
    const existing = finding({ status: 'existing', tier: 'high', ruleId: 'images/latest-tag' });
    const fresh = finding({ tier: 'medium' });
    const fixed = finding({ status: 'fixed', tier: 'low' });
    const text = summaryMarkdown(report([existing, fresh, fixed]), {
      rules: RULES,
      linkTo: link,
      comparedWith: 'e267bf58606c4525d7e2cb542adaf13eb58efa9c',
      commit: '0123456789abcdef0123456789abcdef01234567',
    });
    expect(text).toMatch(
      /^### kubegate: ❌ gate failed\n\n1 new finding at or above medium · fail-on \*\*medium\*\* · compared with `e267bf58606c` · gating on new findings only · commit `0123456789ab`/,
    );
    expect(text).toContain('| 🔴 high | 0 | 1 | 0 |');
    expect(text).toContain('| 🟠 medium | 1 | 0 | 0 |');
    expect(text).toContain('| 🔵 low | 0 | 0 | 1 |');
    expect(text).toContain(
      `[deploy/web.yaml:${fresh.location.line}](${link('deploy/web.yaml', fresh.location.line)})`,
    );
    // the new one is listed openly, existing and fixed ones folded, and a fixed one has no link to the head
    expect(text.indexOf('#### New findings (1)')).toBeLessThan(
      text.indexOf('<summary>Existing findings (1)</summary>'),
    );
    expect(text).toContain(`deploy/web.yaml:${fixed.location.line} · Pod shop/`);
    expect(text).not.toContain(`deploy/web.yaml#L${fixed.location.line}`);
    expect(text).toContain('<summary>How to exempt</summary>');
    expect(text).toContain('kubegate.io/exempt.pss.privileged');
  });

  it('says why it passes, and shows plain counts without a base', () => {
    const low = finding({ tier: 'low' });
    const text = summaryMarkdown(report([low], { newOnly: false }), { rules: RULES });
    expect(text).toMatch(/^### kubegate: ✅ gate passed\n\n1 finding below medium/);
    expect(text).toContain('| tier | findings |');
    expect(text).toContain('#### Findings (1)');
    expect(gateReason(report([], { newOnly: true }))).toBe('no new findings');
  });

  it('says it could not evaluate, and where, when input could not be read', () => {
    const text = summaryMarkdown(
      report([finding()], {
        errors: [{ file: 'deploy/bad.yaml', line: 3, message: 'duplicated mapping key' }],
      }),
      { rules: RULES, linkTo: link },
    );
    expect(text).toMatch(
      /^### kubegate: ⚠️ could not evaluate\n\n1 input could not be read, so the gate cannot pass/,
    );
    expect(text).toContain('#### Could not evaluate');
    expect(text).toContain(
      '[deploy/bad.yaml:3](https://github.com/acme/shop/blob/abc/deploy/bad.yaml#L3): duplicated mapping key',
    );
  });

  it('marks exempted findings and leaves them out of the gate', () => {
    const exempted = finding({
      exemption: { source: 'config', reason: 'the CNI needs it', state: 'active' },
    });
    const r = report([exempted]);
    expect(r.summary.gate).toBe('pass');
    const text = summaryMarkdown(r, { rules: RULES });
    expect(text).toContain('_(exempted: the CNI needs it)_');
    expect(text).toContain('1 of them exempted (accepted, not gating).');
  });

  it('marks findings that have an inline comment, and shows notes and extra sections', () => {
    const commented = finding();
    const other = finding();
    const text = summaryMarkdown(report([commented, other]), {
      rules: RULES,
      commentedInline: new Set([commented.fingerprint]),
      notes: ['Comments could not be posted.'],
      sections: [{ title: 'RBAC permission diff', markdown: '```mermaid\ngraph LR\n  a --> b\n```' }],
    });
    const lines = text.split('\n');
    expect(lines.find((line) => line.includes(commented.resource.name))).toMatch(/💬$/);
    expect(lines.find((line) => line.includes(other.resource.name))).not.toMatch(/💬$/);
    expect(text).toContain('> Comments could not be posted.');
    expect(text).toContain('#### RBAC permission diff\n\n```mermaid\ngraph LR\n  a --> b\n```');
  });

  it('stays under the size limit by listing fewer findings, and says how many more there are', () => {
    const many = Array.from({ length: 2000 }, () => finding({ message: 'x'.repeat(200) }));
    const text = summaryMarkdown(report(many), { rules: RULES, linkTo: link, maxChars: 20_000 });
    expect(text.length).toBeLessThanOrEqual(20_000);
    const listed = text.split('\n').filter((line) => line.startsWith('- 🟠')).length;
    expect(listed).toBeGreaterThan(10);
    expect(text).toContain(`- … and ${2000 - listed} more`);
  });

  it('leaves out a section too large for a comment, with a note', () => {
    const text = summaryMarkdown(report([finding()]), {
      rules: RULES,
      sections: [{ title: 'Connectivity', markdown: 'y'.repeat(30_000) }],
      maxChars: 20_000,
    });
    expect(text.length).toBeLessThanOrEqual(20_000);
    expect(text).toContain('#### Connectivity\n\n_Too large for a comment');
  });

  it('escapes what comes from manifests: no HTML, no mentions, no forged markers, no broken tables', () => {
    const hostile = finding({
      message: 'name <!-- kubegate:summary --> @org/team <img src=x> [click](javascript:alert) a|b\nnext',
      resource: { apiVersion: 'v1', kind: 'Pod', name: '@everyone' },
    });
    const text = summaryMarkdown(report([hostile]), { rules: RULES });
    expect(text).not.toContain('<!-- kubegate:summary -->');
    expect(text).not.toContain('<img');
    expect(text).not.toMatch(/@(?:org|everyone)/);
    expect(text).toContain('&lt;img src=x&gt;');
    expect(text).toContain('\\[click\\](javascript:alert)');
    expect(text).toContain('a\\|b next');
  });
});

describe('findingCommentMarkdown', () => {
  it('names each finding, the suggested change and why it matters', () => {
    const text = findingCommentMarkdown(
      [finding({ fix: { description: 'set privileged to false', set: [] } })],
      RULES,
      '```suggestion\n        privileged: false\n```',
    );
    expect(text).toContain('**kubegate** · 🟠 medium · `pss/privileged`: Containers must not run privileged');
    expect(text).toContain(
      'Suggested fix: set privileged to false\n\n```suggestion\n        privileged: false\n```',
    );
    expect(text).toContain('`pss/privileged`: A privileged container owns the node.');
    expect(text).toContain('How to fix: Set privileged to false.');
  });

  it('has no suggestion part without a suggestion', () => {
    expect(findingCommentMarkdown([finding()], RULES)).not.toContain('Suggested fix');
  });
});

describe('escaping', () => {
  it('keeps text readable while disarming Markdown', () => {
    expect(escapeMarkdown('a_b *c* `d` <e> @f')).toBe('a\\_b \\*c\\* \\`d\\` &lt;e&gt; @\u200bf');
  });

  it('lets trusted-looking Markdown through but not markers or mentions', () => {
    expect(neutralizeMarkdown('**bold** <!-- kubegate:finding --> @team\r\n')).toBe(
      '**bold** &lt;!-- kubegate:finding --> @\u200bteam\n',
    );
  });
});
