import { createEngine, indicatorFromSummary } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { detectMutex, plugin } from './index.js';

describe('detectMutex', () => {
  it.each(['Global\\MSCTF.Shared.MUTEX.ZRX', 'Local\\ZonesCacheCounterMutex', ' Global\\x '])('is sure %j is a Mutex', (value) => {
    expect(detectMutex(value)).toEqual({ type: 'Mutex', confidence: 0.9 });
  });

  it.each(['Session\\1\\MyMutex', '\\BaseNamedObjects\\x'])('is fairly sure %j is a Mutex', (value) => {
    expect(detectMutex(value)?.confidence).toBe(0.85);
  });

  it('is less sure of a namespace in another case', () => {
    expect(detectMutex('global\\x')).toEqual({ type: 'Mutex', confidence: 0.7 });
  });

  it.each([
    '',
    'Global\\',
    'Session\\x\\y',
    'Session\\1',
    'DC_MUTEX-K5CAEA3',
    'example.com',
    'http://example.com/Global\\x',
    '10.0.0.1',
    'HKEY_LOCAL_MACHINE\\Software',
    'HKLM\\Software',
    'd41d8cd98f00b204e9800998ecf8427e',
    'Mozilla/5.0 (Windows NT 10.0)',
    '#apt28',
  ])('does not claim %j', (value) => {
    expect(detectMutex(value)).toBeUndefined();
  });

  it('lets the engine type and fix an untyped value', () => {
    const engine = createEngine({ config: [plugin.configs.recommended] });
    const result = engine.fix(indicatorFromSummary(' Global\\x\t'));
    expect(result.subject.type).toBe('Mutex');
    expect(result.output?.values).toEqual({ Mutex: 'Global\\x' });
  });
});
