import { createEngine, indicator } from '@tclint/core';
import { toAsciiHost } from '@tclint/hostname';
import { recordedIndicatorTypes } from '@tclint/tc-types';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeUrl, plugin } from './index.js';

const engine = createEngine({ config: [plugin.configs.recommended] });
const url = (text: string) => indicator('URL', { text });
const accepted = (text: string) => recordedIndicatorTypes().check('URL', 'text', text)?.kind === 'match';

const ldhLabel = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/).filter((l) => !(l[2] === '-' && l[3] === '-'));
const tld = fc.stringMatching(/^[a-z]{2,8}$/);
const asciiHost = fc.tuple(fc.array(ldhLabel, { minLength: 1, maxLength: 4 }), tld).map(([labels, top]) => [...labels, top].join('.'));

const scheme = fc.constantFrom('http', 'https', 'ftp', 'sftp');
const userinfo = fc.constant(undefined);
const port = fc.option(fc.integer({ min: 1, max: 65535 }).map(String), { nil: undefined });
/** Path, query and fragment in any case and encoding, dot segments, even "@" and ":" (all characters ThreatConnect accepts). */
const rest = fc
  .array(fc.constantFrom('/', '/A', '/b', '/..', '/./', '%2F', '%e4', '?', '?Q=1', '&x=Y', '#Frag', '@', ':', ';', '~', '+', 'xn--', 'EXAMPLE.com'), { maxLength: 8 })
  .map((parts) => parts.join(''))
  .filter((r) => (r === '' || r.startsWith('/') || r.startsWith('?') || r.startsWith('#')) && (r.match(/#/g) ?? []).length <= 1);

/** A host that needs fixing: upper case, full-width, non-ASCII, with a root dot or not. */
const letters = [...'abcxyzABCXYZ09äöüßÄÖÜéñçπλжЯ日本ｅＸ'];
const messyLabel = fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 10 }).map((cs) => cs.join(''));
const messyHost = fc
  .tuple(fc.array(messyLabel, { minLength: 1, maxLength: 3 }), fc.constantFrom('com', 'DE', 'Jp', 'ＣＯＭ'), fc.constantFrom('', '.'))
  .map(([labels, top, dot]) => [...labels, top].join('.') + dot);

describe('valid URLs', () => {
  it('report nothing and do not change', () => {
    fc.assert(
      fc.property(scheme, userinfo, asciiHost, port, rest, (s, user, host, p, r) => {
        const text = `${s}://${user === undefined ? '' : `${user}@`}${host}${p === undefined ? '' : `:${p}`}${r}`;
        const result = engine.fix(url(text));
        expect(result.messages).toEqual([]);
        expect(result.changes).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('fixing a host', () => {
  it('changes the host and keeps every byte before and after it', () => {
    fc.assert(
      fc.property(scheme, userinfo, messyHost, port, rest, (s, user, host, p, r) => {
        const expected = toAsciiHost(host);
        fc.pre(expected !== undefined);
        const prefix = `${s}://${user === undefined ? '' : `${user}@`}`;
        const suffix = `${p === undefined ? '' : `:${p}`}${r}`;
        const output = engine.fix(url(prefix + host + suffix)).output?.values.text ?? prefix + host + suffix;
        expect(output.startsWith(prefix)).toBe(true);
        expect(output.endsWith(suffix)).toBe(true);
        expect(output.slice(prefix.length, output.length - suffix.length)).toBe(expected);
        // and the fixed URL is one ThreatConnect accepts, with nothing left to report
        if (engine.check(url(output)).messages.length === 0) expect(accepted(output)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

const hostish = fc
  .array(fc.constantFrom('http', 'HTTP', ':', '//', '/', '\\', '@', '[', ']', '::', '%25', 'a', 'Z', '.', '-', 'xn--', 'ö', 'ß', '。', ' ', '\t', '?', '#', '8080', '65536', '\u200d', '\ud800', '\u0000', 'ש'), { maxLength: 30 })
  .map((parts) => parts.join(''));
const anything = fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), hostish, hostish.map((h) => `http://${h}`), fc.webUrl());

describe('any string', () => {
  it('never throws, and never makes a rule misbehave', () => {
    fc.assert(
      fc.property(anything, (text) => {
        expect(engine.check(url(text)).messages.filter((m) => m.internal)).toEqual([]);
        expect(engine.fix(url(text)).messages.filter((m) => m.internal || m.ruleId.startsWith('tclint/'))).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('fixing is idempotent and leaves nothing fixable', () => {
    fc.assert(
      fc.property(anything, (text) => {
        const first = engine.fix(url(text));
        const second = engine.fix(first.output ?? url(text));
        expect(second.changes).toEqual([]);
        expect(second.messages.filter((m) => m.fix)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('each fixable problem repairs only itself: applying its repair removes that problem', () => {
    fc.assert(
      fc.property(anything, (text) => {
        for (const problem of analyzeUrl(text).problems) {
          if (problem.fixed === undefined) continue;
          expect(analyzeUrl(problem.fixed).problems.map((p) => p.code)).not.toContain(problem.code);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('a fix never touches the bytes outside the part it is about', () => {
    fc.assert(
      fc.property(anything, (text) => {
        for (const m of engine.check(url(text)).messages) {
          if (!m.fix || Array.isArray(m.fix)) continue;
          const fixed = (m.fix as { value: string }).value;
          // url/characters is about the path, query and fragment themselves
          if (m.ruleId === 'url/characters') continue;
          if (m.ruleId === 'url/whitespace') {
            expect(fixed).toBe(text.trim());
            continue;
          }
          // everything before the first and after the last changed byte is the input's
          let head = 0;
          while (head < fixed.length && fixed[head] === text[head]) head++;
          let tail = 0;
          while (tail < fixed.length - head && fixed[fixed.length - 1 - tail] === text[text.length - 1 - tail]) tail++;
          const changedIn = text.slice(head, text.length - tail);
          expect(changedIn.includes('/') || changedIn.includes('?') || changedIn.includes('#'), `${m.ruleId} changed ${JSON.stringify(changedIn)}`).toBe(false);
        }
      }),
      { numRuns: 400 },
    );
  });
});
