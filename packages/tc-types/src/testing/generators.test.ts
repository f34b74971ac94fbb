import { describe, expect, it } from 'vitest';
import { recordedIndicatorTypes } from '../recorded.js';
import { generateIndicatorValues, HOST_EXCLUDED_WORDS, LINE_ENDINGS, REGISTRY_ROOTS } from './index.js';

describe('generateIndicatorValues', () => {
  const values = generateIndicatorValues();
  const types = recordedIndicatorTypes();

  it('gives the same values for the same seed, others for another', () => {
    expect(generateIndicatorValues({ perType: 50 })).toEqual(generateIndicatorValues({ perType: 50 }));
    expect(generateIndicatorValues({ perType: 50, seed: 1 })).not.toEqual(generateIndicatorValues({ perType: 50 }));
  });

  it('covers the 12 types, each field, both verdicts of the platform', () => {
    expect(values.length).toBeGreaterThanOrEqual(30_000);
    for (const type of types.types) {
      for (const field of type.fields) {
        const mine = values.filter((v) => v.type === type.name && v.field === field.name);
        const accepted = mine.filter((v) => types.checkField(field, v.value).kind === 'match').length;
        expect(mine.length, `${type.name}/${field.name}`).toBeGreaterThan(10);
        expect(accepted, `${type.name}/${field.name} accepted`).toBeGreaterThan(0);
        expect(mine.length - accepted, `${type.name}/${field.name} refused`).toBeGreaterThan(0);
      }
    }
  });

  it("includes the Host pattern's excluded words, each Registry root, line breaks at the end, U+0085, lone surrogates and lengths around the limits", () => {
    const hosts = values.filter((v) => v.type === 'Host').map((v) => v.value);
    for (const word of HOST_EXCLUDED_WORDS) expect(hosts).toContain(`example.${word}`);
    const keyNames = values.filter((v) => v.field === 'Key Name').map((v) => v.value);
    for (const root of REGISTRY_ROOTS) expect(keyNames).toContain(root);
    for (const ending of LINE_ENDINGS) expect(values.some((v) => v.value.length > 1 && v.value.endsWith(ending))).toBe(true);
    expect(values.some((v) => v.value.includes('\u0085'))).toBe(true);
    expect(values.some((v) => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(v.value))).toBe(true);
    expect(values.some((v) => /(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(v.value))).toBe(true);
    const lengths = (type: string) => new Set(values.filter((v) => v.type === type).map((v) => v.value.length));
    for (const n of [99, 100, 101]) expect(lengths('Email Subject')).toContain(n);
    for (const n of [259, 260, 261]) expect(lengths('Mutex')).toContain(n);
    for (const n of [256, 257, 258]) expect(lengths('Registry Key')).toContain(n);
  });
});
