import { createEngine, messageSubject, type LintMessage } from '@tclint/core';
import { fastest } from '@tclint/rule-tester';
import { describe, expect, it } from 'vitest';
import { plugin } from './index.js';
import { ADVERSARIAL } from './testing/adversarial.js';
import { b64, failed, header, SECRET, TS, v2Body } from './testing/exchanges.js';

const engine = createEngine({ config: [plugin.configs.recommended] });
const good = header(b64(`/api/v2/owners:GET:${TS}`));
/** Checked before each timed run: the rule keeps the signer of the last request, and this one replaces it. */
const other = failed({ url: '/api/v2/groups', authorization: good, timestamp: TS, secretKey: `${SECRET}x` });
const emptyCache = () => engine.check(other);

describe('1 MB adversarial inputs are diagnosed in well under 100 ms', () => {
  for (const [i, junk] of ADVERSARIAL.entries()) {
    const label = `${JSON.stringify(junk.slice(0, 12))}… (pattern ${i})`;
    const subjects = {
      url: failed({ url: `/api/v2/${junk}`, authorization: good, timestamp: TS, secretKey: SECRET }),
      authorization: failed({ authorization: `TC 1:${junk}`, timestamp: TS, secretKey: SECRET }),
      wholeAuthorization: failed({ authorization: junk, timestamp: TS }),
      tokenAuthorization: failed({ authorization: `TC-Token ${junk}`, timestamp: TS, secretKey: SECRET }),
      query: failed({ url: `/api/v2/owners?x=${junk}`, authorization: good, timestamp: TS, secretKey: SECRET }),
      // a 1 MB method is no HTTP method: reported, never hashed (let alone once per candidate signature)
      method: failed({ method: junk, authorization: good, timestamp: TS, secretKey: SECRET }),
      'method without a Timestamp header': failed({ method: junk, authorization: good, secretKey: SECRET, localTime: Number(TS) * 1000 }),
      timestamp: failed({ authorization: good, timestamp: junk, secretKey: SECRET }),
      secretKey: failed({ authorization: good, timestamp: TS, secretKey: junk }),
      body: failed({ authorization: good, timestamp: TS, body: v2Body(`Signature data did not match expected result ${junk}`) }),
    };
    for (const [where, subject] of Object.entries(subjects)) {
      it(`${label} in the ${where}`, () => {
        let messages: LintMessage[] = [];
        expect(fastest(() => (messages = engine.check(subject).messages), { budget: 100, before: emptyCache })).toBeLessThan(100);
        expect(messages.length).toBeGreaterThan(0);
        if (where.startsWith('method')) expect(messages.map((m) => m.messageId)).toContain('invalidMethod');
        expect(messages.filter((m) => m.internal || m.ruleId.startsWith('tclint/'))).toEqual([]);
      });
    }
    it(`${label} as a message text`, () => {
      const subject = messageSubject(`${junk}\nsignature data did not match expected result`);
      let count = 0;
      expect(fastest(() => (count = engine.check(subject).messages.length), { budget: 100 })).toBeLessThan(100);
      expect(count).toBe(1);
    });
  }
});
