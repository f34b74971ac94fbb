import { defineAnalysis } from '@tclint/core';
import { inspectIPv4, inspectIPv6, isIPv4, MAX_ADDRESS_LENGTH, type IPv4Issues, type IPv6Inspection } from '@tclint/ip';
import { splitAddress, type AddressParts } from './split-address.js';

/**
 * What an `ip` value is made of, read once for every rule of the package
 * (and `detect`): the facts each rule decides on, with the positions a fix
 * needs to remove or replace one part and keep the rest.
 */
export interface AddressAnalysis {
  /** The value read. */
  value: string;
  /**
   * An address (possibly with problems), or why the value is not one.
   * `tooManyGroups`: hex groups around a `::` that leaves no group for it to
   * stand for (`1:2:3:4::5:6:7:8`), which ThreatConnect's Address pattern accepts.
   */
  kind: 'address' | 'empty' | 'notAnAddress' | 'tooManyGroups';
  /** The value cut into whitespace, brackets, address, zone id, port and prefix (absent when empty). */
  parts?: AddressParts;
  family?: 4 | 6;
  /** What is wrong with an IPv4 address that is not strict dotted decimal. */
  ipv4?: IPv4Issues;
  /** An IPv6 address that is not in ThreatConnect's form: how it departs, and that form. */
  ipv6?: IPv6Inspection;
  /** The address in ThreatConnect's form, when every problem can be fixed; the value itself when it has none. */
  fixed?: string;
}

/** Hex groups on both sides of `::`, one to seven on each side: the compressed half of ThreatConnect's Address pattern. */
const COMPRESSED_SHAPE = /^(?:[0-9a-fA-F]{1,4}:){1,7}(?::[0-9a-fA-F]{1,4}){1,7}$/;

/**
 * Reads an Address value: strict dotted-decimal IPv4 or IPv6 in any standard
 * text form (through `@tclint/ip`), and what else the value holds (zone id,
 * brackets, port, prefix length, surrounding whitespace). Never throws; a
 * non-string reads as empty.
 */
export function analyzeAddress(value: string): AddressAnalysis {
  const text = typeof value === 'string' ? value : '';
  const parts = splitAddress(text);
  if (!parts) return { value: text, kind: 'empty' };
  const { address } = parts;
  const v6 = address.includes(':') ? inspectIPv6(address) : undefined;
  const v4 = v6 || address.includes(':') ? undefined : readIPv4(address);
  if (parts.malformed || (!v6 && !v4) || (parts.portColon >= 0 && !isDecimal(parts.port))) {
    const bare = address === text && text.length <= 2 * MAX_ADDRESS_LENGTH && COMPRESSED_SHAPE.test(text);
    return { value: text, kind: bare ? 'tooManyGroups' : 'notAnAddress', parts };
  }
  const analysis: AddressAnalysis = { value: text, kind: 'address', parts, family: v6 ? 6 : 4 };
  if (v4?.issues) analysis.ipv4 = v4.issues;
  if (v6 && !v6.ok) analysis.ipv6 = v6;
  const unfixable = parts.portColon >= 0 || v4?.issues !== undefined || (parts.slash >= 0 && singleAddressPrefix(parts, analysis.family!) === undefined);
  if (!unfixable) analysis.fixed = v6 ? v6.formatted : address;
  return analysis;
}

/** The analysis the rules and `detect` share: one reading of a value per check or fix. */
export const addressAnalysis = defineAnalysis('address/address', analyzeAddress);

/** A strict IPv4 address, or what is wrong with an IPv4-looking one; undefined when it is not one. */
function readIPv4(address: string): { issues?: IPv4Issues } | undefined {
  if (isIPv4(address)) return {};
  if (!address.includes('.')) return undefined;
  const inspection = inspectIPv4(address);
  return inspection?.issues ? { issues: inspection.issues } : undefined;
}

/** The prefix length of a one-address block (`/32`, `/128`, leading zeros allowed), else undefined. */
export function singleAddressPrefix(parts: AddressParts, family: 4 | 6): number | undefined {
  const written = parts.prefix;
  if (!isDecimal(written) || written.length > 3) return undefined;
  const prefix = Number(written);
  return prefix === (family === 4 ? 32 : 128) ? prefix : undefined;
}

export function isDecimal(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
