import { appSubject, createEngine, messageSubject, type Subject } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { plugin } from './index.js';
import { COMPLETE_APP } from './testing/app-directories.js';

const MB = 1 << 20;
const engine = createEngine({ config: [plugin.configs.recommended] });
const runs = ['1', '.', ':', '-', '[', ']', '\\', 'xn--', ' ', '\n', '#', "'", '"', '{"a":', '[[', "can't find '__main__' module in '", 'from run import ', 'run()\n'];

/** The best of three runs of check, in CPU time (other processes on a busy machine do not count); fix must also cope. */
function timed(subject: Subject): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = process.cpuUsage();
    const result = engine.check(subject);
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
    expect(result.messages.filter((m) => m.internal)).toEqual([]);
  }
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
