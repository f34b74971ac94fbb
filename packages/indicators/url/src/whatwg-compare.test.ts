/// <reference types="node" />
import { createEngine, indicator } from '@tclint/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plugin, scanUrl } from './index.js';

/*
 * The WHATWG URL parser (Node's global URL) serializes differently from what
 * ThreatConnect needs (it adds "/", drops default ports, resolves ".."), so it
 * is no fix; but it does locate the host. Where it parses a URL, the host our
 * scanner finds, fixed, must be the host it finds.
 */
const engine = createEngine({ config: [plugin.configs.recommended] });

const letters = [...'abcxyzABCXYZ09-äöüßÄÖÜéñπλжЯ日本ｅＸ'];
const label = fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 10 }).map((cs) => cs.join(''));
const host = fc.tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.constantFrom('com', 'DE', 'ＣＯＭ')).map(([ls, top]) => [...ls, top].join('.'));
const before = fc.constantFrom('http://', 'https://', 'http://user@', 'http://User:P%40ss@', 'ftp://a:b@c@');
const after = fc.constantFrom('', '/', ':8080', ':80/A/../b?Q=1#F', '?q=@x', '#/@', '\\path', '/ä?ö#ü');

describe('the host our scanner finds is the host a WHATWG parser finds', () => {
  it('after fixing, on generated URLs the WHATWG parser accepts', () => {
    let compared = 0;
    fc.assert(
      fc.property(before, host, after, (b, h, a) => {
        const fixed = engine.fix(indicator('URL', { text: b + h + a }));
        const text = fixed.output?.values.text ?? b + h + a;
        if (fixed.errorCount > 0 || !URL.canParse(text)) return;
        const scan = scanUrl(text);
        compared++;
        expect(text.slice(scan.host!.start, scan.host!.end)).toBe(new URL(text).hostname);
      }),
      { numRuns: 500 },
    );
    expect(compared).toBeGreaterThan(100);
  });

  it('while WHATWG serialization would change bytes ThreatConnect keeps', () => {
    const text = 'http://EXAMPLE.com:80/A/../b?Q=1#F';
    expect(new URL(text).href).toBe('http://example.com/b?Q=1#F');
    expect(engine.fix(indicator('URL', { text })).output?.values.text).toBe('http://example.com:80/A/../b?Q=1#F');
  });
});
