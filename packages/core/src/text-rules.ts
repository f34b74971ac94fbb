import { defineRule } from './define.js';
import type { Rule } from './rule.js';
import { findControlCharacter, preview, withoutSurroundingWhitespace, type ControlCharacter } from './text.js';

export interface TextRulesOptions {
  /** The ThreatConnect type the rules apply to (`Mutex`, `User Agent`, ...). */
  type: string;
  /** The field that holds the value (`Mutex`, `User Agent String`, ...). */
  field: string;
  /** Where a rule is documented, given its id within the plugin (`empty`, ...). */
  docsUrl: (ruleId: string) => string;
}

/** A rule of a free-text indicator type; it takes no options. */
export type TextRule = Rule<'indicator', undefined>;

/** The rules every free-text indicator type shares, keyed by rule id (a type alias, so it fits a plugin's `rules`). */
export type TextRules = {
  /** The value is present and not empty or only whitespace. Error, no fix. */
  empty: TextRule;
  /** No control characters or line breaks. Error, no fix. */
  'control-characters': TextRule;
  /** No whitespace around the value. Warning, fixed by trimming. */
  'surrounding-whitespace': TextRule;
};

/**
 * The rules of free-text indicator types (Mutex, User Agent, Email Subject,
 * Hashtag), whose values are case-sensitive data that is never rewritten
 * except to trim surrounding whitespace. Spread them into a plugin's rules:
 * `rules: { ...defineTextRules({ type: 'Mutex', field: 'Mutex', docsUrl }) }`.
 *
 * Each problem is reported once: a value that is only whitespace is `empty`'s
 * (no fix would make it a value), and a control character inside the
 * surrounding whitespace is reported as one that trimming removes.
 */
export function defineTextRules({ type, field, docsUrl }: TextRulesOptions): TextRules {
  const types = [type];

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
        blank: `The ${field} field is only whitespace ({{value}}); ${type} indicators need a value`,
      },
      severity: 'error',
    },
    check(subject, ctx) {
      const value = subject.values[field];
      if (value === undefined) ctx.report({ messageId: 'missing', field });
      else if (value === '') ctx.report({ messageId: 'empty', field });
      else if (isBlank(value)) ctx.report({ messageId: 'blank', data: { value: preview(value) }, field });
    },
  });

  const controlCharacters = defineRule({
    meta: {
      id: 'control-characters',
      subject: 'indicator',
      types,
      description: `${type} values have no control characters or line breaks`,
      docsUrl: docsUrl('control-characters'),
      messages: {
        inside:
          `${type} {{value}} contains {{character}} at position {{position}}; ${type} values may not contain control characters or line breaks. ` +
          'Not fixed: only you know what belongs there',
        surrounding:
          `${type} {{value}} {{where}} {{character}} (position {{position}}); ${type} values may not contain control characters or line breaks. ` +
          'Removing the surrounding whitespace removes it',
      },
      severity: 'error',
    },
    check(subject, ctx) {
      const value = subject.values[field];
      if (value === undefined || isBlank(value)) return;
      const first = findControlCharacter(value);
      if (!first) return;
      const { start, end } = trimmedRange(value);
      const inner = first.index >= start && first.index < end ? first : shifted(findControlCharacter(value.slice(start, end)), start);
      const found = inner ?? first;
      const data = { value: preview(value), character: found.name, position: found.index + 1, codePoint: found.codePoint };
      if (inner) ctx.report({ messageId: 'inside', data, field });
      else ctx.report({ messageId: 'surrounding', data: { ...data, where: first.index < start ? 'starts with' : 'ends with' }, field });
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
      },
      fixable: true,
      severity: 'warn',
    },
    check(subject, ctx) {
      const value = subject.values[field];
      if (value === undefined) return;
      const trimmed = withoutSurroundingWhitespace(value);
      if (trimmed === undefined || trimmed === '') return;
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

  return { empty, 'control-characters': controlCharacters, 'surrounding-whitespace': surroundingWhitespace };
}

function isBlank(value: string): boolean {
  return value !== '' && value.trim() === '';
}

/** Where the value is once surrounding whitespace (as `String.prototype.trim` sees it) is removed. */
function trimmedRange(value: string): { start: number; end: number } {
  const end = value.trimEnd().length;
  const start = end === 0 ? 0 : value.length - value.trimStart().length;
  return { start, end };
}

function shifted(found: ControlCharacter | undefined, by: number): ControlCharacter | undefined {
  return found && { ...found, index: found.index + by };
}
