import { createEngine, messageSubject } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { plugin } from '../index.js';

describe('signature/message evidence', () => {
  it('names the line the error is on and gives the general remedies', () => {
    const engine = createEngine({ config: [plugin.configs.recommended] });
    const [m] = engine.check(messageSubject('Traceback (most recent call last):\n  File "run.py", line 3\nRuntimeError: SIGNATURE DATA DID NOT MATCH EXPECTED RESULT')).messages;
    expect(m?.classId).toBe('signature');
    expect(m?.evidence?.[0]).toBe('Line 3 of the text says "SIGNATURE DATA DID NOT MATCH EXPECTED RESULT"');
    expect(m?.remedies?.join('\n')).toMatch(/HMAC-SHA256.*base64/);
    expect(m?.remedies?.join('\n')).toMatch(/b'\.\.\.'/);
  });
});
