import { createEngine, messageSubject, type LintMessage, type Subject } from '@tclint/core';
import { fastest, MB } from '@tclint/rule-tester';
import { describe, expect, it } from 'vitest';
import { plugin } from './index.js';
import { BASE, failed, v2 } from './testing/exchanges.js';

const engine = createEngine({ config: [plugin.configs.recommended] });
const runs = ['1', '.', ':', '-', '[', ']', '\\', 'xn--', ' ', '%', '+', "b'", 'Access Denie', '&owner=%'];

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
        failed(403, v2('Access Denied'), { authorization: `TC ${big}` }),
        failed(403, v2('Access Denied'), { authorization: `TC 1:${big}` }),
        failed(403, v2('Access Denied'), { authorization: `TC-Token ${big}` }),
        failed(403, v2('Access Denied'), { authorization: big }),
        failed(403, v2('Access Denied'), { url: `${BASE}/v2/groups?owner=${big}`, authorization: 'TC-Token x' }),
        failed(404, v2(`The requested owner was not found ${big}`), { url: `${BASE}/v2/groups?${big}` }),
        failed(403, big),
        messageSubject(`${big} access denied ?owner=${big}`),
      ];
      for (const subject of subjects) expect(timed(subject)).toBeLessThan(100);
    });
  }
});
