import { createEngine, messageSubject, type LintMessage, type Subject } from '@tclint/core';
import { fastest, MB } from '@tclint/rule-tester';
import { describe, expect, it } from 'vitest';
import { plugin } from './index.js';
import { BASE, failed, NOW, v2 } from './testing/exchanges.js';

const engine = createEngine({ config: [plugin.configs.recommended] });
const runs = ['1', '.', ':', '-', '[', ']', '\\', 'xn--', ' ', '\t', "b'", 'Unauthorize', 'unauthorized_', 'The Job associated with this token'];

/** The CPU time of check, the best of three runs; check reports no internal error, and fix must also cope. */
function timed(subject: Subject): number {
  let messages: LintMessage[] = [];
  const best = fastest(() => (messages = engine.check(subject).messages), { budget: 100 });
  expect(messages.filter((m) => m.internal)).toEqual([]);
  expect(engine.fix(subject).messages.filter((m) => m.internal || m.ruleId.startsWith('tclint/'))).toEqual([]);
  return best;
}

describe('1 MB adversarial input', () => {
  for (const run of runs) {
    const big = run.repeat(Math.ceil(MB / run.length)).slice(0, MB);
    it(`runs of ${JSON.stringify(run)}`, () => {
      const subjects: Subject[] = [
        failed(401, v2('Unauthorized'), { authorization: `TC-Token ${big}`, tokenExpires: NOW - 1 }),
        failed(401, v2('Unauthorized'), { authorization: big }),
        failed(401, v2(`${big} Unauthorized`)),
        failed(401, big, { date: big }),
        failed(401, v2('The Job associated with this token is either invalid or does not exist.'), { url: `${BASE}/${big}/appAuth?${big}` }),
        messageSubject(`${big} unauthorized ${big}`),
      ];
      for (const subject of subjects) expect(timed(subject)).toBeLessThan(100);
    });
  }
});
