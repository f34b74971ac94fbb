export { isIPv4, parseIPv4, scanIPv4, type IPv4Octets } from './ipv4.js';
export { inspectIPv4, MAX_ADDRESS_LENGTH, type IPv4Inspection, type IPv4Issues } from './inspect-ipv4.js';
export { formatIPv6, formOf, inspectIPv6, isIPv6, isThreatConnectIPv6, parseIPv6, type IPv6Form, type IPv6Groups, type IPv6Inspection } from './ipv6.js';
export { formatIPv6Groups } from './ipv6-format.js';
export { isThreatConnectForm, newIPv6Scan, scanIPv6, type IPv6Scan } from './ipv6-scan.js';
export { readIPv6 } from './read-ipv6.js';
export { ipVersion } from './ip-version.js';
export { clearHostBits, prefixOfMask } from './mask.js';
export { isIPv4Network, isThreatConnectIPv6Network } from './network.js';
