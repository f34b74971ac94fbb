import { describe, expect, it } from 'vitest';
import { definePlugin } from './define.js';
import { createEngine } from './engine.js';
import { indicator } from './subjects.js';
import { fastestCpuMs } from './testing/cpu-time.js';
import { defineTextRules } from './text-rules.js';

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
  it('reports a missing, empty or blank value, without a fix', () => {
    expect(engine.check(indicator('Mutex', {})).messages.map((m) => m.message)).toEqual(['The Mutex field is missing; Mutex indicators need a value']);
    expect(engine.check(mutex('')).messages.map((m) => m.message)).toEqual(['The Mutex field is empty; Mutex indicators need a value']);
    expect(engine.check(mutex(' \t ')).messages.map((m) => m.message)).toEqual(['The Mutex field is only whitespace (" \\t "); Mutex indicators need a value']);
    expect(engine.fix(mutex('   ')).changes).toEqual([]);
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
      message:
        'Mutex "Global\\\\a\\nb" contains line feed (U+000A) at position 9; Mutex values may not contain control characters or line breaks. Not fixed: only you know what belongs there',
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
      'Mutex "\\tname" starts with tab (U+0009) (position 1); Mutex values may not contain control characters or line breaks. Removing the surrounding whitespace removes it',
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

  it('leaves a value that is only whitespace to empty', () => {
    expect(reported('\n')).toEqual([['mutex/empty', 'blank', 'error']]);
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

  it('does not trim a value down to nothing', () => {
    expect(engine.check(mutex('  ')).messages.map((m) => m.ruleId)).toEqual(['mutex/empty']);
  });

  it('cuts a 1 MB value short in messages and runs in linear time', () => {
    const value = ` ${'\\'.repeat(1 << 20)}\n${' '.repeat(1 << 20)}`;
    let result = engine.fix(mutex(value));
    expect(fastestCpuMs(() => (result = engine.fix(mutex(value))))).toBeLessThan(500);
    for (const m of result.messages) expect(m.message.length).toBeLessThan(500);
    expect(result.output?.values.Mutex).toBe('\\'.repeat(1 << 20));
  });
});
