import packageJson from '../package.json' with { type: 'json' };

export const KUBEGATE_VERSION: string = packageJson.version;
