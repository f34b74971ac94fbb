import { definePlugin, ruleDocsUrl } from '@tclint/core';
import { platformPatternRule } from '@tclint/tc-types';
import { detectUrl, mayDetectUrl } from './detect.js';
import { isCleanUrl } from './is-clean.js';
import { characters } from './rules/characters.js';
import { dnsName } from './rules/dns-name.js';
import { host } from './rules/host.js';
import { port } from './rules/port.js';
import { schemeCase } from './rules/scheme-case.js';
import { scheme } from './rules/scheme.js';
import { trailingDot } from './rules/trailing-dot.js';
import { typographicDash } from './rules/typographic-dash.js';
import { userinfo } from './rules/userinfo.js';
import { whitespace } from './rules/whitespace.js';
import { name, version } from '../package.json';

export const plugin = definePlugin({
  meta: { name, version, namespace: 'url' },
  rules: {
    whitespace,
    scheme,
    'scheme-case': schemeCase,
    userinfo,
    host,
    'typographic-dash': typographicDash,
    'dns-name': dnsName,
    'trailing-dot': trailingDot,
    port,
    characters,
    'platform-pattern': platformPatternRule({ type: 'URL', docsUrl: ruleDocsUrl('packages/indicators/url', 'url/platform-pattern') }),
  },
  detect: detectUrl,
  mayDetect: mayDetectUrl,
  isClean: isCleanUrl,
});

export default plugin;

export { analyzeUrl, urlAnalysis, type UrlAnalysis, type UrlProblem, type UrlProblemCode } from './analyze-url.js';
export { scanUrl, type Span, type UrlScan } from './scan-url.js';
export { detectUrl, mayDetectUrl, SCHEMELESS_CONFIDENCE, URL_CONFIDENCE } from './detect.js';
export { isCleanUrl } from './is-clean.js';
export { ACCEPTED_SCHEMES, encodedTail } from './url-pattern.js';
export { TEXT } from './field.js';
