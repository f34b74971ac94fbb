import { ipAddressKind } from './ip-address.js';
import { isFileExtensionTld, isKnownTopLevelDomain } from './top-level-domain.js';

const MAX_RECOGNIZED = 1024;

/** How a value reads as a host name: `host`, or `file-like` (its top-level domain is also a common file extension: `invoice.zip`). */
export type HostNameReading = 'host' | 'file-like';

/**
 * Whether a value reads as a host name, for type inference: at least two
 * labels of letters, digits, hyphens, underscores or non-ASCII letters,
 * separated by dots (any UTS #46 dot), ending in a real top-level domain (the
 * Public Suffix List's: `update.bat`, `libcurl.dll` and `MiniDump.exe` are
 * file names, not hosts), with no scheme, port, path or `@`. An IP address is
 * not a host name. One pass over the characters, then one lookup.
 */
export function recognizeHostName(value: string): HostNameReading | undefined {
  const core = value.trim();
  const length = core.length;
  if (length === 0 || length > MAX_RECOGNIZED) return undefined;
  const nameEnd = isDotCode(core.charCodeAt(length - 1)) ? length - 1 : length;
  let labels = 0;
  let labelStart = 0;
  let lastStart = 0;
  for (let i = 0; i <= nameEnd; i++) {
    if (i < nameEnd) {
      const code = core.charCodeAt(i);
      if (!isDotCode(code)) {
        if (!isHostUnit(code)) return undefined;
        continue;
      }
    }
    if (i === labelStart) return undefined; // an empty label
    labels++;
    lastStart = labelStart;
    labelStart = i + 1;
  }
  if (labels < 2) return undefined;
  const tld = core.slice(lastStart, nameEnd);
  if (!isKnownTopLevelDomain(isAsciiText(tld) ? tld : tld.normalize('NFKC'))) return undefined;
  // a known top-level domain is never a number, so this only confirms it; kept for certainty
  if (ipAddressKind(core)) return undefined;
  return isFileExtensionTld(tld) ? 'file-like' : 'host';
}

/** The UTS #46 label separators: the full stop and its ideographic, full-width and half-width forms. */
function isDotCode(code: number): boolean {
  return code === 0x2e || code === 0x3002 || code === 0xff0e || code === 0xff61;
}

const SPACE = /\s/u;

/**
 * A UTF-16 unit a host label may hold. Any surrogate fails: a lone one is no
 * character, and of a pair the low half is looked at on its own, so a
 * character beyond the BMP (an emoji) is not taken for a letter.
 */
function isHostUnit(code: number): boolean {
  if (code > 0x7f) return code !== 0xfffd && !(code >= 0xd800 && code <= 0xdfff) && !SPACE.test(String.fromCharCode(code));
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x5f;
}

function isAsciiText(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}
