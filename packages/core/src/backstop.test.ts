import { describe, expect, it } from 'vitest';
import { definePlugin, defineRule } from './define.js';
import { createEngine } from './engine.js';
import type { RuleSetting } from './rule.js';
import { indicator } from './subjects.js';

const FIELDS = ['Key Name', 'Value Name'] as const;

/** An explanatory rule: reports "bad" in any field, or (without a field) a value "whole". */
const explains = defineRule({
  meta: { id: 'explains', subject: 'indicator', types: ['Registry Key'], description: 'explains', messages: { bad: 'bad {{field}}', whole: 'whole subject' }, fixable: true },
  check(subject, context) {
    for (const field of FIELDS) if (subject.values[field] === 'bad') context.report({ messageId: 'bad', data: { field }, field, fix: { field, value: 'good' } });
    if (subject.values['Key Name'] === 'whole') context.report({ messageId: 'whole' });
  },
});

/** The catch-all: refuses anything but "good" in each field. */
const pattern = defineRule({
  meta: { id: 'pattern', subject: 'indicator', types: ['Registry Key'], description: 'pattern', messages: { refused: 'pattern refuses {{field}}' }, backstop: true },
  check(subject, context) {
    for (const field of FIELDS) if ((subject.values[field] ?? 'good') !== 'good') context.report({ messageId: 'refused', data: { field }, field });
  },
});

const throws = defineRule({
  meta: { id: 'throws', subject: 'indicator', types: ['Registry Key'], description: 'throws', messages: { never: 'never' } },
  check() {
    throw new Error('boom');
  },
});

const plugin = definePlugin({ meta: { name: 'backstop-test', namespace: 'b' }, rules: { pattern, explains, throws } });

function engineWith(rules: Record<string, RuleSetting>) {
  return createEngine({ config: [{ plugins: { b: plugin }, rules }] });
}

const key = (values: Record<string, string>) => indicator('Registry Key', values);
const ids = (messages: readonly { ruleId: string; messageId?: string; field?: string }[]) => messages.map((m) => `${m.ruleId}#${m.messageId}@${m.field ?? '-'}`);

describe('backstop rules', () => {
  it('stay quiet on a field where another rule reports an error', () => {
    const engine = engineWith({ 'b/pattern': 'error', 'b/explains': 'error' });
    expect(ids(engine.check(key({ 'Key Name': 'bad' })).messages)).toEqual(['b/explains#bad@Key Name']);
  });

  it('report on the other fields, and after the other rules whatever the config order', () => {
    const engine = engineWith({ 'b/pattern': 'error', 'b/explains': 'error' });
    expect(ids(engine.check(key({ 'Key Name': 'bad', 'Value Name': 'odd' })).messages)).toEqual(['b/explains#bad@Key Name', 'b/pattern#refused@Value Name']);
  });

  it('report what no other rule explains', () => {
    const engine = engineWith({ 'b/pattern': 'error', 'b/explains': 'error' });
    expect(ids(engine.check(key({ 'Key Name': 'odd' })).messages)).toEqual(['b/pattern#refused@Key Name']);
  });

  it('are not silenced by a warning', () => {
    const engine = engineWith({ 'b/pattern': 'error', 'b/explains': 'warn' });
    expect(ids(engine.check(key({ 'Key Name': 'bad' })).messages)).toEqual(['b/explains#bad@Key Name', 'b/pattern#refused@Key Name']);
  });

  it('are silenced on every field by an error about the whole subject', () => {
    const engine = engineWith({ 'b/pattern': 'error', 'b/explains': 'error' });
    expect(ids(engine.check(key({ 'Key Name': 'whole', 'Value Name': 'odd' })).messages)).toEqual(['b/explains#whole@-']);
  });

  it('still report when the explaining rule failed', () => {
    const engine = engineWith({ 'b/pattern': 'error', 'b/throws': 'error' });
    expect(ids(engine.check(key({ 'Key Name': 'odd' })).messages)).toEqual(['b/throws#tclint/internal-error@-', 'b/pattern#refused@Key Name']);
  });

  it('judge each fix pass on its own: quiet while a fix is pending, and what the fix leaves is theirs', () => {
    const engine = engineWith({ 'b/pattern': 'error', 'b/explains': 'error' });
    const fixed = engine.fix(key({ 'Key Name': 'bad', 'Value Name': 'bad' }));
    expect(fixed.output?.values).toEqual({ 'Key Name': 'good', 'Value Name': 'good' });
    expect(fixed.messages).toEqual([]);
  });

  it('are not run at all when an error already covers every field (their reports would all be dropped)', () => {
    const runs: string[] = [];
    const counted = defineRule({
      meta: { ...pattern.meta, id: 'counted' },
      check(subject) {
        runs.push(subject.values['Key Name']!);
      },
    });
    const counting = definePlugin({ meta: { name: 'counting', namespace: 'c' }, rules: { counted, explains } });
    const engine = createEngine({ config: [{ plugins: { c: counting }, rules: { 'c/counted': 'error', 'c/explains': 'error' } }] });
    engine.check(key({ 'Key Name': 'bad', 'Value Name': 'bad' }));
    engine.check(key({ 'Key Name': 'whole', 'Value Name': 'odd' }));
    expect(runs).toEqual([]);
    engine.check(key({ 'Key Name': 'bad', 'Value Name': 'odd' }));
    expect(runs).toEqual(['bad']);
  });

  it('must say so with a boolean', () => {
    expect(() => defineRule({ meta: { ...pattern.meta, backstop: 'yes' as never }, check: pattern.check })).toThrow(/backstop/);
  });
});
