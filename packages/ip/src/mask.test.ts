import { describe, expect, it } from 'vitest';
import { clearHostBits, prefixOfMask } from './mask.js';

describe('clearHostBits', () => {
  it('clears the bits after the prefix and says whether any was set', () => {
    const v4 = [10, 1, 2, 3];
    expect(clearHostBits(v4, 4, 8, 8)).toBe(true);
    expect(v4).toEqual([10, 0, 0, 0]);
    const partial = [192, 168, 255, 255];
    expect(clearHostBits(partial, 4, 8, 20)).toBe(true);
    expect(partial).toEqual([192, 168, 240, 0]);
    const clean = [0x2001, 0xdb8, 0, 0, 0, 0, 0, 0];
    expect(clearHostBits(clean, 8, 16, 32)).toBe(false);
    const all = [0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff];
    expect(clearHostBits(all.slice(), 8, 16, 128)).toBe(false);
    const none = all.slice();
    expect(clearHostBits(none, 8, 16, 0)).toBe(true);
    expect(none).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('prefixOfMask', () => {
  it('gives the prefix length of a contiguous netmask', () => {
    expect(prefixOfMask([255, 0, 0, 0], 8)).toBe(8);
    expect(prefixOfMask([255, 255, 240, 0], 8)).toBe(20);
    expect(prefixOfMask([0, 0, 0, 0], 8)).toBe(0);
    expect(prefixOfMask([255, 255, 255, 255], 8)).toBe(32);
    expect(prefixOfMask([0xffff, 0xfffe, 0, 0, 0, 0, 0, 0], 16)).toBe(31);
  });

  it('gives nothing for a mask whose ones are not contiguous from the left', () => {
    expect(prefixOfMask([255, 0, 255, 0], 8)).toBeUndefined();
    expect(prefixOfMask([0, 255, 255, 255], 8)).toBeUndefined();
    expect(prefixOfMask([255, 253, 0, 0], 8)).toBeUndefined();
    expect(prefixOfMask([0xffff, 0, 1, 0, 0, 0, 0, 0], 16)).toBeUndefined();
  });
});
