import { describe, expect, it } from 'vitest';
import { definePlugin, defineRule } from './define.js';

const meta = { id: 'ok', subject: 'indicator' as const, description: 'd', messages: { m: 'm' } };

describe('defineRule', () => {
  it('returns a valid rule unchanged', () => {
    const rule = { meta, check() {} };
    expect(defineRule(rule)).toBe(rule);
  });

  it.each([
    [{ ...meta, id: 'Bad Id' }, /meta.id/],
    [{ ...meta, subject: 'nope' as never }, /meta.subject/],
    [{ ...meta, messages: {} }, /at least one message/],
    [{ ...meta, severity: 'fatal' as never }, /meta.severity/],
  ])('rejects invalid meta %#', (bad, error) => {
    expect(() => defineRule({ meta: bad, check() {} })).toThrow(error);
  });
});

describe('definePlugin', () => {
  const rule = defineRule({ meta: { ...meta, severity: 'warn' }, check() {} });

  it('generates a recommended config that enables every rule at its default severity', () => {
    const plugin = definePlugin({ meta: { name: 'p', namespace: 'p' }, rules: { ok: rule } });
    expect(plugin.configs.recommended.rules).toEqual({ 'p/ok': 'warn' });
    expect(plugin.configs.recommended.plugins).toEqual({ p: plugin });
  });

  it('requires rule keys to match their ids and a valid namespace', () => {
    expect(() => definePlugin({ meta: { name: 'p', namespace: 'p' }, rules: { other: rule } })).toThrow(/does not match/);
    expect(() => definePlugin({ meta: { name: 'p', namespace: 'P/x' }, rules: {} })).toThrow(/namespace/);
  });
});
