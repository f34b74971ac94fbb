/** The File hash fields, in summary order (`md5 : sha1 : sha256`). */
export const HASH_FIELDS = ['md5', 'sha1', 'sha256'] as const;
export type HashField = (typeof HASH_FIELDS)[number];

/** Hex digits in each hash. */
export const HASH_LENGTHS: Readonly<Record<HashField, number>> = { md5: 32, sha1: 40, sha256: 64 };

/** Algorithm names as people write them. */
export const ALGORITHMS: Readonly<Record<HashField, string>> = { md5: 'MD5', sha1: 'SHA-1', sha256: 'SHA-256' };

/** The field a hash of `length` hex digits belongs in, if any. */
export function fieldForLength(length: number): HashField | undefined {
  return HASH_FIELDS.find((field) => HASH_LENGTHS[field] === length);
}
