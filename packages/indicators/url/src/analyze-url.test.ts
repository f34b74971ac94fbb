import { createEngine, indicator } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { analyzeUrl, plugin } from './index.js';

describe('analyzeUrl', () => {
  it('gives each problem the whole value with only that problem repaired', () => {
    expect(analyzeUrl(' HTTP://EXAMPLE.com.:80/A ').problems).toEqual([
      { code: 'whitespace', fixed: 'HTTP://EXAMPLE.com.:80/A' },
      { code: 'scheme-case', part: 'HTTP', fixed: ' http://EXAMPLE.com.:80/A ' },
      { code: 'host-trailing-dot', part: 'EXAMPLE.com.', fixed: ' HTTP://EXAMPLE.com:80/A ' },
      { code: 'host-case', part: 'EXAMPLE.com.', fixed: ' HTTP://example.com.:80/A ' },
    ]);
  });

  it('finds nothing wrong with the seed CORRECT example', () => {
    expect(analyzeUrl('http://example.com').problems).toEqual([]);
  });

  it('passes host problems on with the host normalization’s words', () => {
    expect(analyzeUrl('http://a..com/').problems).toEqual([{ code: 'host-invalid', part: 'a..com', detail: 'has an empty label' }]);
    // ThreatConnect's URL pattern accepts a hyphen at the end of a label: only DNS refuses it
    expect(analyzeUrl('http://a-.com/').problems).toEqual([{ code: 'host-dns', part: 'a-.com', detail: 'has label "a-" starting or ending with a hyphen' }]);
  });
});

describe('the plugin, all rules on', () => {
  const engine = createEngine({ config: [plugin.configs.recommended] });

  it.each([
    ['http://EXAMPLE.com', 'http://example.com'],
    [' HTTP://ÖSTERREICH.icom.museum.:80/A?B#C ', 'http://xn--sterreich-z7a.icom.museum:80/A?B#C'],
    ['HTTPS://Faß.DE./ä/../Ö?x=%2F#Y', 'https://xn--fa-hia.de/%C3%A4/../%C3%96?x=%2F#Y'],
  ])('fixes %j to %j in passes', (input, expected) => {
    const result = engine.fix(indicator('URL', { text: input }));
    expect(result.output?.values.text).toBe(expected);
    expect(result.messages).toEqual([]);
  });

  it('reports what it cannot repair, and fixes the rest', () => {
    const result = engine.fix(indicator('URL', { text: 'HTTP://a..B/' }));
    expect(result.output?.values.text).toBe('http://a..b/');
    expect(result.messages.map((m) => `${m.ruleId}#${m.messageId}`)).toEqual(['url/host#invalidHost']);
  });
});
