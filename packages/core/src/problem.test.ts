import { describe, expect, it } from 'vitest';
import { defineAnalysis } from './analysis.js';
import { definePlugin, defineRule } from './define.js';
import { createEngine } from './engine.js';
import { problemMaker, type Problem } from './problem.js';
import { indicator } from './subjects.js';

const MESSAGES = {
  prefix: { missing: 'AS number {{value}} needs the prefix: {{fixed}}' },
  range: { tooBig: 'AS number {{value}} is above {{max}}' },
} as const;

const problem = problemMaker(MESSAGES);
const FIELD = 'AS Number';

/** An analysis that finds the problems of two rules at once, as a library function would return them. */
const asnProblems = defineAnalysis('asn/problems', (value: string): Problem[] => {
  const found: Problem[] = [];
  const digits = value.replace(/^ASN/, '');
  if (!value.startsWith('ASN')) found.push(problem('prefix', 'missing', { value: JSON.stringify(value), fixed: `ASN${digits}` }, FIELD, { field: FIELD, value: `ASN${digits}` }));
  if (Number(digits) > 4294967295) found.push(problem('range', 'tooBig', { value: JSON.stringify(value), max: 4294967295 }, FIELD));
  return found;
});

const ruleFor = (id: keyof typeof MESSAGES) =>
  defineRule({
    meta: { id, subject: 'indicator', types: ['ASN'], description: id, messages: MESSAGES[id], fixable: id === 'prefix' },
    check(subject, context) {
      for (const found of context.analyze(asnProblems, subject.values[FIELD] ?? '')) if (found.rule === id) context.report(found);
    },
  });

describe('Problem', () => {
  it('renders its message only when read, from its rule\'s template', () => {
    const found = problem('range', 'tooBig', { value: '"ASN9"', max: 5 });
    expect(found).toMatchObject({ rule: 'range', messageId: 'tooBig', data: { value: '"ASN9"', max: 5 } });
    expect(found.message).toBe('AS number "ASN9" is above 5');
    expect(Object.keys(found)).toEqual(['rule', 'messageId', 'data']);
    expect(JSON.parse(JSON.stringify(found))).toEqual({ rule: 'range', messageId: 'tooBig', message: 'AS number "ASN9" is above 5', data: { value: '"ASN9"', max: 5 } });
  });

  it('keeps a field and a fix when given', () => {
    const found = problem('prefix', 'missing', { value: '"1"', fixed: 'ASN1' }, FIELD, { field: FIELD, value: 'ASN1' });
    expect(found.toJSON()).toEqual({ rule: 'prefix', messageId: 'missing', message: 'AS number "1" needs the prefix: ASN1', data: { value: '"1"', fixed: 'ASN1' }, field: FIELD, fix: { field: FIELD, value: 'ASN1' } });
  });

  it('is reported as it is, and the engine says what the problem says', () => {
    const plugin = definePlugin({ meta: { name: 'p', namespace: 'p' }, rules: { prefix: ruleFor('prefix'), range: ruleFor('range') } });
    const engine = createEngine({ config: [plugin.configs.recommended] });
    const value = '99999999999';
    const messages = engine.check(indicator('ASN', { [FIELD]: value })).messages;
    expect(messages.map((m) => [m.ruleId, m.message, m.field, m.fix])).toEqual(
      asnProblems.analyze(value).map((found) => [`p/${found.rule}`, found.message, found.field, found.fix]),
    );
    expect(engine.fix(indicator('ASN', { [FIELD]: '12' })).output?.values[FIELD]).toBe('ASN12');
  });

  it('refuses a message its catalog does not have', () => {
    expect(() => problem('range', 'nope' as never, {})).toThrow('no message "nope" for rule "range" in the catalog');
  });
});
