import { interpolate } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from './messages.js';
import { render } from './render.js';

describe('render', () => {
  it('fills placeholders exactly as core interpolate does', () => {
    const data = { value: 'a{{b}}', address: '$&', expected: '', also: ' (x)', group: '0db8', ipv4: '1.2.3.4', prefix: '8', max: '32', count: '2', octet: '010', mask: 'm', network: 'n', zone: 'z', fixed: 'f', family: '4' };
    for (const messages of Object.values(MESSAGES)) {
      for (const template of Object.values(messages)) expect(render(template, data)).toBe(interpolate(template, data));
    }
    for (const template of ['', 'no placeholders', '{{a}}{{b}}', '{{ a }} and {{missing}}', '{{a}']) expect(render(template, { a: 'A', b: 'B' })).toBe(interpolate(template, { a: 'A', b: 'B' }));
  });
});
