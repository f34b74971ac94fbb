import { describe, expect, it } from 'vitest';
import { MD5, SHA1, SHA256 } from './testing/hashes.js';
import { placeHashes } from './placement.js';

describe('placeHashes', () => {
  it('finds nothing to do when every hash is in its field', () => {
    expect(placeHashes({ md5: MD5, sha1: '', sha256: SHA256 })).toEqual({ misplaced: [] });
  });

  it('moves a hash and empties the field it leaves', () => {
    expect(placeHashes({ md5: SHA256 })).toEqual({
      misplaced: [{ field: 'md5', target: 'sha256', length: 64 }],
      fix: [
        { field: 'md5', value: '' },
        { field: 'sha256', value: SHA256 },
      ],
    });
  });

  it('writes a field only when its value changes', () => {
    expect(placeHashes({ md5: MD5, sha1: MD5 }).fix).toEqual([{ field: 'sha1', value: '' }]);
  });

  it('swaps hashes in one fix', () => {
    expect(placeHashes({ md5: SHA1, sha1: MD5 }).fix).toEqual([
      { field: 'md5', value: MD5 },
      { field: 'sha1', value: SHA1 },
    ]);
  });

  it('gives no fix when a target is taken', () => {
    const placement = placeHashes({ md5: SHA256, sha256: 'zz' });
    expect(placement).toEqual({ misplaced: [{ field: 'md5', target: 'sha256', length: 64, blockedBy: 'sha256' }] });
  });
});
