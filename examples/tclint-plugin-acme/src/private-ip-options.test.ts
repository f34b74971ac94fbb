import { ConfigError, createEngine, indicator } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { plugin } from './index.js';

function problemsOf(options: unknown): string[] {
  try {
    createEngine({ config: [plugin.configs.recommended, { rules: { 'acme/private-ip': ['warn', options] } }] });
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
}

describe('acme/private-ip options', () => {
  it('accepts categories and networks', () => {
    expect(problemsOf({ ignore: ['private', 'sharedAddressSpace'], internal: ['203.0.114.0/24', '2a00:1450::/32', '198.51.99.7'] })).toEqual([]);
    expect(problemsOf({})).toEqual([]);
  });

  it('rejects what is not one, naming the rule, the option and the entry', () => {
    expect(problemsOf({ ignore: ['privat'], internal: ['10.0.0.0/33', 'intranet'], allow: true })).toEqual([
      'rule "acme/private-ip": invalid options: allow: unknown option "allow"; ignore.0: "privat" is not a category (expected one of private, sharedAddressSpace, loopback, linkLocal, documentation, benchmarking, multicast, reserved, unspecified, broadcast); internal.0: "10.0.0.0/33" is not an IP address or CIDR block; internal.1: "intranet" is not an IP address or CIDR block',
    ]);
    expect(problemsOf({ ignore: 'private' })).toEqual(['rule "acme/private-ip": invalid options: ignore: "ignore" must be an array of strings']);
    expect(problemsOf(['private'])).toEqual(['rule "acme/private-ip": invalid options: options must be an object']);
  });

  it('reach the rule parsed: a network given as an address holds just that address', () => {
    const engine = createEngine({ config: [plugin.configs.recommended, { rules: { 'acme/private-ip': ['warn', { internal: ['198.51.99.7'] }] } }] });
    const messages = (ip: string) => engine.check(indicator('Address', { ip })).messages.map((m) => m.messageId);
    expect(messages('198.51.99.7')).toEqual(['internal']);
    expect(messages('198.51.99.8')).toEqual([]);
  });
});

describe('acme/allowlisted-domain options', () => {
  it('are checked by core\'s objectOptions', () => {
    expect(() => createEngine({ config: [plugin.configs.recommended, { rules: { 'acme/allowlisted-domain': ['warn', { allowlist: 'acme.io' }] } }] })).toThrow(
      'rule "acme/allowlisted-domain": invalid options: allowlist: "allowlist" must be an array of strings',
    );
  });
});
