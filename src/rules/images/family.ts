/**
 * Image policy as a rule family: every image a pod names (containers of all
 * three lists, image volumes) is parsed once with the container reference
 * grammar, then judged by each enabled image rule. A reference that does not
 * parse is reported under images/invalid-reference and judged by nothing else.
 */
import { parseImageReference } from '../../engines/image-ref.js';
import type { RuleFamily } from '../types.js';
import { invalidReferenceMessage, invalidReferenceRule } from './invalid-reference.js';
import { latestTagRule } from './latest-tag.js';
import { notPinnedByDigestRule } from './not-pinned-by-digest.js';
import { imagePolicy, type ImageRule } from './policy.js';
import { registryNotAllowedRule } from './registry-not-allowed.js';
import { imageSites } from './sites.js';

const IMAGE_RULES: readonly ImageRule[] = [latestTagRule, notPinnedByDigestRule, registryNotAllowedRule];

export const imagesFamily: RuleFamily = {
  rules: [invalidReferenceRule, ...IMAGE_RULES.map((rule) => rule.info)],
  analyze(context, emit) {
    const rules = IMAGE_RULES.filter((rule) => context.isEnabled(rule.info.id));
    const reportInvalid = context.isEnabled(invalidReferenceRule.id);
    if (rules.length === 0 && !reportInvalid) return;
    const policy = imagePolicy(context.settings);
    for (const template of context.podTemplates) {
      for (const site of imageSites(template)) {
        const parsed = typeof site.image === 'string' ? parseImageReference(site.image) : undefined;
        if (!parsed?.ok) {
          if (reportInvalid) {
            emit({
              ruleId: invalidReferenceRule.id,
              object: site.object,
              path: site.path,
              message: invalidReferenceMessage(site.label, site.image, parsed?.reason),
            });
          }
          continue;
        }
        const use = {
          subject: `${site.label} image ${JSON.stringify(site.image)}`,
          reference: parsed.reference,
          policy,
        };
        for (const rule of rules) {
          const message = rule.check(use);
          if (message !== undefined)
            emit({ ruleId: rule.info.id, object: site.object, path: site.path, message });
        }
      }
    }
  },
};
