import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { definePlugin } from './define.js';
import { createEngine } from './engine.js';
import { indicator } from './subjects.js';
import { fastestCpuMs } from './testing/cpu-time.js';
import { cleanTextLength, codePointLength, defineTextRules } from './text-rules.js';

const rules = defineTextRules({ type: 'Mutex', field: 'Mutex', docsUrl: (id) => `https://example.test/mutex#${id}` });
const plugin = definePlugin({ meta: { name: 'text-rules-test', namespace: 'mutex' }, rules });
const engine = createEngine({ config: [plugin.configs.recommended] });
const mutex = (value: string) => indicator('Mutex', { Mutex: value });
const reported = (value: string) => engine.check(mutex(value)).messages.map((m) => [m.ruleId, m.messageId, m.severity]);

describe('defineTextRules', () => {
  it('makes three rules for the type and field, each with its docs URL', () => {
    expect(Object.keys(rules)).toEqual(['empty', 'control-characters', 'surrounding-whitespace']);
    for (const [id, rule] of Object.entries(rules)) {
      expect(rule.meta).toMatchObject({ id, subject: 'indicator', types: ['Mutex'], docsUrl: `https://example.test/mutex#${id}` });
    }
    expect(rules.empty.meta).toMatchObject({ severity: 'error' });
    expect(rules['control-characters'].meta).toMatchObject({ severity: 'error' });
    expect(rules['control-characters'].meta.fixable).toBeUndefined();
    expect(rules['surrounding-whitespace'].meta).toMatchObject({ severity: 'warn', fixable: true });
  });

  it('applies only to its own type', () => {
    expect(engine.check(indicator('Hashtag', { Hashtag: ' \n' })).messages).toEqual([]);
  });

  it('accepts text as it is: any case, brackets, backslashes, non-ASCII, inner spaces', () => {
    for (const value of ['Global\\MSCTF.Shared.MUTEX.ZRX', 'Local\\[.]x', 'ÄÖÜ 😀 mutex', 'a  b', '\ud800']) {
      expect(reported(value)).toEqual([]);
      expect(engine.fix(mutex(value)).changes).toEqual([]);
    }
  });
});

describe('empty', () => {
  it('reports a missing or empty value, without a fix', () => {
    expect(engine.check(indicator('Mutex', {})).messages.map((m) => m.message)).toEqual(['The Mutex field is missing; Mutex indicators need a value']);
    expect(engine.check(mutex('')).messages.map((m) => m.message)).toEqual(['The Mutex field is empty; Mutex indicators need a value']);
    expect(engine.fix(mutex('')).changes).toEqual([]);
  });

  it('names the field, which need not be the type', () => {
    const ua = defineTextRules({ type: 'User Agent', field: 'User Agent String', docsUrl: (id) => id });
    const uaPlugin = definePlugin({ meta: { name: 'ua', namespace: 'ua' }, rules: ua });
    const [message] = createEngine({ config: [uaPlugin.configs.recommended] }).check(indicator('User Agent', {})).messages;
    expect(message).toMatchObject({ field: 'User Agent String', message: 'The User Agent String field is missing; User Agent indicators need a value' });
  });
});

describe('control-characters', () => {
  it('names the character and its 1-based position, without a fix', () => {
    const [message] = engine.check(mutex('Global\\a\nb')).messages;
    expect(message).toMatchObject({
      ruleId: 'mutex/control-characters',
      messageId: 'inside',
      severity: 'error',
      field: 'Mutex',
      data: { character: 'line feed (U+000A)', position: 9, codePoint: 10 },
      message: 'Mutex "Global\\\\a\\nb" contains line feed (U+000A) at position 9, which ThreatConnect\'s Mutex pattern refuses. Not fixed: only you know what belongs there',
    });
    expect(message?.fix).toBeUndefined();
    expect(engine.fix(mutex('Global\\a\nb')).changes).toEqual([]);
  });

  it('reports C0, DEL, C1 and the Unicode line and paragraph separators', () => {
    for (const c of ['\u0000', '\u001b', '\u007f', '\u0085', '\u009f', '\u2028', '\u2029', '\r', '\t']) {
      expect(reported(`a${c}b`)).toEqual([['mutex/control-characters', 'inside', 'error']]);
    }
  });

  it('says when trimming removes the character, and trimming then does', () => {
    expect(reported('name\r\n')).toEqual([
      ['mutex/control-characters', 'surrounding', 'error'],
      ['mutex/surrounding-whitespace', 'surroundingWhitespace', 'warning'],
    ]);
    const [message] = engine.check(mutex('\tname')).messages;
    expect(message?.message).toBe(
      'Mutex "\\tname" starts with tab (U+0009) (position 1), which ThreatConnect\'s Mutex pattern refuses; removing the surrounding whitespace removes it',
    );
    const fixed = engine.fix(mutex('name\r\n'));
    expect(fixed.output?.values).toEqual({ Mutex: 'name' });
    expect(fixed.messages).toEqual([]);
  });

  it('reports a character inside the value even when the surrounding whitespace has one too', () => {
    const [message] = engine.check(mutex('\ta\u0000b')).messages;
    expect(message).toMatchObject({ messageId: 'inside', data: { character: 'NUL (U+0000)', position: 3 } });
  });

  it('treats control characters that trimming does not remove as inside the value', () => {
    // NUL and NEL are not whitespace to String.prototype.trim
    expect(reported('name\u0000')).toEqual([['mutex/control-characters', 'inside', 'error']]);
    expect(reported(' name\u0085')).toEqual([
      ['mutex/control-characters', 'inside', 'error'],
      ['mutex/surrounding-whitespace', 'surroundingWhitespace', 'warning'],
    ]);
  });

  it('reports one in a value that is only whitespace as inside it: trimming would leave nothing', () => {
    expect(reported('\n')).toEqual([
      ['mutex/control-characters', 'inside', 'error'],
      ['mutex/surrounding-whitespace', 'blank', 'warning'],
    ]);
    expect(reported(' \t ')).toEqual([
      ['mutex/control-characters', 'inside', 'error'],
      ['mutex/surrounding-whitespace', 'blank', 'warning'],
    ]);
  });
});

describe('surrounding-whitespace', () => {
  it('warns and trims, saying where the whitespace is', () => {
    const [message] = engine.check(mutex(' Global\\x\u00a0')).messages;
    expect(message).toMatchObject({
      severity: 'warning',
      fix: { field: 'Mutex', value: 'Global\\x' },
      message: 'Mutex " Global\\\\x\\u00a0" has whitespace before and after it, which would be stored as part of the Mutex; remove it: "Global\\\\x"',
    });
    expect(engine.check(mutex(' x')).messages[0]?.data).toMatchObject({ where: 'before it' });
    expect(engine.check(mutex('x ')).messages[0]?.data).toMatchObject({ where: 'after it' });
  });

  it('keeps whitespace inside the value', () => {
    expect(engine.fix(mutex('  a  b  ')).output?.values).toEqual({ Mutex: 'a  b' });
  });

  it('does not trim a value down to nothing: a value that is only whitespace is reported, not fixed', () => {
    expect(engine.check(mutex('  ')).messages.map((m) => m.message)).toEqual(['The Mutex field is only whitespace ("  "), which is no Mutex; write the value. Not fixed']);
    expect(engine.fix(mutex('  ')).changes).toEqual([]);
  });

  it('cuts a 1 MB value short in messages and runs in linear time', () => {
    const value = ` ${'\\'.repeat(1 << 20)}\n${' '.repeat(1 << 20)}`;
    let result = engine.fix(mutex(value));
    expect(fastestCpuMs(() => (result = engine.fix(mutex(value))))).toBeLessThan(500);
    for (const m of result.messages) expect(m.message.length).toBeLessThan(500);
    expect(result.output?.values.Mutex).toBe('\\'.repeat(1 << 20));
  });
});

describe('severities that follow the platform', () => {
  // Java's `.` refuses only line terminators: an Email Subject may hold a tab or a NUL
  const lineTerminators = new Set([0x0a, 0x0d, 0x85, 0x2028, 0x2029]);
  const subjectRules = defineTextRules({ type: 'Email Subject', field: 'Subject', docsUrl: (id) => id, acceptsControl: (code) => !lineTerminators.has(code) });
  const subjects = createEngine({ config: [definePlugin({ meta: { name: 'subject', namespace: 'subject' }, rules: subjectRules }).configs.recommended] });
  const subjectReports = (value: string) => subjects.check(indicator('Email Subject', { Subject: value })).messages.map((m) => [m.ruleId, m.messageId, m.severity]);

  it('adds invisible-characters, a warning, when the type accepts some control characters', () => {
    expect(Object.keys(subjectRules)).toEqual(['empty', 'control-characters', 'surrounding-whitespace', 'invisible-characters']);
    expect(subjectRules['invisible-characters'].meta).toMatchObject({ severity: 'warn', docsUrl: 'invisible-characters' });
  });

  it('reports a control character the pattern accepts as a warning, one it refuses as an error', () => {
    expect(subjectReports('a\tb')).toEqual([['subject/invisible-characters', 'inside', 'warning']]);
    expect(subjectReports('a\u0000b')).toEqual([['subject/invisible-characters', 'inside', 'warning']]);
    expect(subjectReports('a\nb')).toEqual([['subject/control-characters', 'inside', 'error']]);
    expect(subjectReports('a\u0085b\tc')).toEqual([
      ['subject/control-characters', 'inside', 'error'],
      ['subject/invisible-characters', 'inside', 'warning'],
    ]);
    const [message] = subjects.check(indicator('Email Subject', { Subject: 'a\tb' })).messages;
    expect(message?.message).toBe(
      'Email Subject "a\\tb" contains tab (U+0009) at position 2; ThreatConnect accepts it, but a control character is invisible and almost always damage (a pasted line, a broken encoding). Not fixed: only you know what belongs there',
    );
  });

  it('says when trimming removes an accepted one', () => {
    expect(subjectReports('\tInvoice')).toEqual([
      ['subject/surrounding-whitespace', 'surroundingWhitespace', 'warning'],
      ['subject/invisible-characters', 'surrounding', 'warning'],
    ]);
  });

  it('makes surrounding-whitespace an error where the pattern refuses any whitespace', () => {
    const tagRules = defineTextRules({ type: 'Hashtag', field: 'Hashtag', docsUrl: (id) => id, surroundingWhitespace: 'error' });
    expect(tagRules['surrounding-whitespace'].meta.severity).toBe('error');
    expect('invisible-characters' in tagRules).toBe(false);
  });
});

describe('cleanTextLength', () => {
  it('counts code points of a value the text rules leave alone', () => {
    expect(cleanTextLength('Global\\x')).toBe(8);
    expect(cleanTextLength('a😀b')).toBe(3);
    expect(cleanTextLength('a\ud800')).toBe(2);
    expect(cleanTextLength('a  b')).toBe(4);
  });

  it('is -1 where a text rule reports the value', () => {
    for (const value of [undefined, '', ' ', ' a', 'a\u00a0', 'a\tb', 'a\u0000', 'a\u0085', 'a\u2028b', '\ufeffa']) expect(cleanTextLength(value)).toBe(-1);
  });

  it('agrees with the rules', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\t', '\n', '\u0000', '\u0085', '\u00a0', '😀', '\ud800') }), (value) => {
        expect(cleanTextLength(value) >= 0).toBe(engine.check(mutex(value)).messages.length === 0);
      }),
    );
  });
});

describe('codePointLength', () => {
  it('counts a surrogate pair once and a lone surrogate once, as Java does', () => {
    expect(codePointLength('')).toBe(0);
    expect(codePointLength('abc')).toBe(3);
    expect(codePointLength('😀😀')).toBe(2);
    expect(codePointLength('\ud800a\udc00')).toBe(3);
    expect(codePointLength('\udc00\ud800')).toBe(2);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '😀', '\ud800', '\udc00', '\udbff', '\udfff', 'é') }), (value) => {
        expect(codePointLength(value)).toBe([...value].length);
      }),
    );
  });
});
