// Small plugins used by core's own tests (not exported from the package).
import { defineRule } from './define.js';
import { definePlugin } from './define.js';
import { objectOptions } from './options.js';

export const upper = defineRule({
  meta: {
    id: 'upper',
    subject: 'indicator',
    types: ['Mutex'],
    description: 'test: values are uppercase',
    docsUrl: 'https://example.test/upper',
    messages: { notUpper: '"{{value}}" should be {{fixed}}' },
    fixable: true,
  },
  check(subject, ctx) {
    const value = subject.values.Mutex ?? '';
    const fixed = value.toUpperCase();
    if (value !== fixed) ctx.report({ messageId: 'notUpper', data: { value, fixed }, field: 'Mutex', fix: { field: 'Mutex', value: fixed } });
  },
});

export const lower = defineRule({
  meta: { id: 'lower', subject: 'indicator', types: ['Mutex'], description: 'test: values are lowercase', messages: { notLower: 'lowercase please' }, fixable: true },
  check(subject, ctx) {
    const value = subject.values.Mutex ?? '';
    if (value !== value.toLowerCase()) ctx.report({ messageId: 'notLower', field: 'Mutex', fix: { field: 'Mutex', value: value.toLowerCase() } });
  },
});

/** Appends a character on every pass: never settles, never repeats a state. */
export const grow = defineRule({
  meta: { id: 'grow', subject: 'indicator', types: ['Hashtag'], description: 'test: never satisfied', messages: { more: 'more' }, fixable: true },
  check(subject, ctx) {
    ctx.report({ messageId: 'more', fix: { field: 'Hashtag', value: `${subject.values.Hashtag ?? ''}!` } });
  },
});

export const thrower = defineRule({
  meta: { id: 'thrower', subject: 'indicator', description: 'test: always throws', messages: { never: 'never' } },
  check() {
    throw new Error('boom');
  },
});

export const badId = defineRule({
  meta: { id: 'bad-id', subject: 'indicator', description: 'test: unknown messageId', messages: { known: 'known' } },
  check(_subject, ctx) {
    ctx.report({ messageId: 'unknown' });
  },
});

export const sneakyFix = defineRule({
  meta: { id: 'sneaky-fix', subject: 'indicator', description: 'test: fix without fixable', messages: { m: 'm' } },
  check(_subject, ctx) {
    ctx.report({ messageId: 'm', fix: { field: 'x', value: 'y' } });
  },
});

export const limit = defineRule({
  meta: {
    id: 'limit',
    subject: 'indicator',
    types: ['Mutex'],
    description: 'test: values are at most `max` long',
    messages: { tooLong: 'longer than {{max}}' },
    severity: 'warn',
    options: objectOptions({ max: 'number' }, { max: 5 }),
  },
  check(subject, ctx) {
    const { max } = ctx.options;
    if ((subject.values.Mutex ?? '').length > max) ctx.report({ messageId: 'tooLong', data: { max } });
  },
});

export const secretEcho = defineRule({
  meta: { id: 'secret-echo', subject: 'exchange', description: 'test: tries to leak', messages: { leak: 'key is {{key}}' }, classId: 'test' },
  check(subject, ctx) {
    ctx.report({ messageId: 'leak', data: { key: subject.secretKey }, evidence: [`secret=${subject.secretKey}`], remedies: [String(subject.request.headers.Authorization)] });
  },
});

export const testPlugin = definePlugin({
  meta: { name: 'test-plugin', namespace: 'test' },
  rules: { upper, lower, grow, thrower, 'bad-id': badId, 'sneaky-fix': sneakyFix, limit, 'secret-echo': secretEcho },
  configs: { recommended: { rules: { 'test/upper': 'error', 'test/limit': 'warn' } } },
  detect(value) {
    if (/^#/.test(value)) return { type: 'Hashtag', confidence: 0.9 };
    if (/^\d+$/.test(value)) return { type: 'ASN', confidence: 0.3 };
    if (value === 'tie') return { type: 'Mutex', confidence: 0.8 };
    return undefined;
  },
});

export const tiePlugin = definePlugin({
  meta: { name: 'tie-plugin', namespace: 'tie' },
  rules: {},
  detect: (value) => (value === 'tie' ? { type: 'User Agent', confidence: 0.8 } : undefined),
});

/** Replaces an Authorization header that holds the secret key. */
export const scrubPlugin = definePlugin({
  meta: { name: 'scrub-plugin', namespace: 'scrub' },
  rules: {
    scrub: defineRule({
      meta: { id: 'scrub', subject: 'exchange', description: 'test: fixes a leaked key', messages: { leaked: 'key in header' }, fixable: true },
      check(subject, ctx) {
        if (subject.request.headers.Authorization !== 'TC 1:sig') ctx.report({ messageId: 'leaked', fix: { field: 'request.headers.Authorization', value: 'TC 1:sig' } });
      },
    }),
  },
});

/** Throws values that do not even convert to strings, and asks for a fix of a field exchanges do not have. */
export const hostilePlugin = definePlugin({
  meta: { name: 'hostile-plugin', namespace: 'hostile' },
  rules: {
    'throws-null-proto': defineRule({
      meta: { id: 'throws-null-proto', subject: 'indicator', description: 'test: throws Object.create(null)', messages: { m: 'm' } },
      check() {
        throw Object.create(null);
      },
    }),
    'bad-field': defineRule({
      meta: { id: 'bad-field', subject: 'exchange', description: 'test: fixes a field that does not exist', messages: { m: 'm' }, fixable: true },
      check(_subject, ctx) {
        ctx.report({ messageId: 'm', fix: { field: 'response.body', value: 'x' } });
      },
    }),
  },
});
