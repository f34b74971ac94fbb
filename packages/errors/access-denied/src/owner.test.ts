import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { preview } from '@tclint/core';
import { findOwnerParameter, previewParameter } from './owner.js';

/** The owner parameters of a URL read the plain way: split the query at "&", each name at its first "=". */
function ownersBySplitting(url: string): { name: string; start: number; end: number; count: number } | undefined {
  const query = url.indexOf('?');
  if (query === -1) return undefined;
  const hash = url.indexOf('#', query);
  const text = url.slice(query + 1, hash === -1 ? url.length : hash);
  const owners: { name: string; start: number; end: number }[] = [];
  let at = query + 1;
  for (const pair of text.split('&')) {
    const eq = pair.indexOf('=');
    const name = eq === -1 ? pair : pair.slice(0, eq);
    if (name.toLowerCase() === 'owner') owners.push({ name, start: eq === -1 ? at + pair.length : at + eq + 1, end: at + pair.length });
    at += pair.length + 1;
  }
  return owners[0] && { ...owners[0], count: owners.length };
}

const piece = fc.constantFrom('owner', 'OWNER', 'Owner', 'owne', 'ownerx', '=', '&', '?', '#', 'a', '%20', ' ', '\ud800', '\u212a');
const url = fc.array(piece, { maxLength: 30 }).map((parts) => `https://tc.example/api/v2/groups${parts.join('')}`);

describe('findOwnerParameter', () => {
  it('finds the owner parameters a plain split finds', () => {
    fc.assert(
      fc.property(url, (text) => {
        const found = findOwnerParameter(text);
        const expected = ownersBySplitting(text);
        expect(found && { name: found.name, start: found.start, end: found.end, count: found.count }).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the owner after 200,000 names without "=" (the next "=" is searched once, not once per name)', () => {
    // the count of names the scan compares is the work; each "&" is passed once
    const names = 200_000;
    const text = `https://tc.example/api?${'a&'.repeat(names)}owner=x`;
    const found = findOwnerParameter(text);
    expect(found?.raw).toBe('x');
    expect(found?.start).toBe(text.length - 1);
  });

  it('previews a parameter as its joined text previews', () => {
    const long = fc.constantFrom('', 'x'.repeat(4100), '\ud800'.repeat(5000), '\ud83d\ude00'.repeat(2100), 'a'.repeat(4094));
    fc.assert(
      fc.property(fc.constantFrom('owner', 'OWNER'), fc.array(piece, { maxLength: 20 }), long, (name, parts, tail) => {
        const raw = `${parts.join('')}${tail}`;
        expect(previewParameter({ name, raw })).toBe(preview(`${name}=${raw}`));
      }),
    );
  });
});
