import { createEngine, messageSubject, type Subject } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { plugin } from './index.js';
import { ACCESS_ID, BASE, failed, TOKEN, v2 } from './testing/exchanges.js';

const SECRET = 'abcdefghijklmnopqrstuvwxyz0123456789ABCD';
const engine = createEngine({ config: [plugin.configs.recommended] });

/** Every 8-character piece of a secret, so that no part of it may leak either. */
function pieces(secret: string): string[] {
  return Array.from({ length: secret.length - 7 }, (_, i) => secret.slice(i, i + 8));
}

function output(subject: Subject): string {
  return JSON.stringify([engine.check(subject).messages, engine.fix(subject).messages, engine.fix(subject).changes]);
}

describe('no token or secret key in any output', () => {
  const subjects: [string, Subject][] = [
    ['well-formed token', failed(403, v2('Access Denied'), { authorization: `TC-Token ${TOKEN}`, url: `${BASE}/v2/groups?owner=Acme Corp` })],
    ['lowercase scheme', failed(403, v2('Access Denied'), { authorization: `tc-token ${TOKEN}` })],
    ['quoted token', failed(403, v2('Access Denied'), { authorization: `TC-Token '${TOKEN}'` })],
    ['bytes token', failed(403, v2('Access Denied'), { authorization: `TC-Token b'${TOKEN}'` })],
    ['token with a line break', failed(403, v2('Access Denied'), { authorization: `TC-Token ${TOKEN.slice(0, 20)}\n${TOKEN.slice(20)}` })],
    ['Bearer token', failed(403, v2('Access Denied'), { authorization: `Bearer ${TOKEN}` })],
    ['bare token', failed(403, v2('Access Denied'), { authorization: TOKEN })],
    ['token in the URL', failed(404, v2('The requested owner was not found'), { authorization: null, url: `${BASE}/v2/groups?expiredToken=${encodeURIComponent(TOKEN)}&owner=A B` })],
    ['token in a log', messageSubject(`Authorization: TC-Token ${TOKEN}\n401 Access Denied`)],
    ['secret key as signature', failed(403, v2('Access Denied'), { authorization: `TC ${ACCESS_ID}:${SECRET}`, secretKey: SECRET })],
    ['secret key without a scheme', failed(403, v2('Access Denied'), { authorization: `${ACCESS_ID}:${SECRET}`, secretKey: SECRET })],
  ];
  for (const [name, subject] of subjects) {
    it(name, () => {
      const text = output(subject);
      expect(text.length).toBeGreaterThan(10);
      for (const piece of [...pieces(TOKEN), ...pieces(encodeURIComponent(TOKEN)), ...pieces(SECRET)]) expect(text).not.toContain(piece);
    });
  }
});
