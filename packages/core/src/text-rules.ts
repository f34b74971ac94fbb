import { defineRule } from './define.js';
import type { Rule, RuleSeverity } from './rule.js';
import { findControlCharacter, preview, withoutSurroundingWhitespace, type ControlCharacter } from './text.js';

export interface TextRulesOptions {
  /** The ThreatConnect type the rules apply to (`Mutex`, `User Agent`, ...). */
  type: string;
  /** The field that holds the value (`Mutex`, `User Agent String`, ...). */
  field: string;
  /** Where a rule is documented, given its id within the plugin (`empty`, ...). */
  docsUrl: (ruleId: string) => string;
  /**
   * The control characters (C0, DEL, C1, U+2028, U+2029) the type's platform
   * pattern accepts, by code point. Those are warnings of `invisible-characters`;
   * the others are errors of `control-characters`. Without it, every control
   * character is refused and there is no `invisible-characters` rule.
   */
  acceptsControl?: (code: number) => boolean;
  /**
   * The severity of `surrounding-whitespace`: `warn` (default) where the
   * platform stores whitespace around a value, `error` where its pattern
   * refuses any (Hashtag).
   */
  surroundingWhitespace?: RuleSeverity;
}

/** A rule of a free-text indicator type; it takes no options. */
export type TextRule = Rule<'indicator', undefined>;

/** The rules every free-text indicator type shares, keyed by rule id (a type alias, so it fits a plugin's `rules`). */
export type TextRules = {
  /** The value is present and not empty. Error, no fix. */
  empty: TextRule;
  /** No control characters or line breaks that the platform refuses. Error, no fix. */
  'control-characters': TextRule;
  /** No whitespace around the value, and not only whitespace. Warning (or error), fixed by trimming. */
  'surrounding-whitespace': TextRule;
};

/** The rules of a type whose platform pattern accepts some control characters. */
export type TextRulesWithInvisible = TextRules & {
  /** Control characters the platform accepts, but that are invisible and almost always damage. Warning, no fix. */
  'invisible-characters': TextRule;
};

/**
 * The rules of free-text indicator types (Mutex, User Agent, Email Subject,
 * Hashtag), whose values are case-sensitive data that is never rewritten
 * except to trim surrounding whitespace. Spread them into a plugin's rules:
 * `rules: { ...defineTextRules({ type: 'Mutex', field: 'Mutex', docsUrl }) }`.
 *
 * Severities follow the platform: a control character the type's pattern
 * refuses is an error, one it accepts a warning (`acceptsControl`); a value
 * that is only whitespace is reported with the surrounding whitespace, at its
 * severity. Each problem is reported once: a control character inside the
 * surrounding whitespace is reported as one that trimming removes.
 */
export function defineTextRules(options: TextRulesOptions & { acceptsControl: (code: number) => boolean }): TextRulesWithInvisible;
export function defineTextRules(options: TextRulesOptions): TextRules;
export function defineTextRules({ type, field, docsUrl, acceptsControl, surroundingWhitespace: whitespaceSeverity = 'warn' }: TextRulesOptions): TextRules | TextRulesWithInvisible {
  const types = [type];
  const refused = acceptsControl ? (code: number) => !acceptsControl(code) : () => true;

  const empty = defineRule({
    meta: {
      id: 'empty',
      subject: 'indicator',
      types,
      description: `${type} indicators have a value`,
      docsUrl: docsUrl('empty'),
      messages: {
        missing: `The ${field} field is missing; ${type} indicators need a value`,
        empty: `The ${field} field is empty; ${type} indicators need a value`,
      },
      severity: 'error',
    },
    check(subject, ctx) {
      const value = subject.values[field];
      if (value === undefined) ctx.report({ messageId: 'missing', field });
      else if (value === '') ctx.report({ messageId: 'empty', field });
    },
  });

  const controlCharacters = defineRule({
    meta: {
      id: 'control-characters',
      subject: 'indicator',
      types,
      description: `${type} values have no control characters or line breaks that ThreatConnect refuses`,
      docsUrl: docsUrl('control-characters'),
      messages: {
        inside: `${type} {{value}} contains {{character}} at position {{position}}, which ThreatConnect's ${type} pattern refuses. Not fixed: only you know what belongs there`,
        surrounding: `${type} {{value}} {{where}} {{character}} (position {{position}}), which ThreatConnect's ${type} pattern refuses; removing the surrounding whitespace removes it`,
      },
      severity: 'error',
    },
    check(subject, ctx) {
      const value = subject.values[field];
      if (value !== undefined) reportControl(value, refused, ctx.report, field);
    },
  });

  const surroundingWhitespace = defineRule({
    meta: {
      id: 'surrounding-whitespace',
      subject: 'indicator',
      types,
      description: `${type} values have no whitespace around them`,
      docsUrl: docsUrl('surrounding-whitespace'),
      messages: {
        surroundingWhitespace: `${type} {{value}} has whitespace {{where}}, which would be stored as part of the ${type}; remove it: {{fixed}}`,
        blank: `The ${field} field is only whitespace ({{value}}), which is no ${type}; write the value. Not fixed`,
      },
      fixable: true,
      severity: whitespaceSeverity,
    },
    check(subject, ctx) {
      const value = subject.values[field];
      if (value === undefined) return;
      const trimmed = withoutSurroundingWhitespace(value);
      if (trimmed === undefined) return;
      if (trimmed === '') return ctx.report({ messageId: 'blank', data: { value: preview(value) }, field });
      const { start, end } = trimmedRange(value);
      const where = start > 0 && end < value.length ? 'before and after it' : start > 0 ? 'before it' : 'after it';
      ctx.report({
        messageId: 'surroundingWhitespace',
        data: { value: preview(value), where, fixed: preview(trimmed) },
        field,
        fix: { field, value: trimmed },
      });
    },
  });

  const rules: TextRules = { empty, 'control-characters': controlCharacters, 'surrounding-whitespace': surroundingWhitespace };
  if (!acceptsControl) return rules;

  const invisibleCharacters = defineRule({
    meta: {
      id: 'invisible-characters',
      subject: 'indicator',
      types,
      description: `${type} values have no control characters, even those ThreatConnect accepts`,
      docsUrl: docsUrl('invisible-characters'),
      messages: {
        inside:
          `${type} {{value}} contains {{character}} at position {{position}}; ThreatConnect accepts it, but a control character is invisible ` +
          'and almost always damage (a pasted line, a broken encoding). Not fixed: only you know what belongs there',
        surrounding: `${type} {{value}} {{where}} {{character}} (position {{position}}), an invisible control character; removing the surrounding whitespace removes it`,
      },
      severity: 'warn',
    },
    check(subject, ctx) {
      const value = subject.values[field];
      if (value !== undefined) reportControl(value, acceptsControl, ctx.report, field);
    },
  });
  return { ...rules, 'invisible-characters': invisibleCharacters };
}

/**
 * Reports the first control character of the kind `wanted` picks: one inside
 * the value first (no fix), else one in the surrounding whitespace (which
 * trimming removes). In a value that is only whitespace, every one is inside.
 */
function reportControl(value: string, wanted: (code: number) => boolean, report: (r: { messageId: string; data: Record<string, unknown>; field: string }) => void, field: string): void {
  const { start, end } = trimmedRange(value);
  const inner = start < end ? firstControl(value, start, end, wanted) : firstControl(value, 0, value.length, wanted);
  const found = inner ?? firstControl(value, 0, start, wanted) ?? firstControl(value, end, value.length, wanted);
  if (!found) return;
  const data = { value: preview(value), character: found.name, position: found.index + 1, codePoint: found.codePoint };
  if (inner) report({ messageId: 'inside', data, field });
  else report({ messageId: 'surrounding', data: { ...data, where: found.index < start ? 'starts with' : 'ends with' }, field });
}

/** The first control character between `from` and `to` that `wanted` picks. */
function firstControl(value: string, from: number, to: number, wanted: (code: number) => boolean): ControlCharacter | undefined {
  for (let i = from; i < to; i++) {
    const code = value.charCodeAt(i);
    const control = code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
    if (control && wanted(code)) return { ...findControlCharacter(value.charAt(i))!, index: i };
  }
  return undefined;
}

/** Where the value is once surrounding whitespace (as `String.prototype.trim` sees it) is removed. */
function trimmedRange(value: string): { start: number; end: number } {
  const end = value.trimEnd().length;
  const start = end === 0 ? 0 : value.length - value.trimStart().length;
  return { start, end };
}

/**
 * The length in code points (as Java counts a pattern's `{1,100}`) of a value
 * that none of the text rules would report: present, not empty, no control
 * character of any kind, no surrounding whitespace. -1 when one would. One
 * pass over the value, for a plugin's `isClean`.
 */
export function cleanTextLength(value: string | undefined): number {
  if (value === undefined || value === '' || value.trim().length !== value.length) return -1;
  let length = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029) return -1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    length++;
  }
  return length;
}

/** A value's length in code points, as Java counts a pattern's repetitions (`.{1,100}`): a surrogate pair is one, a lone surrogate one. */
export function codePointLength(value: string): number {
  let length = value.length;
  for (let i = 0; i < value.length - 1; i++) {
    const code = value.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        length--;
        i++;
      }
    }
  }
  return length;
}
