/** A block value cut into its parts, with their positions, so a fix can replace one part and keep the rest. */
export interface BlockParts {
  /** The value without surrounding whitespace, at [start, end) of the value. */
  core: string;
  start: number;
  end: number;
  /** The address, without a zone id; it ends at start + address.length. */
  address: string;
  /** The zone id after `%`, when there is one. */
  zone?: string;
  /** Where the first `/` is; -1 when there is none. */
  slash: number;
  /** The text after the slash (the prefix length or netmask). */
  prefix: string;
}

/** Cuts a value at its whitespace, first `/` and first `%` before it; undefined when it is blank. */
export function splitBlock(value: string): BlockParts | undefined {
  const core = value.trim();
  if (core === '') return undefined;
  const start = value.length - value.trimStart().length;
  const end = start + core.length;
  const slash = value.indexOf('/', start);
  const addressEnd = slash < 0 ? end : slash;
  const percent = value.indexOf('%', start);
  const hasZone = percent >= 0 && percent < addressEnd;
  const parts: BlockParts = { core, start, end, address: value.slice(start, hasZone ? percent : addressEnd), slash, prefix: slash < 0 ? '' : value.slice(slash + 1, end) };
  if (hasZone) parts.zone = value.slice(percent + 1, addressEnd);
  return parts;
}
