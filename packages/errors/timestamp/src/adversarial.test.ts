import { createEngine, messageSubject, type LintMessage } from '@tclint/core';
import { fastest } from '@tclint/rule-tester';
import { describe, expect, it } from 'vitest';
import { plugin } from './index.js';
import { ADVERSARIAL } from './testing/adversarial.js';
import { failed, httpDate, v2Body } from './testing/exchanges.js';

const engine = createEngine({ config: [plugin.configs.recommended] });

describe('1 MB adversarial inputs are diagnosed in well under 100 ms', () => {
  for (const [i, junk] of ADVERSARIAL.entries()) {
    const label = `${JSON.stringify(junk.slice(0, 12))}… (pattern ${i})`;
    const subjects = {
      timestamp: failed({ timestamp: junk, date: httpDate(1_700_000_000) }),
      date: failed({ timestamp: '1700000000', date: junk }),
      body: failed({ timestamp: '1700000000', body: v2Body(`${junk} Invalid timestamp ${junk}`) }),
    };
    for (const [where, subject] of Object.entries(subjects)) {
      it(`${label} in the ${where}`, () => {
        let messages: LintMessage[] = [];
        expect(fastest(() => (messages = engine.check(subject).messages), { budget: 100 })).toBeLessThan(100);
        expect(messages.length).toBeGreaterThan(0);
        expect(messages.filter((m) => m.internal)).toEqual([]);
      });
    }
    it(`${label} as a message text`, () => {
      const subject = messageSubject(`${junk}\nInvalid Timestamp`);
      let count = 0;
      expect(fastest(() => (count = engine.check(subject).messages.length), { budget: 100 })).toBeLessThan(100);
      expect(count).toBe(1);
    });
  }
});
