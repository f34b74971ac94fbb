import { appSubject, createEngine, messageSubject, type LintMessage, type Subject } from '@tclint/core';
import { fastest, MB } from '@tclint/rule-tester';
import { describe, expect, it } from 'vitest';
import { plugin } from './index.js';
import { COMPLETE_APP } from './testing/app-directories.js';

const engine = createEngine({ config: [plugin.configs.recommended] });
const runs = ['1', '.', ':', '-', '[', ']', '\\', 'xn--', ' ', '\n', '#', "'", '"', '{"a":', '[[', "can't find '__main__' module in '", 'from run import ', 'run()\n'];

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
        messageSubject(big),
        messageSubject(`can't find '__main__' module in '${big}`),
        messageSubject(`can't find '__main__' module in ${big}`),
        appSubject('/app', { ...COMPLETE_APP, '__main__.py': big }),
        appSubject('/app', { ...COMPLETE_APP, 'install.json': big }),
        appSubject('/app', { ...COMPLETE_APP, 'install.json': `{"programMain": ${JSON.stringify(big)}}` }),
        appSubject('/app', { [`${big}/__main__.py`]: '', 'run.py': big }),
      ];
      for (const subject of subjects) expect(timed(subject)).toBeLessThan(100);
    });
  }
});
