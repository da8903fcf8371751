/**
 * The upstream authorizer's rule-matching table (plugin/pkg/auth/authorizer/
 * rbac TestRuleMatches and the evaluation helpers of rbac/v1), as facts.
 */
import { describe, expect, test } from 'vitest';
import {
  nonResourceRequest,
  policyRule,
  resourceRequest,
  ruleAllows,
} from '../../../src/engines/rbac/matching.js';
import type { PolicyRule, RequestAttributes } from '../../../src/engines/rbac/types.js';

function rule(
  verbs: string[],
  apiGroups: string[],
  resources: string[],
  resourceNames: string[] = [],
): PolicyRule {
  return policyRule({ verbs, apiGroups, resources, resourceNames });
}

function request(
  verb: string,
  apiGroup: string,
  resource: string,
  subresource = '',
  name = '',
): RequestAttributes {
  return resourceRequest({ verb, apiGroup, resource, subresource, name });
}

interface TableCase {
  readonly name: string;
  readonly rule: PolicyRule;
  readonly expectations: ReadonlyArray<readonly [RequestAttributes, boolean]>;
}

const TABLE: readonly TableCase[] = [
  {
    name: 'star verb, exact match other',
    rule: rule(['*'], ['group1'], ['resource1']),
    expectations: [
      [request('verb1', 'group1', 'resource1'), true],
      [request('verb1', 'group2', 'resource1'), false],
      [request('verb1', 'group1', 'resource2'), false],
      [request('verb1', 'group2', 'resource2'), false],
      [request('verb2', 'group1', 'resource1'), true],
      [request('verb2', 'group2', 'resource1'), false],
      [request('verb2', 'group1', 'resource2'), false],
      [request('verb2', 'group2', 'resource2'), false],
    ],
  },
  {
    name: 'star group, exact match other',
    rule: rule(['verb1'], ['*'], ['resource1']),
    expectations: [
      [request('verb1', 'group1', 'resource1'), true],
      [request('verb1', 'group2', 'resource1'), true],
      [request('verb1', 'group1', 'resource2'), false],
      [request('verb1', 'group2', 'resource2'), false],
      [request('verb2', 'group1', 'resource1'), false],
      [request('verb2', 'group2', 'resource1'), false],
      [request('verb2', 'group1', 'resource2'), false],
      [request('verb2', 'group2', 'resource2'), false],
    ],
  },
  {
    name: 'star resource, exact match other',
    rule: rule(['verb1'], ['group1'], ['*']),
    expectations: [
      [request('verb1', 'group1', 'resource1'), true],
      [request('verb1', 'group2', 'resource1'), false],
      [request('verb1', 'group1', 'resource2'), true],
      [request('verb1', 'group2', 'resource2'), false],
      [request('verb2', 'group1', 'resource1'), false],
      [request('verb2', 'group2', 'resource1'), false],
      [request('verb2', 'group1', 'resource2'), false],
      [request('verb2', 'group2', 'resource2'), false],
    ],
  },
  {
    name: 'tuple expansion',
    rule: rule(['verb1', 'verb2'], ['group1', 'group2'], ['resource1', 'resource2']),
    expectations: [
      [request('verb1', 'group1', 'resource1'), true],
      [request('verb1', 'group2', 'resource1'), true],
      [request('verb1', 'group1', 'resource2'), true],
      [request('verb1', 'group2', 'resource2'), true],
      [request('verb2', 'group1', 'resource1'), true],
      [request('verb2', 'group2', 'resource1'), true],
      [request('verb2', 'group1', 'resource2'), true],
      [request('verb2', 'group2', 'resource2'), true],
    ],
  },
  {
    name: 'subresource expansion',
    rule: rule(['*'], ['*'], ['resource1/subresource1']),
    expectations: [
      [request('verb1', 'group1', 'resource1', 'subresource1'), true],
      [request('verb1', 'group2', 'resource1', 'subresource2'), false],
      [request('verb1', 'group1', 'resource2', 'subresource1'), false],
      [request('verb1', 'group2', 'resource2', 'subresource1'), false],
      [request('verb2', 'group1', 'resource1', 'subresource1'), true],
      [request('verb2', 'group2', 'resource1', 'subresource2'), false],
      [request('verb2', 'group1', 'resource2', 'subresource1'), false],
      [request('verb2', 'group2', 'resource2', 'subresource1'), false],
    ],
  },
  {
    name: 'star nonresource, exact match other',
    rule: policyRule({ verbs: ['verb1'], nonResourceURLs: ['*'] }),
    expectations: [
      [nonResourceRequest('verb1', '/foo'), true],
      [nonResourceRequest('verb1', '/foo/bar'), true],
      [nonResourceRequest('verb1', '/foo/baz'), true],
      [nonResourceRequest('verb1', '/foo/bar/one'), true],
      [nonResourceRequest('verb1', '/foo/baz/one'), true],
      [nonResourceRequest('verb2', '/foo'), false],
      [nonResourceRequest('verb2', '/foo/bar'), false],
      [nonResourceRequest('verb2', '/foo/baz'), false],
      [nonResourceRequest('verb2', '/foo/bar/one'), false],
      [nonResourceRequest('verb2', '/foo/baz/one'), false],
    ],
  },
  {
    name: 'star nonresource subpath',
    rule: policyRule({ verbs: ['verb1'], nonResourceURLs: ['/foo/*'] }),
    expectations: [
      [nonResourceRequest('verb1', '/foo'), false],
      [nonResourceRequest('verb1', '/foo/bar'), true],
      [nonResourceRequest('verb1', '/foo/baz'), true],
      [nonResourceRequest('verb1', '/foo/bar/one'), true],
      [nonResourceRequest('verb1', '/foo/baz/one'), true],
      [nonResourceRequest('verb1', '/notfoo'), false],
      [nonResourceRequest('verb1', '/notfoo/bar'), false],
      [nonResourceRequest('verb1', '/notfoo/baz'), false],
      [nonResourceRequest('verb1', '/notfoo/bar/one'), false],
      [nonResourceRequest('verb1', '/notfoo/baz/one'), false],
    ],
  },
  {
    name: 'star verb, exact nonresource',
    rule: policyRule({ verbs: ['*'], nonResourceURLs: ['/foo', '/foo/bar/one'] }),
    expectations: [
      [nonResourceRequest('verb1', '/foo'), true],
      [nonResourceRequest('verb1', '/foo/bar'), false],
      [nonResourceRequest('verb1', '/foo/baz'), false],
      [nonResourceRequest('verb1', '/foo/bar/one'), true],
      [nonResourceRequest('verb1', '/foo/baz/one'), false],
      [nonResourceRequest('verb2', '/foo'), true],
      [nonResourceRequest('verb2', '/foo/bar'), false],
      [nonResourceRequest('verb2', '/foo/baz'), false],
      [nonResourceRequest('verb2', '/foo/bar/one'), true],
      [nonResourceRequest('verb2', '/foo/baz/one'), false],
    ],
  },
];

describe('rule matching: the upstream table', () => {
  for (const tableCase of TABLE) {
    test(tableCase.name, () => {
      for (const [attributes, expected] of tableCase.expectations) {
        expect({ attributes, allowed: ruleAllows(tableCase.rule, attributes) }).toEqual({
          attributes,
          allowed: expected,
        });
      }
    });
  }
});

describe('rule matching: subresources', () => {
  test('a bare resource never covers its subresources, and a subresource rule not the resource', () => {
    expect(ruleAllows(rule(['*'], ['*'], ['pods']), request('get', '', 'pods'))).toBe(true);
    expect(ruleAllows(rule(['*'], ['*'], ['pods']), request('get', '', 'pods', 'status'))).toBe(false);
    expect(ruleAllows(rule(['*'], ['*'], ['pods']), request('create', '', 'pods', 'exec'))).toBe(false);
    expect(ruleAllows(rule(['*'], ['*'], ['pods/status']), request('get', '', 'pods', 'status'))).toBe(true);
    expect(ruleAllows(rule(['*'], ['*'], ['pods/status']), request('get', '', 'pods'))).toBe(false);
  });

  test('*/subresource matches that subresource of every resource, and nothing else', () => {
    const anyScale = rule(['update'], ['*'], ['*/scale']);
    expect(ruleAllows(anyScale, request('update', 'apps', 'deployments', 'scale'))).toBe(true);
    expect(ruleAllows(anyScale, request('update', 'apps', 'statefulsets', 'scale'))).toBe(true);
    expect(ruleAllows(anyScale, request('update', 'apps', 'deployments'))).toBe(false);
    expect(ruleAllows(anyScale, request('update', 'apps', 'deployments', 'status'))).toBe(false);
    // the length check: */scale does not match a subresource that merely ends in "scale"
    expect(ruleAllows(anyScale, request('update', 'apps', 'deployments', 'rescale'))).toBe(false);
  });

  test('a lone * resource covers subresources too', () => {
    expect(ruleAllows(rule(['*'], ['*'], ['*']), request('create', '', 'pods', 'exec'))).toBe(true);
  });
});

describe('rule matching: verbs and groups are exact', () => {
  test('case matters and the core group is the empty string', () => {
    expect(ruleAllows(rule(['get'], [''], ['pods']), request('GET', '', 'pods'))).toBe(false);
    expect(ruleAllows(rule(['get'], [''], ['pods']), request('get', 'apps', 'pods'))).toBe(false);
    expect(ruleAllows(rule(['get'], ['apps'], ['deployments']), request('get', '', 'deployments'))).toBe(
      false,
    );
  });

  test('a rule without verbs or groups allows nothing', () => {
    expect(ruleAllows(rule([], [''], ['pods']), request('get', '', 'pods'))).toBe(false);
    expect(ruleAllows(rule(['get'], [], ['pods']), request('get', '', 'pods'))).toBe(false);
  });
});

describe('rule matching: resourceNames', () => {
  const named = rule(['get', 'list', 'watch', 'create', 'update'], [''], ['secrets'], ['db', 'tls']);

  test('only the named objects', () => {
    expect(ruleAllows(named, request('get', '', 'secrets', '', 'db'))).toBe(true);
    expect(ruleAllows(named, request('update', '', 'secrets', '', 'tls'))).toBe(true);
    expect(ruleAllows(named, request('get', '', 'secrets', '', 'other'))).toBe(false);
  });

  test('never list, watch or create without a name', () => {
    expect(ruleAllows(named, request('list', '', 'secrets'))).toBe(false);
    expect(ruleAllows(named, request('watch', '', 'secrets'))).toBe(false);
    expect(ruleAllows(named, request('create', '', 'secrets'))).toBe(false);
    // a watch on one object carries its name (fieldSelector metadata.name) and is allowed
    expect(ruleAllows(named, request('watch', '', 'secrets', '', 'db'))).toBe(true);
  });

  test('a rule without names allows any name and none', () => {
    const any = rule(['get', 'list'], [''], ['secrets']);
    expect(ruleAllows(any, request('get', '', 'secrets', '', 'anything'))).toBe(true);
    expect(ruleAllows(any, request('list', '', 'secrets'))).toBe(true);
  });

  test('a subresource create carries the parent name, so names restrict it', () => {
    const token = rule(['create'], [''], ['serviceaccounts/token'], ['builder']);
    expect(ruleAllows(token, request('create', '', 'serviceaccounts', 'token', 'builder'))).toBe(true);
    expect(ruleAllows(token, request('create', '', 'serviceaccounts', 'token', 'default'))).toBe(false);
  });
});

describe('rule matching: non-resource URLs', () => {
  test('a trailing star is a prefix, also without the slash; many stars trim like one', () => {
    expect(
      ruleAllows(
        policyRule({ verbs: ['get'], nonResourceURLs: ['/healthz*'] }),
        nonResourceRequest('get', '/healthz/etcd'),
      ),
    ).toBe(true);
    expect(
      ruleAllows(
        policyRule({ verbs: ['get'], nonResourceURLs: ['/healthz*'] }),
        nonResourceRequest('get', '/healthzz'),
      ),
    ).toBe(true);
    expect(
      ruleAllows(
        policyRule({ verbs: ['get'], nonResourceURLs: ['/metrics**'] }),
        nonResourceRequest('get', '/metrics/slis'),
      ),
    ).toBe(true);
  });

  test('resource rules never match non-resource requests, nor the reverse', () => {
    expect(ruleAllows(rule(['*'], ['*'], ['*']), nonResourceRequest('get', '/healthz'))).toBe(false);
    expect(ruleAllows(policyRule({ verbs: ['*'], nonResourceURLs: ['*'] }), request('get', '', 'pods'))).toBe(
      false,
    );
  });
});
