import { definePlugin } from '@tclint/core';
import { detectHost } from './detect.js';
import { characters } from './rules/characters.js';
import { idn } from './rules/idn.js';
import { ipAddress } from './rules/ip-address.js';
import { labels } from './rules/labels.js';
import { lowercase } from './rules/lowercase.js';
import { punycode } from './rules/punycode.js';
import { trailingDot } from './rules/trailing-dot.js';
import { underscore } from './rules/underscore.js';
import { whitespace } from './rules/whitespace.js';
import { name, version } from '../package.json';

export const plugin = definePlugin({
  meta: { name, version, namespace: 'host' },
  rules: {
    whitespace,
    'ip-address': ipAddress,
    'trailing-dot': trailingDot,
    lowercase,
    punycode,
    characters,
    labels,
    idn,
    underscore,
  },
  detect: detectHost,
});

export default plugin;

export { normalizeHost, toAsciiHost } from './normalize-host.js';
export { describeHostProblem } from './describe.js';
export { ipAddressKind } from './ip-address.js';
export { detectHost, HOST_CONFIDENCE } from './detect.js';
export { HOST_NAME } from './field.js';
export type { HostNormalization, HostProblem, HostProblemCode } from './problem.js';
