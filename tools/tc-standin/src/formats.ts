/**
 * The format rules ThreatConnect's "Common Errors" page states for creating
 * indicators, written independently of tclint's rule packages so the stand-in
 * can serve as an oracle for them. Each check returns the rejection message,
 * or undefined when the value is accepted. The wording is the stand-in's own:
 * ThreatConnect does not publish its rejection messages.
 */
import { WALLET_CURRENCIES } from './custom-type.js';
import type { StandinIndicatorType } from './indicator-types.js';

export const REGISTRY_ROOTS = [
  'HKEY_CLASSES_ROOT',
  'HKEY_CURRENT_CONFIG',
  'HKEY_CURRENT_USER',
  'HKEY_CURRENT_USER_LOCAL_SETTINGS',
  'HKEY_LOCAL_MACHINE',
  'HKEY_PERFORMANCE_DATA',
  'HKEY_PERFORMANCE_NLSTEXT',
  'HKEY_PERFORMANCE_TEXT',
  'HKEY_USERS',
] as const;

export const REGISTRY_VALUE_TYPES = [
  'REG_NONE',
  'REG_BINARY',
  'REG_DWORD',
  'REG_DWORD_LITTLE_ENDIAN',
  'REG_DWORD_BIG_ENDIAN',
  'REG_EXPAND_SZ',
  'REG_LINK',
  'REG_MULTI_SZ',
  'REG_QWORD',
  'REG_QWORD_LITTLE_ENDIAN',
  'REG_SZ',
] as const;

const MAX_SHOWN = 200;

/** The value as quoted in a message, cut short when long. */
function shown(value: string): string {
  const cut = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
  return JSON.stringify(cut);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLowerHex(c: number): boolean {
  return isDigit(c) || (c >= 97 && c <= 102);
}

function allDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return true;
}

/** A decimal without leading zeros, within max. */
function plainDecimal(s: string, max: number): boolean {
  if (!allDigits(s) || s.length > 10) return false;
  if (s.length > 1 && s[0] === '0') return false;
  return Number(s) <= max;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

function hasSpaceOrControl(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x20 || c === 0x7f) return true;
  }
  return false;
}

function hasUpper(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

export function checkAsn(value: string): string | undefined {
  if (value.startsWith('ASN') && allDigits(value.slice(3))) return undefined;
  return `Invalid AS Number ${shown(value)}: the AS Number must be prefixed with "ASN" and have no space before the number (e.g. ASN12345)`;
}

/** IPv6 in the one form ThreatConnect accepts: eight groups, no `::`, no leading zeros, lowercase. */
function isThreatConnectIpv6(address: string): boolean {
  const groups = address.split(':');
  if (groups.length !== 8) return false;
  for (const g of groups) {
    if (g.length === 0 || g.length > 4) return false;
    if (g.length > 1 && g[0] === '0') return false;
    for (let i = 0; i < g.length; i++) if (!isLowerHex(g.charCodeAt(i))) return false;
  }
  return true;
}

function isDottedQuad(address: string): boolean {
  const octets = address.split('.');
  return octets.length === 4 && octets.every((o) => plainDecimal(o, 255));
}

export function checkCidr(value: string): string | undefined {
  const slash = value.indexOf('/');
  if (slash < 0 || slash !== value.lastIndexOf('/')) {
    return `Invalid CIDR Block ${shown(value)}: a CIDR range is an address followed by "/" and a prefix length`;
  }
  const address = value.slice(0, slash);
  const prefix = value.slice(slash + 1);
  if (address.includes(':')) {
    if (!isThreatConnectIpv6(address)) {
      return `Invalid CIDR Block ${shown(value)}: an IPv6 CIDR range must list all eight sections in lowercase, with no "::" compression and no leading zeros in any section (e.g. abc:def:10:0:0:0:0:0/48)`;
    }
    if (!plainDecimal(prefix, 128)) return `Invalid CIDR Block ${shown(value)}: the prefix length must be a number from 0 to 128`;
    return undefined;
  }
  if (!isDottedQuad(address)) return `Invalid CIDR Block ${shown(value)}: an IPv4 CIDR range needs four decimal octets from 0 to 255`;
  if (!plainDecimal(prefix, 32)) return `Invalid CIDR Block ${shown(value)}: the prefix length must be a number from 0 to 32`;
  return undefined;
}

export function checkHost(value: string): string | undefined {
  if (value.length === 0) return 'Invalid Host "": the host name is empty';
  if (!isAscii(value)) {
    return `Invalid Host ${shown(value)}: the host name must be ASCII; write internationalized domain names as Punycode (e.g. xn--sterreich-z7a.icom.museum)`;
  }
  if (hasUpper(value)) return `Invalid Host ${shown(value)}: the host name must be lowercase`;
  if (hasSpaceOrControl(value)) return `Invalid Host ${shown(value)}: a host name cannot contain spaces or control characters`;
  for (const bad of ['/', '\\', '@', ':']) {
    if (value.includes(bad)) return `Invalid Host ${shown(value)}: a host name cannot contain ${JSON.stringify(bad)}`;
  }
  return undefined;
}

/** The host of a URL: after `scheme://`, before the first `/`, `?` or `#`, without userinfo and port. */
function urlHost(value: string): { scheme: string; host: string } | undefined {
  const sep = value.indexOf('://');
  if (sep <= 0) return undefined;
  const scheme = value.slice(0, sep);
  for (let i = 0; i < scheme.length; i++) {
    const c = scheme.charCodeAt(i);
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
    if (!letter && !(i > 0 && (isDigit(c) || c === 43 || c === 45 || c === 46))) return undefined;
  }
  const rest = value.slice(sep + 3);
  let end = rest.length;
  for (const stop of ['/', '?', '#']) {
    const at = rest.indexOf(stop);
    if (at >= 0 && at < end) end = at;
  }
  let authority = rest.slice(0, end);
  authority = authority.slice(authority.lastIndexOf('@') + 1);
  if (authority.startsWith('[')) {
    const close = authority.indexOf(']');
    return { scheme, host: close < 0 ? authority : authority.slice(0, close + 1) };
  }
  const colon = authority.indexOf(':');
  return { scheme, host: colon < 0 ? authority : authority.slice(0, colon) };
}

export function checkUrl(value: string): string | undefined {
  const parts = urlHost(value);
  if (!parts) return `Invalid URL ${shown(value)}: a URL must include its protocol (e.g. http://example.com)`;
  if (parts.host.length === 0) return `Invalid URL ${shown(value)}: the URL has no domain name`;
  if (!isAscii(parts.host)) {
    return `Invalid URL ${shown(value)}: the domain name ${shown(parts.host)} must be ASCII; write internationalized domain names as Punycode`;
  }
  if (hasUpper(parts.host)) return `Invalid URL ${shown(value)}: the domain name ${shown(parts.host)} must be lowercase`;
  return undefined;
}

export function checkRegistryKey(values: Record<string, string>): string | undefined {
  const keyName = values['Key Name'];
  const valueName = values['Value Name'];
  const valueType = values['Value Type'];
  if (keyName === undefined || keyName === '') return 'Invalid Registry Key: Key Name is required';
  const root = REGISTRY_ROOTS.find((r) => keyName.startsWith(r) && (keyName.length === r.length || keyName[r.length] === '\\'));
  if (!root) {
    return `Invalid Registry Key: Key Name ${shown(keyName)} must start with one of ${REGISTRY_ROOTS.join(', ')} (e.g. HKEY_LOCAL_MACHINE\\ instead of HKLM\\)`;
  }
  if (valueName === undefined || valueName === '') {
    return 'Invalid Registry Key: Value Name is required; send a single space (" ") when the key has no value name';
  }
  if (valueType === undefined || !(REGISTRY_VALUE_TYPES as readonly string[]).includes(valueType)) {
    const got = valueType === undefined ? 'missing' : shown(valueType);
    return `Invalid Registry Key: Value Type ${got} is not one of ${REGISTRY_VALUE_TYPES.join(', ')}`;
  }
  return undefined;
}

const BASE58 = /^[13][1-9A-HJ-NP-Za-km-z]{25,34}$/;
const BECH32 = /^bc1[02-9ac-hj-np-z]{11,71}$/;
const ETHEREUM = /^0x[0-9a-fA-F]{40}$/;

/** The custom type: a Bitcoin (base58 or bech32) or Ethereum address, and a currency among the instance's allowed values. */
export function checkCryptoWallet(values: Record<string, string>): string | undefined {
  const address = values['Wallet Address']!;
  if (!BASE58.test(address) && !BECH32.test(address) && !ETHEREUM.test(address)) {
    return `Invalid Crypto Wallet: Wallet Address ${shown(address)} is not a Bitcoin (1..., 3..., bc1...) or Ethereum (0x and 40 hexadecimal digits) address`;
  }
  const currency = values.Currency;
  if (currency !== undefined && !(WALLET_CURRENCIES as readonly string[]).includes(currency)) {
    return `Invalid Crypto Wallet: Currency ${shown(currency)} is not one of ${WALLET_CURRENCIES.join(', ')}`;
  }
  return undefined;
}

const HASH_LENGTHS: Record<string, number> = { md5: 32, sha1: 40, sha256: 64 };

function checkFile(values: Record<string, string>): string | undefined {
  for (const [field, length] of Object.entries(HASH_LENGTHS)) {
    const v = values[field];
    if (v === undefined) continue;
    const lower = v.toLowerCase();
    let hex = v.length === length;
    for (let i = 0; hex && i < lower.length; i++) hex = isLowerHex(lower.charCodeAt(i));
    if (!hex) return `Invalid File: ${field} ${shown(v)} must be ${length} hexadecimal digits`;
  }
  return undefined;
}

/** Required fields: all of them, or at least one for File. */
function checkRequired(type: StandinIndicatorType, values: Record<string, string>): string | undefined {
  const present = type.fields.filter((f) => values[f] !== undefined && values[f] !== '');
  if (type.anyOf) return present.length ? undefined : `Invalid ${type.name}: at least one of ${type.fields.join(', ')} is required`;
  // Registry Key reports its own missing fields with more to say
  if (type.name === 'Registry Key') return undefined;
  const missing = type.fields.find((f) => !present.includes(f) && !type.optional?.includes(f));
  return missing ? `Invalid ${type.name}: ${missing} is required` : undefined;
}

/** The rejection message for an indicator, or undefined when the stand-in accepts it. */
export function checkIndicator(type: StandinIndicatorType, values: Record<string, string>): string | undefined {
  const required = checkRequired(type, values);
  if (required) return required;
  switch (type.name) {
    case 'ASN':
      return checkAsn(values['AS Number']!);
    case 'CIDR':
      return checkCidr(values.Block!);
    case 'Host':
      return checkHost(values.hostName!);
    case 'URL':
      return checkUrl(values.text!);
    case 'Registry Key':
      return checkRegistryKey(values);
    case 'File':
      return checkFile(values);
    case 'Crypto Wallet':
      return checkCryptoWallet(values);
    default:
      return undefined;
  }
}
