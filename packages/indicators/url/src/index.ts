import { definePlugin } from '@tclint/core';
import { detectUrl } from './detect.js';
import { host } from './rules/host.js';
import { port } from './rules/port.js';
import { schemeCase } from './rules/scheme-case.js';
import { scheme } from './rules/scheme.js';
import { trailingDot } from './rules/trailing-dot.js';
import { whitespace } from './rules/whitespace.js';
import { name, version } from '../package.json';

export const plugin = definePlugin({
  meta: { name, version, namespace: 'url' },
  rules: {
    whitespace,
    scheme,
    'scheme-case': schemeCase,
    host,
    'trailing-dot': trailingDot,
    port,
  },
  detect: detectUrl,
});

export default plugin;

export { analyzeUrl, type UrlAnalysis, type UrlProblem, type UrlProblemCode } from './analyze-url.js';
export { scanUrl, type Span, type UrlScan } from './scan-url.js';
export { detectUrl, SCHEMELESS_CONFIDENCE, URL_CONFIDENCE } from './detect.js';
export { TEXT } from './field.js';
