import { appSubject, createEngine, messageSubject } from '@tclint/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plugin } from './index.js';
import { STANDARD_MAIN_PY } from './main-py.js';
import { COMPLETE_APP } from './testing/app-directories.js';

const engine = createEngine({ config: [plugin.configs.recommended] });
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.constantFrom('', '\ud800', "'", '\n'));
const phrase = fc.constantFrom("can't find '__main__' module in '", 'Can’t find ‘__main__’ module in ‘', 'Not in App directory.', 'At least one set of ThreatConnect credentials must be provided');
const fileNames = fc.constantFrom(...Object.keys(COMPLETE_APP), 'args.py', 'lib_3.11/x.py', 'src/__main__.py', 'tc_-_app.py');
/** An App directory with some of its files left out or changed. */
const app = fc
  .record({
    drop: fc.subarray(Object.keys(COMPLETE_APP)),
    changed: fc.dictionary(fileNames, fc.oneof(anyText, fc.constantFrom('', '\ufeff{}', '[]', '{"programMain": 1}', 'from run import run\n', STANDARD_MAIN_PY))),
  })
  .map(({ drop, changed }) => {
    const files: Record<string, string> = { ...COMPLETE_APP, ...changed };
    for (const name of drop) delete files[name];
    return appSubject('/app', files);
  });

describe('properties', () => {
  it('a complete App and unrelated texts produce nothing', () => {
    expect(engine.fix(appSubject('/app', { ...COMPLETE_APP })).messages).toEqual([]);
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9 .,:]*$/), (text) => {
        fc.pre(!/find '__main__' module|not in app directory|threatconnect credentials/.test(text));
        expect(engine.check(messageSubject(text)).messages).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws or reports internal errors', () => {
    fc.assert(
      fc.property(anyText, phrase, anyText, (a, p, b) => {
        expect(engine.check(messageSubject(`${a}${p}${b}`)).messages.filter((m) => m.internal)).toEqual([]);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(app, (subject) => {
        expect(engine.fix(subject).messages.filter((m) => m.internal || m.ruleId.startsWith('tclint/'))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('fixing is idempotent and leaves nothing fixable', () => {
    fc.assert(
      fc.property(app, (subject) => {
        const output = engine.fix(subject).output ?? subject;
        expect(engine.fix(output).changes).toEqual([]);
        expect(engine.check(output).messages.filter((m) => m.fix)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('every fix only writes the standard __main__.py or strips a byte order mark', () => {
    fc.assert(
      fc.property(app, (subject) => {
        for (const change of engine.fix(subject).changes) {
          if (change.field === '__main__.py') expect(change.to).toBe(STANDARD_MAIN_PY);
          else expect(change).toMatchObject({ field: 'install.json', to: change.from?.slice(1) });
        }
      }),
      { numRuns: 300 },
    );
  });
});
