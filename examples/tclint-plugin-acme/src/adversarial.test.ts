import { createEngine, indicator } from '@tclint/core';
import { fastest, MB } from '@tclint/rule-tester';
import { describe, expect, it } from 'vitest';
import { plugin } from './index.js';

const engine = createEngine({
  config: [plugin.configs.recommended, { rules: { 'acme/allowlisted-domain': ['warn', { allowlist: Array.from({ length: 200 }, (_, i) => `corp${i}.example.net`) }] } }],
});
const FIELDS = { Address: 'ip', CIDR: 'Block', Host: 'hostName', URL: 'text', EmailAddress: 'address' } as const;

const inputs: Record<string, string> = {
  digits: '9'.repeat(MB),
  dots: '.'.repeat(MB),
  'digit-dot runs': '1.'.repeat(MB / 2),
  colons: ':'.repeat(MB),
  'hex-colon runs': 'ff:'.repeat(MB / 3),
  'double colons': '::1'.repeat(MB / 3),
  hyphens: '-'.repeat(MB),
  brackets: '[.]'.repeat(MB / 3),
  backslashes: '\\'.repeat(MB),
  punycode: 'xn--'.repeat(MB / 4),
  slashes: '/'.repeat(MB),
  'at signs': '@'.repeat(MB),
  'scheme then labels': `http://${'a.'.repeat(MB / 2)}example.com`,
  'labels under example.com': `${'a.'.repeat(MB / 2)}example.com`,
  'long zone': `fe80::1%${'e'.repeat(MB)}`,
  'address then a long prefix': `10.0.0.0/${'0'.repeat(MB)}8`,
};

describe('1 MB adversarial input', () => {
  it.each(Object.entries(inputs))('handles %s in well under 100 ms', (_name, value) => {
    for (const [type, field] of Object.entries(FIELDS)) {
      const subject = indicator(type, { [field]: value });
      const result = engine.fix(subject);
      expect(result.messages.filter((m) => m.internal)).toEqual([]);
      for (const m of result.messages) expect(m.message.length).toBeLessThan(500);
      expect(fastest(() => engine.fix(subject), { budget: 100 }), type).toBeLessThan(100);
    }
  });
});
