/**
 * The image policy from the `images` section of the config file, and the
 * contract every image rule follows. Rules read their parameters from here,
 * never from constants.
 */
import type { Settings } from '../../config/settings.js';
import {
  compileRegistryPattern,
  type ImageReference,
  type RegistryPattern,
} from '../../engines/image-ref.js';
import type { RuleInfo } from '../types.js';

export interface ImagePolicy {
  /** undefined when no allow list is configured: registry-not-allowed then does not fire */
  readonly allowList: readonly RegistryPattern[] | undefined;
  /** default true */
  readonly requireDigest: boolean;
}

/** The config schema has already checked every entry's form, so compiling cannot fail here. */
export function imagePolicy(settings: Settings): ImagePolicy {
  const section = settings.config.images ?? {};
  return {
    allowList: section.allowedRegistries?.map(compileRegistryPattern),
    requireDigest: section.requireDigest ?? true,
  };
}

/** A rule about a well-formed reference; invalid references have their own rule. */
export interface ImageRule {
  readonly info: RuleInfo;
  /** the finding's message, or undefined when the reference passes */
  check(image: ImageUse): string | undefined;
}

export interface ImageUse {
  /** `container "app" image "nginx:1.27"`: how the message names it */
  readonly subject: string;
  readonly reference: ImageReference;
  readonly policy: ImagePolicy;
}
