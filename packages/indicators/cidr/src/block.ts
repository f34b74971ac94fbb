// What a reading of a Block value holds, and the helpers the fast and slow readers and the rules share.
import type { IPv4Issues, IPv6Form } from '@tclint/ip';

/** What is wrong with the text after the slash. */
export type PrefixIssue = 'leadingZeros' | 'outOfRange' | 'invalid' | 'missingLength' | 'netmask' | 'nonContiguous';

/**
 * What a `Block` value is made of, read once for every rule of the package
 * (and `detect`): the facts each rule decides on, with the positions a fix
 * needs to replace one part and keep the rest.
 */
export interface BlockAnalysis {
  /** The value read. */
  value: string;
  /** A block (possibly with problems), or why the value is not one. */
  kind: 'block' | 'empty' | 'notABlock' | 'missingPrefix' | 'badAddress';
  /** The address family, when the address is recognizable. */
  family?: 4 | 6;
  /** The value without surrounding whitespace is `value.slice(start, end)`. */
  start: number;
  end: number;
  /** The address as written, without a zone id; it starts at `start`. */
  address: string;
  /** The zone id after `%`, when there is one. */
  zone?: string;
  /** Where the first `/` is (-1 without one), and the text after it, up to `end`. */
  slash: number;
  prefixText: string;
  /** What is wrong with an IPv4 address that is not strict dotted decimal. */
  ipv4?: IPv4Issues;
  /** How an IPv6 address departs from ThreatConnect's form, and that form; absent when it is in that form. */
  ipv6?: IPv6Form & { formatted: string };
  /** The prefix length, when it can be known (a decimal in range, or a contiguous netmask). */
  prefix?: number;
  prefixIssue?: PrefixIssue;
  /** The network address in ThreatConnect's form, when host bits are set. */
  network?: string;
  /** The block in ThreatConnect's form, when every problem can be fixed; the value itself when it has none. */
  fixed?: string;
}

/** A new analysis of `value` with every field present (one object shape for V8), to be filled in by a reader. */
export function newBlock(value: string, kind: BlockAnalysis['kind'], start: number, end: number, address: string, slash: number, prefixText: string): BlockAnalysis {
  return {
    value,
    kind,
    family: undefined,
    start,
    end,
    address,
    zone: undefined,
    slash,
    prefixText,
    ipv4: undefined,
    ipv6: undefined,
    prefix: undefined,
    prefixIssue: undefined,
    network: undefined,
    fixed: undefined,
  };
}

/** The form facts of an IPv6 address with every field present, and its ThreatConnect form. */
export function ipv6FormOf(form: IPv6Form, formatted: string): IPv6Form & { formatted: string } {
  return { compressed: form.compressed, uppercase: form.uppercase, ipv4: form.ipv4, zeroGroup: form.zeroGroup, leadingZeros: form.leadingZeros, formatted };
}

/** The value with its address replaced (zone, prefix and whitespace kept). */
export function withAddress(block: BlockAnalysis, address: string): string {
  return block.value.slice(0, block.start) + address + block.value.slice(block.start + block.address.length);
}

/** The value with the text after the slash replaced by a prefix length (whitespace kept). */
export function withPrefix(block: BlockAnalysis, prefix: number): string {
  return `${block.value.slice(0, block.slash + 1)}${prefix}${block.value.slice(block.end)}`;
}

/** True when the IPv6 form departs in a way ThreatConnect's CIDR pattern refuses (all but upper case). */
export function refusedForm(form: IPv6Form): boolean {
  return form.compressed || form.ipv4 !== undefined || form.zeroGroup !== undefined || form.leadingZeros !== undefined;
}
