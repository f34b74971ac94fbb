import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigError } from './config.js';
import { definePlugin, defineRule } from './define.js';
import { createEngine, ENGINE_RULES } from './engine.js';
import type { Plugin } from './rule.js';
import { indicator, indicatorFromSummary, summaryOf } from './subjects.js';
import { TYPE_ALIASES } from './type-aliases.js';
import { canonicalTypeName, createTypeTable, fieldsOf, STANDARD_TYPES } from './type-table.js';

const md5 = 'd41d8cd98f00b204e9800998ecf8427e';
const sha1 = 'da39a3ee5e6b4b0d3255bfef95601890afd80709';

describe('canonicalTypeName', () => {
  it.each([
    ['Address', 'Address'],
    ['registry-key', 'Registry Key'],
    ['registryKeys', 'Registry Key'],
    ['ip-dst', 'Address'],
    ['IP-SRC', 'Address'],
    ['md5', 'File'],
    ['AS', 'ASN'],
    ['domain-name', 'Host'],
    ['FileItem/Sha256sum', 'File'],
    ['email-subject', 'Email Subject'],
    ['user-agent', 'User Agent'],
  ])('reads %j as %j', (name, expected) => {
    expect(canonicalTypeName(name)).toBe(expected);
  });

  it('knows nothing of other names', () => {
    expect(canonicalTypeName('Addres')).toBeUndefined();
    expect(canonicalTypeName('ip-dst|port')).toBeUndefined();
  });

  it('maps every alias to a standard type and field, and no alias shadows a ThreatConnect name', () => {
    for (const alias of TYPE_ALIASES) {
      const info = STANDARD_TYPES.find(alias.type);
      expect(info?.name, alias.alias).toBe(alias.type);
      if (alias.field) expect(info!.fields, alias.alias).toContain(alias.field);
      expect(STANDARD_TYPES.find(alias.alias), alias.alias).toBeUndefined();
    }
  });
});

describe('aliased summaries', () => {
  it('put a hash alias\'s value in its own field, whatever its length', () => {
    expect(indicatorFromSummary(md5, 'md5').values).toEqual({ md5 });
    expect(indicatorFromSummary('abc', 'sha1').values).toEqual({ sha1: 'abc' });
    expect(indicatorFromSummary(`${md5} : ${sha1}`, 'hash').values).toEqual({ md5, sha1 });
    expect(fieldsOf('FileItem/Md5sum')).toEqual(['md5', 'sha1', 'sha256']);
    expect(summaryOf(indicatorFromSummary(sha1, 'sha1'))).toBe(sha1);
  });

  it('split a multi-valued alias\'s summary like its type\'s', () => {
    expect(indicatorFromSummary('HKLM\\Run : x : REG_SZ', 'regkey').values).toEqual({ 'Key Name': 'HKLM\\Run', 'Value Name': 'x', 'Value Type': 'REG_SZ' });
  });
});

describe('suggestions', () => {
  it.each([
    ['Addres', 'Address'],
    ['adress', 'Address'],
    ['Hots', 'Host'],
    ['registry-keys', 'Registry Key'],
    ['ip-dts', 'Address'],
    ['Emailadress', 'EmailAddress'],
  ])('suggest for %j: %j', (name, expected) => {
    expect(STANDARD_TYPES.suggest(name)).toBe(expected);
  });

  it.each(['x', 'Banana', 'threat-actor', ''])('none for %j', (name) => {
    expect(STANDARD_TYPES.suggest(name)).toBeUndefined();
  });
});

const watched = defineRule({
  meta: { id: 'seen', subject: 'indicator', description: 'reports every indicator and its fields', messages: { seen: '{{type}}: {{values}}' }, severity: 'warn' },
  check(subject, context) {
    context.report({ messageId: 'seen', data: { type: subject.type, values: JSON.stringify(subject.values) } });
  },
});

const customPlugin = (types?: Plugin['types']) => definePlugin({ meta: { name: 'custom', namespace: 'custom' }, rules: { seen: watched }, ...(types ? { types } : {}) });
const engineOf = (...plugins: Plugin[]) => createEngine({ config: plugins.map((p) => p.configs!.recommended!) });

describe('types in the engine', () => {
  it('checks an aliased type as its ThreatConnect type, with a warning naming it', () => {
    const result = engineOf(customPlugin()).check(indicatorFromSummary(md5, 'md5'));
    expect(result.subject).toMatchObject({ type: 'File', values: { md5 } });
    expect(result.messages.map((m) => [m.ruleId, m.severity, m.message])).toEqual([
      [ENGINE_RULES.typeAlias, 'warning', 'Type "md5" is what MISP calls ThreatConnect\'s "File"; it is checked as "File", the type name to write for ThreatConnect'],
      ['custom/seen', 'warning', `File: {"md5":"${md5}"}`],
    ]);
    expect(result.messages[0]!.data).toEqual({ type: 'md5', canonical: 'File', vocabulary: 'MISP' });
  });

  it('keeps the alias warning after a fix, and the output has the ThreatConnect type', () => {
    const fixer = definePlugin({
      meta: { name: 'fixer', namespace: 'fixer' },
      rules: {
        trim: defineRule({
          meta: { id: 'trim', subject: 'indicator', types: ['Address'], description: 'trim', messages: { trim: 'trim' }, fixable: true },
          check(subject, context) {
            const ip = subject.values.ip ?? '';
            if (ip !== ip.trim()) context.report({ messageId: 'trim', field: 'ip', fix: { field: 'ip', value: ip.trim() } });
          },
        }),
      },
    });
    const result = engineOf(fixer).fix(indicatorFromSummary(' 10.0.0.1', 'ip-dst'));
    expect(result.output).toMatchObject({ type: 'Address', values: { ip: '10.0.0.1' } });
    expect(result.messages.map((m) => m.ruleId)).toEqual([ENGINE_RULES.typeAlias]);
  });

  it('reads any case of a ThreatConnect name, slug or branch silently', () => {
    const engine = engineOf(customPlugin());
    for (const subject of [indicator('asn', { 'AS Number': 'ASN1' }), { kind: 'indicator' as const, type: 'cidrBlocks', values: { Block: '10.0.0.0/8' } }]) {
      const result = engine.check(subject);
      expect(result.messages.map((m) => m.ruleId)).toEqual(['custom/seen']);
      expect(['ASN', 'CIDR']).toContain(result.subject.type);
    }
  });

  it('reports a type name nobody knows as an error, suggesting the closest known one, and runs no rule', () => {
    const result = engineOf(customPlugin()).fix(indicatorFromSummary('10.0.0.1', 'Addres'));
    expect(result.messages).toEqual([
      {
        ruleId: ENGINE_RULES.unknownType,
        severity: 'error',
        message: '"Addres" is not a ThreatConnect indicator type (did you mean "Address"?), nor one a loaded plugin declares, so nothing can check it. Give a ThreatConnect type name.',
        data: { type: 'Addres', suggestion: 'Address' },
      },
    ]);
    expect(result.output).toBeUndefined();
    expect(engineOf(customPlugin()).check(indicatorFromSummary('x', 'threat-actor')).messages[0]!.message).toBe(
      '"threat-actor" is not a ThreatConnect indicator type, nor one a loaded plugin declares, so nothing can check it. Give a ThreatConnect type name.',
    );
  });

  it('knows the types its plugins declare: their fields split summaries, and value1..3 of a v3 body are read by position', () => {
    const engine = engineOf(customPlugin([{ name: 'Bank Account', fields: ['Bank', 'Account'] }]));
    expect(engine.types.fieldsOf('bank-account')).toEqual(['Bank', 'Account']);
    expect(engine.types.canonicalTypeName('bank account')).toBe('Bank Account');
    for (const subject of [indicatorFromSummary('ACME : 42', 'Bank Account'), indicator('Bank Account', { value1: 'ACME', value2: '42' }), indicatorFromSummary('ACME : 42', 'bank-account')]) {
      const result = engine.check(subject);
      expect(result.subject).toMatchObject({ type: 'Bank Account', values: { Bank: 'ACME', Account: '42' } });
      expect(result.messages.map((m) => m.message)).toEqual(['Bank Account: {"Bank":"ACME","Account":"42"}']);
    }
    expect(engine.types.summaryOf(indicator('Bank Account', { Bank: 'ACME', Account: '42' }))).toBe('ACME : 42');
    expect(engine.types.suggest('Bank Acount')).toBe('Bank Account');
  });

  it('infers a declared type with its fields', () => {
    const detecting = definePlugin({
      meta: { name: 'bank', namespace: 'bank' },
      rules: { seen: watched },
      types: [{ name: 'Bank Account', fields: ['Bank', 'Account'] }],
      detect: (v) => (v.includes(' : ') ? { type: 'Bank Account', confidence: 0.9 } : undefined),
    });
    expect(engineOf(detecting).check(indicatorFromSummary('ACME : 42')).subject).toMatchObject({ type: 'Bank Account', values: { Bank: 'ACME', Account: '42' } });
  });

  it('knows a type a loaded rule checks, for plugins that declare none', () => {
    const thirdParty = definePlugin({ meta: { name: 'third', namespace: 'third' }, rules: { seen: { ...watched, meta: { ...watched.meta, types: ['Bitcoin Address'] } } } });
    const result = engineOf(thirdParty).check(indicatorFromSummary('1BoatSLRHtKNngkdXEeobR76b53LETtpyT', 'Bitcoin Address'));
    expect(result.messages.map((m) => m.message)).toEqual(['Bitcoin Address: {"value1":"1BoatSLRHtKNngkdXEeobR76b53LETtpyT"}']);
  });

  it('rejects declarations that clash or are malformed, all at once', () => {
    const a = customPlugin([{ name: 'Host', fields: ['hostName'] }, { name: 'Coin', fields: ['Address'] }, { name: ' Bad', fields: ['x'] }, { name: 'Empty', fields: [] }]);
    const b = definePlugin({ meta: { name: 'other', namespace: 'other' }, rules: {}, types: [{ name: 'Coin', fields: ['Wallet'] }, { name: 'Twice', fields: ['a', 'a'] }] });
    let error: unknown;
    try {
      engineOf(a, b);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      'plugin "custom": declares indicator type "Host", which is ThreatConnect\'s standard type "Host"',
      'plugin "custom": indicator type " Bad": name must be a non-empty string without surrounding whitespace',
      'plugin "custom": indicator type "Empty": fields must be a non-empty array of field names',
      'plugin "other": declares indicator type "Coin" differently from plugin "custom"',
      'plugin "other": indicator type "Twice": fields must not repeat a name',
    ]);
  });

  it('lets two plugins declare the same type alike', () => {
    const types = [{ name: 'Coin', fields: ['Address'] }];
    const other = definePlugin({ meta: { name: 'other', namespace: 'other' }, rules: {}, types });
    expect(engineOf(customPlugin(types), other).types.types.filter((t) => t.name === 'Coin')).toHaveLength(1);
  });

  it('leaves the standard table alone', () => {
    createTypeTable([{ name: 'Coin', fields: ['Address'] }]);
    expect(STANDARD_TYPES.find('Coin')).toBeUndefined();
    expect(STANDARD_TYPES.types).toHaveLength(12);
  });
});

describe('File summaries by length', () => {
  /** The first implementation, which rejoined every left-over part: the law the faster one must keep. */
  function byLengthReference(summary: string): Record<string, string> {
    const fields = ['md5', 'sha1', 'sha256'];
    const lengths: Record<string, number> = { md5: 32, sha1: 40, sha256: 64 };
    const parts = summary.split(' : ');
    const values: Record<string, string> = {};
    const taken = new Set<number>();
    parts.forEach((part, i) => {
      const field = fields.find((f) => lengths[f] === part.trim().length && values[f] === undefined);
      if (field) {
        values[field] = part;
        taken.add(i);
      }
    });
    const rest = parts.filter((_, i) => !taken.has(i));
    let next = 0;
    for (const field of fields) if (values[field] === undefined && next < rest.length) values[field] = rest[next++]!;
    if (next < rest.length) values.sha256 = [values.sha256, ...rest.slice(next)].join(' : ');
    return values;
  }

  it('split as they always did, whatever the parts', () => {
    const part = fc.constantFrom('', ' ', 'x', md5, ` ${md5}`, sha1, 'e'.repeat(64), 'abc : def');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 8 }), (parts) => {
        const summary = parts.join(' : ');
        expect(STANDARD_TYPES.valuesFromSummary('File', summary)).toEqual(byLengthReference(summary));
      }),
      { numRuns: 1000 },
    );
  });
});
