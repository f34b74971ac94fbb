import { createEngine, messageSubject } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { plugin } from './index.js';

const TOKEN = 'APIV2:430:c8mTcH:1234567890123:7mbiyQk3Zt9pXw2LrV8sNd4Jf6Hq1Ca0Eu5Gy=';
const SECRET = 'abcdefghijklmnopqrstuvwxyz0123456789ABCD';
const engine = createEngine({ config: [plugin.configs.recommended] });

describe('no credentials from a log in any output', () => {
  it('shows the recognized texts and the path, nothing else of the log', () => {
    const log = [
      `tc_token=${TOKEN} tc_api_secret_key=${SECRET}`,
      "python3: can't find '__main__' module in '/opt/apps/example'",
      'Not in App directory.',
      'At least one set of ThreatConnect credentials must be provided (tc_api_access_id/tc_api_secret key OR tc_token/tc_token_expires).',
    ].join('\n');
    const messages = engine.check(messageSubject(log)).messages;
    expect(messages.map((m) => m.messageId)).toEqual(['missingMainModule', 'notInAppDirectory', 'missingCredentials']);
    const output = JSON.stringify(messages);
    for (const secret of [TOKEN, SECRET]) {
      for (let i = 0; i + 8 <= secret.length; i++) expect(output).not.toContain(secret.slice(i, i + 8));
    }
  });
});
