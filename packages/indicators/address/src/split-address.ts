/**
 * An Address value cut into its parts by hand, with their positions, so a fix
 * can remove or replace one part and keep every other character:
 *
 * ```text
 *   [2001:db8::1%eth0]:443/128
 *  ^^      ^         ^  ^   ^
 *  whitespace, brackets, address, zone, port, prefix
 * ```
 */
export interface AddressParts {
  /** The value without surrounding whitespace is `value.slice(start, end)`. */
  start: number;
  end: number;
  /** Positions of `[` and `]` around the address; -1 without brackets. */
  open: number;
  close: number;
  /** The address proper, without brackets, zone, port or prefix. */
  address: string;
  addressStart: number;
  addressEnd: number;
  /** The zone id after `%` (`eth0`); `percent` is -1 without one. */
  zone: string;
  percent: number;
  zoneEnd: number;
  /** A port after `]:` or after an IPv4 address and `:`; `portColon` is -1 without one. */
  port: string;
  portColon: number;
  /** What follows the first `/`; `slash` is -1 without one. */
  prefix: string;
  slash: number;
  /** Brackets that do not close, or text after `]` that is not a port or prefix. */
  malformed: boolean;
}

/** Cuts a value into its parts; undefined when it is empty or only whitespace. Linear, no regular expressions. */
export function splitAddress(value: string): AddressParts | undefined {
  const start = value.length - value.trimStart().length;
  const end = value.trimEnd().length;
  if (end <= start) return undefined;
  const parts: AddressParts = {
    start,
    end,
    open: -1,
    close: -1,
    address: '',
    addressStart: start,
    addressEnd: end,
    zone: '',
    percent: -1,
    zoneEnd: -1,
    port: '',
    portColon: -1,
    prefix: '',
    slash: -1,
    malformed: false,
  };
  const slash = value.indexOf('/', start);
  let bodyEnd = end;
  if (slash >= 0 && slash < end) {
    parts.slash = slash;
    parts.prefix = value.slice(slash + 1, end);
    bodyEnd = slash;
  }
  let innerStart = start;
  let innerEnd = bodyEnd;
  if (value.charCodeAt(start) === 0x5b /* [ */) {
    const close = value.indexOf(']', start + 1);
    if (close < 0 || close >= bodyEnd) parts.malformed = true;
    else {
      parts.open = start;
      parts.close = close;
      innerStart = start + 1;
      innerEnd = close;
      if (close + 1 < bodyEnd) {
        if (value.charCodeAt(close + 1) === 0x3a /* : */) setPort(parts, value, close + 1, bodyEnd);
        else parts.malformed = true;
      }
    }
  } else {
    // `10.0.0.1:8080`: one colon after a dotted address (an IPv6 address has several)
    const colon = value.indexOf(':', start);
    if (colon >= 0 && colon < bodyEnd && !hasColon(value, colon + 1, bodyEnd) && hasDot(value, start, colon)) {
      setPort(parts, value, colon, bodyEnd);
      innerEnd = colon;
    }
  }
  const percent = value.indexOf('%', innerStart);
  if (percent >= 0 && percent < innerEnd) {
    parts.percent = percent;
    parts.zone = value.slice(percent + 1, innerEnd);
    parts.zoneEnd = innerEnd;
    innerEnd = percent;
  }
  parts.addressStart = innerStart;
  parts.addressEnd = innerEnd;
  parts.address = value.slice(innerStart, innerEnd);
  return parts;
}

function setPort(parts: AddressParts, value: string, colon: number, end: number) {
  parts.portColon = colon;
  parts.port = value.slice(colon + 1, end);
}

function hasColon(value: string, from: number, to: number): boolean {
  const at = value.indexOf(':', from);
  return at >= 0 && at < to;
}

function hasDot(value: string, from: number, to: number): boolean {
  const at = value.indexOf('.', from);
  return at >= 0 && at < to;
}
