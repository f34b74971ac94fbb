import { createLinter } from '@tclint/preset';
import { describe, expect, it } from 'vitest';
import type { Reply } from '../protocol.js';
import { runCheck } from './check-job.js';
import { idnLoaded } from './idn.js';
import { runWithIdn } from './with-idn.js';

// tr46 is idn.ts here, as in the worker bundle (vitest.config.ts): no test before this one loads the tables.
describe('runWithIdn', () => {
  const linter = createLinter();
  const check = (text: string) => (send: (reply: Reply, transfer?: Transferable[]) => void) => runCheck(linter, { id: 5, bytes: new TextEncoder().encode(text), format: 'auto' }, send).then(() => undefined);

  it('runs without the tables when no name needs them', async () => {
    const replies: Reply[] = [];
    await runWithIdn(5, false, check('AS 1\nEXAMPLE.com\n'), (r) => replies.push(r));
    expect(idnLoaded()).toBe(false);
    expect(replies.map((r) => r.kind)).not.toContain('restart');
    // two asn/format errors; EXAMPLE.com's case is a warning (ThreatConnect's Host pattern accepts it)
    expect(replies.at(-1)).toMatchObject({ kind: 'checked', totals: { records: 2, errors: 2 } });
  });

  it('runs again with the tables when a name needed them that the guess missed, and gives only the second result', async () => {
    const replies: Reply[] = [];
    await runWithIdn(5, false, check('österreich.icom.museum\n'), (r) => replies.push(r));
    expect(idnLoaded()).toBe(true);
    const kinds = replies.map((r) => r.kind).filter((k) => k !== 'progress');
    expect(kinds).toEqual(['restart', 'checked']);
    const done = replies.at(-1);
    if (done?.kind !== 'checked') throw new Error('no result');
    expect(new TextDecoder().decode(done.output)).toBe('xn--sterreich-z7a.icom.museum\n');
    expect(done.totals).toMatchObject({ errors: 1, remainingErrors: 0 });
  });
});
