import { parse } from 'tldts';

const ICANN_ONLY = { allowPrivateDomains: false, extractHostname: false, detectIp: false, validateHostname: false, mixedInputs: false } as const;

/** The last label of a name (the whole name when it has no dot). */
export function topLevelDomainOf(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}

/**
 * Whether a label is a real top-level domain: one the ICANN section of the
 * Public Suffix List names (through tldts, which also runs in browsers), in
 * any ASCII case, as Punycode or Unicode. `bat`, `dll`, `exe`, `local` and
 * `example` are not; `com`, `de`, `zip`, `xn--p1ai` and `рф` are.
 */
export function isKnownTopLevelDomain(label: string): boolean {
  if (label === '' || label.indexOf('.') >= 0) return false;
  return parse(`x.${label.toLowerCase()}`, ICANN_ONLY).isIcann === true;
}

/**
 * Real top-level domains that are also common file extensions, so that
 * `invoice.zip`, `clip.mov`, `setup.py`, `install.sh`, `notes.one` and
 * `driver.cab` may be a file as well as a host: a value ending in one is only
 * a guess when its type is not given.
 */
export const FILE_EXTENSION_TLDS: readonly string[] = Object.freeze(['zip', 'mov', 'py', 'sh', 'one', 'cab']);

/** Whether a top-level domain (any ASCII case) is one of `FILE_EXTENSION_TLDS`. */
export function isFileExtensionTld(label: string): boolean {
  return FILE_EXTENSION_TLDS.includes(label.toLowerCase());
}
