export { normalizeHost, hostNormalization, toAsciiHost } from './normalize-host.js';
export { isPlainHostName } from './plain-host-name.js';
export { describeHostProblem, DEFANGED_HINT } from './describe.js';
export { ipAddressKind } from './ip-address.js';
export { FILE_EXTENSION_TLDS, isFileExtensionTld, isKnownTopLevelDomain, topLevelDomainOf } from './top-level-domain.js';
export { firstTypographicDash, hyphenReading, isTypographicDash } from './typographic-dash.js';
export { asciiLower, isAscii, isDot, splitWhitespace } from './chars.js';
export { MAX_LABEL_LENGTH, MAX_NAME_LENGTH } from './check-ascii-name.js';
export { UNREPAIRABLE, type HostNormalization, type HostProblem, type HostProblemCode } from './problem.js';
