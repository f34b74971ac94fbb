import { describe, expect, it } from 'vitest';
import { fixCommandHint, withFixCommand } from './fix-command.js';

describe('the fix command that check names', () => {
  it('names the file, in place and as a copy with the same extension', () => {
    expect(fixCommandHint(['apps/cli/examples/seed-indicators.csv'], {})).toBe(
      'with `tclint fix apps/cli/examples/seed-indicators.csv --write` (in place) or `tclint fix apps/cli/examples/seed-indicators.csv -o fixed.csv`.',
    );
    expect(fixCommandHint(['feed'], {})).toBe('with `tclint fix feed --write` (in place) or `tclint fix feed -o fixed`.');
  });

  it('carries the options that decide what is fixed, quoted for the shell where needed', () => {
    const flags = { type: 'Registry Key', input: 'lines', config: 'tc.json', rule: ["asn/reserved: off", "x: ['warn']"] };
    expect(fixCommandHint(['a b.txt', 'c.txt'], flags)).toBe(
      "with `tclint fix --type 'Registry Key' --input lines --config tc.json --rule 'asn/reserved: off' --rule 'x: ['\\''warn'\\'']' 'a b.txt' c.txt --write` (in place).",
    );
    expect(fixCommandHint(['x.txt'], { 'no-config': true, config: 'ignored.json' })).toContain('`tclint fix --no-config x.txt --write`');
  });

  it('carries how the input is read and which indicator types decide (--indicator-types, --columns, --no-comments)', () => {
    const flags = { 'indicator-types': 'config/types.json', columns: 'type=Kind,value=Domain Name', 'no-comments': true };
    expect(fixCommandHint(['feed.csv'], flags)).toBe(
      "with `tclint fix --indicator-types config/types.json --columns 'type=Kind,value=Domain Name' --no-comments feed.csv --write` (in place) or " +
        "`tclint fix --indicator-types config/types.json --columns 'type=Kind,value=Domain Name' --no-comments feed.csv -o fixed.csv`.",
    );
    expect(fixCommandHint(['feed.csv'], { 'no-comments': false })).not.toContain('--no-comments');
  });

  it('for standard input, says to give the same input to tclint fix', () => {
    expect(fixCommandHint(['-'], { type: 'asn' })).toBe('with `tclint fix --type asn` on the same input (it writes the fixed records to standard output).');
  });

  it('replaces the "--fix option" hint of the stylish summary, colours kept', () => {
    const summary = '\u001b[31m\u001b[1m  3 errors and 0 warnings potentially fixable with the `--fix` option.\u001b[22m\u001b[39m\n';
    expect(withFixCommand(summary, 'with `tclint fix a.txt --write` (in place).')).toBe('\u001b[31m\u001b[1m  3 errors and 0 warnings potentially fixable with `tclint fix a.txt --write` (in place).\u001b[22m\u001b[39m\n');
    expect(withFixCommand('✖ 1 problem\n', 'with x.')).toBe('✖ 1 problem\n');
  });
});
