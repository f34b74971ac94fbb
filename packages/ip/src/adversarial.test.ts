import { fastest, MB } from '@tclint/rule-tester';
import { describe, expect, it } from 'vitest';
import { inspectIPv4 } from './inspect-ipv4.js';
import { ipVersion } from './ip-version.js';
import { parseIPv4 } from './ipv4.js';
import { formatIPv6, inspectIPv6, isThreatConnectIPv6, parseIPv6 } from './ipv6.js';
import { readIPv6 } from './read-ipv6.js';

const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

/** A megabyte of each shape that makes naive scanners or regexes backtrack. */
const INPUTS: Record<string, string> = {
  digits: fill('1'),
  dots: fill('.'),
  colons: fill(':'),
  'dotted digits': fill('1.'),
  'hex groups': fill('abcd:'),
  'double colons': fill('1::'),
  percent: fill('%'),
  'IPv4 tail after groups': `${fill('0:')}1.2.3.4`,
};

describe('1 MB adversarial inputs', () => {
  for (const [name, value] of Object.entries(INPUTS)) {
    it(`${name}: every reader in well under 50 ms`, () => {
      const ms = fastest(
        () => {
          for (const read of [parseIPv4, parseIPv6, formatIPv6, inspectIPv6, readIPv6, inspectIPv4, ipVersion, isThreatConnectIPv6]) read(value);
        },
        { budget: 50 },
      );
      expect(ms).toBeLessThan(50);
    });
  }
});
