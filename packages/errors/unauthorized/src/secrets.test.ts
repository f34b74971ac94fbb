import { createEngine, messageSubject, type Subject } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { plugin } from './index.js';
import { BASE, failed, NOW, TOKEN, v2 } from './testing/exchanges.js';

const engine = createEngine({ config: [plugin.configs.recommended] });
const RENEWAL = 'The Job associated with this token is either invalid or does not exist.';

/** Every 8-character piece of the token, so that no part of it may leak either. */
function pieces(secret: string): string[] {
  return Array.from({ length: secret.length - 7 }, (_, i) => secret.slice(i, i + 8));
}

describe('no part of a token in any output', () => {
  const subjects: [string, Subject][] = [
    ['expired', failed(401, v2('Unauthorized'), { tokenExpires: NOW - 1 })],
    ['regenerated', failed(401, v2('Unauthorized'), { tokenExpires: NOW + 1 })],
    ['unknown', failed(401, v2('Unauthorized'))],
    ['lowercase scheme', failed(401, v2('Unauthorized'), { authorization: `tc-token ${TOKEN}` })],
    ['quoted', failed(401, v2('Unauthorized'), { authorization: `TC-Token "${TOKEN}"` })],
    ['bytes', failed(401, v2('Unauthorized'), { authorization: `TC-Token b'${TOKEN}'` })],
    ['line break', failed(401, v2('Unauthorized'), { authorization: `TC-Token ${TOKEN.slice(0, 30)}\n${TOKEN.slice(30)}` })],
    ['Bearer', failed(401, v2('Unauthorized'), { authorization: `Bearer ${TOKEN}` })],
    ['bare token', failed(401, v2('Unauthorized'), { authorization: TOKEN })],
    ['renewal with the token in the URL', failed(401, v2(RENEWAL), { authorization: null, url: `${BASE}/appAuth?expiredToken=${TOKEN}` })],
    ['the server echoes the token', failed(401, v2(`Unauthorized: token ${TOKEN} is not valid`))],
    ['a log with the token', messageSubject(`Authorization: TC-Token ${TOKEN}\n401 Unauthorized\n${RENEWAL}`)],
  ];
  for (const [name, subject] of subjects) {
    it(name, () => {
      const checked = engine.check(subject);
      const fixed = engine.fix(subject);
      expect(checked.messages.length).toBeGreaterThan(0);
      const text = JSON.stringify([checked.messages, fixed.messages, fixed.changes, fixed.output ?? null]);
      for (const piece of pieces(TOKEN)) expect(text).not.toContain(piece);
    });
  }
});
