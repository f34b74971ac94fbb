import { describe, expect, it } from 'vitest';
import { colorEnabled, palette } from './color.js';

describe('colour decision', () => {
  it('colours a terminal only', () => {
    expect(colorEnabled(true, {})).toBe(true);
    expect(colorEnabled(false, {})).toBe(false);
    expect(colorEnabled(undefined, {})).toBe(false);
    expect(colorEnabled(true, { TERM: 'dumb' })).toBe(false);
  });

  it('never colours with NO_COLOR set to anything but the empty string, whatever FORCE_COLOR says', () => {
    expect(colorEnabled(true, { NO_COLOR: '1' })).toBe(false);
    expect(colorEnabled(true, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false);
    expect(colorEnabled(true, { NO_COLOR: '' })).toBe(true);
  });

  it('follows FORCE_COLOR when NO_COLOR is not set', () => {
    expect(colorEnabled(false, { FORCE_COLOR: '1' })).toBe(true);
    expect(colorEnabled(false, { FORCE_COLOR: '' })).toBe(true);
    expect(colorEnabled(true, { FORCE_COLOR: '0' })).toBe(false);
    expect(colorEnabled(true, { FORCE_COLOR: 'false' })).toBe(false);
  });

  it('paints with SGR codes only when enabled', () => {
    expect(palette(true).red('x')).toBe('\x1b[31mx\x1b[39m');
    expect(palette(false).red('x')).toBe('x');
  });
});
