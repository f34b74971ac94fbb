import { createEngine, indicatorFromSummary } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { detectHashtag, plugin } from './index.js';

describe('detectHashtag', () => {
  it.each(['#apt28', '#APT28', '#ransomware', '#勒索软件', '#CVE_2024_3094', '#हिन्दी', ' #apt28\n'])('is sure %j is a Hashtag', (value) => {
    expect(detectHashtag(value)).toEqual({ type: 'Hashtag', confidence: 0.9 });
  });

  it.each([
    ['#apt-28', 0.7],
    ['#c2.server', 0.7],
    ['#4471', 0.6],
    ['＃apt28', 0.8],
    ['＃apt-28', 0.6],
  ])('is less sure of %j', (value, confidence) => {
    expect(detectHashtag(value)).toEqual({ type: 'Hashtag', confidence });
  });

  it.each(['#apt 28', '#1 deal for you'])('only guesses that %j, with a space, could be one', (value) => {
    expect(detectHashtag(value)!.confidence).toBeLessThan(0.5);
  });

  it.each([
    '',
    '#',
    '  #  ',
    'apt28',
    'example.com',
    'http://example.com/#anchor',
    '1.2.3.4',
    'user@example.com',
    'Global\\#x',
    'HKEY_LOCAL_MACHINE\\Software',
    'd41d8cd98f00b204e9800998ecf8427e',
    'curl/7.88.1',
    'Invoice #4471 overdue',
    // issue 16 item 9: a hashtag never has whitespace after its #, a comment line does
    '# IOCs for campaign X, 2024',
    '#\tIOCs',
    '＃ 见附件',
  ])('does not claim %j', (value) => {
    expect(detectHashtag(value)).toBeUndefined();
  });

  it('lets the engine type and fix an untyped value', () => {
    const engine = createEngine({ config: [plugin.configs.recommended] });
    const result = engine.fix(indicatorFromSummary(' ＃apt28 '));
    expect(result.subject.type).toBe('Hashtag');
    expect(result.output?.values).toEqual({ Hashtag: '#apt28' });
    expect(result.messages).toEqual([]);
  });
});
