import { createEngine, indicator, indicatorFromSummary, type IndicatorSubject, type LintResult } from '@tclint/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFANGABLE_TYPES, findDefangs, plugin, refang } from './index.js';

const engine = createEngine({ config: [plugin.configs.recommended] });
const FIELD: Record<string, string> = { Host: 'hostName', URL: 'text', Address: 'ip', CIDR: 'Block', EmailAddress: 'address' };
const typed = (type: string, value: string) => indicator(type, { [FIELD[type]!]: value });
const valueOf = (result: LintResult<IndicatorSubject>, type: string) => (result.output ?? result.subject).values[FIELD[type]!];

const label = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-'.split('')), minLength: 1, maxLength: 8 });
const host = fc.tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.constantFrom('com', 'org', 'net', 'de', 'xn--p1ai')).map(([labels, tld]) => [...labels, tld].join('.'));
const dotStyle = fc.constantFrom('[.]', '(.)', '{.}', '[dot]', '(dot)', '{DOT}', ' [dot] ');
const atStyle = fc.constantFrom('[@]', '(@)', '{@}', '[at]', '(at)', '[AT]', ' [at] ');
const colonStyle = fc.constantFrom('[:]', '(:)');

/** Each dot written as it is or defanged, independently; the test knows the clean value. */
function defangDots(text: string, styles: readonly string[]): string {
  let i = 0;
  return text.replace(/\./g, () => styles[i++ % styles.length]!);
}

const defangedHost = fc.tuple(host, fc.array(fc.oneof(dotStyle, fc.constant('.')), { minLength: 1, maxLength: 4 })).map(([clean, styles]) => ({ clean, written: defangDots(clean, styles) }));
const defangedUrl = fc
  .tuple(defangedHost, fc.constantFrom('http', 'https'), fc.constantFrom('', 'hxxp', 'hXXp', 'HXXP'), fc.oneof(fc.constant('://'), fc.constant('[://]'), colonStyle.map((c) => `${c}//`)), fc.constantFrom('/', '/a.php?x=1', ''))
  .map(([h, scheme, defangedScheme, separator, path]) => {
    const writtenScheme = defangedScheme === '' ? scheme : defangedScheme + (scheme === 'https' ? (defangedScheme === 'HXXP' ? 'S' : 's') : '');
    return { clean: `${scheme}://${h.clean}${path}`, written: `${writtenScheme}${separator}${h.written}${path}` };
  });
const defangedEmail = fc.tuple(label, atStyle, defangedHost).map(([local, at, h]) => ({ clean: `${local}@${h.clean}`, written: `${local}${at}${h.written}` }));

const noise = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: fc.constantFrom('[', ']', '(', ')', '{', '}', '.', 'dot', 'at', '@', ':', '://', '/', 'hxxp', 'hXXps', 'x', ' ', '\\', '\ud800', 'é') }),
);
const anyType = fc.constantFrom(...DEFANGABLE_TYPES);

describe('properties', () => {
  it('values without defanged parts report nothing and do not change', () => {
    const plain = fc.string({ unit: fc.constantFrom('a', 'b', '1', '.', '@', ':', '/', '-', '[', ']', '(', ')', 'x', 'h', 'p', ' ') }).filter((v) => findDefangs(v).length === 0);
    fc.assert(
      fc.property(plain, anyType, (value, type) => {
        const result = engine.fix(typed(type, value));
        expect(result.messages).toEqual([]);
        expect(result.changes).toEqual([]);
        expect(refang(value)).toBe(value);
      }),
      { numRuns: 300 },
    );
  });

  it('refangs defanged hosts, URLs and email addresses to exactly their clean form, and detection types them', () => {
    const cases = fc.oneof(
      defangedHost.map((c) => ({ ...c, type: 'Host' })),
      defangedUrl.map((c) => ({ ...c, type: 'URL' })),
      defangedEmail.map((c) => ({ ...c, type: 'EmailAddress' })),
    );
    fc.assert(
      fc.property(cases, ({ clean, written, type }) => {
        expect(refang(written)).toBe(clean);
        const result = engine.fix(typed(type, written));
        expect(result.messages).toEqual([]);
        expect(valueOf(result, type)).toBe(clean);
        if (written !== clean) expect(plugin.detect(written)?.type).toBe(type);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws and never reports an internal error, typed or untyped', () => {
    fc.assert(
      fc.property(noise, anyType, (value, type) => {
        for (const result of [engine.check(typed(type, value)), engine.fix(typed(type, value)), engine.fix(indicatorFromSummary(value))]) {
          expect(result.messages.filter((m) => m.internal || m.ruleId.startsWith('tclint/fix'))).toEqual([]);
        }
        const detection = plugin.detect(value);
        if (detection) expect(DEFANGABLE_TYPES).toContain(detection.type);
      }),
      { numRuns: 500 },
    );
  });

  it('fixes idempotently, and the fixed value has no defanged part left', () => {
    fc.assert(
      fc.property(noise, anyType, (value, type) => {
        const once = engine.fix(typed(type, value));
        expect(once.messages.filter((m) => m.fix)).toEqual([]);
        const output = valueOf(once, type)!;
        expect(findDefangs(output)).toEqual([]);
        expect(engine.fix(typed(type, output)).changes).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
