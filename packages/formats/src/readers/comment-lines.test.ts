import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCommentLine } from './comment-lines.js';

describe('isCommentLine', () => {
  it('takes "# " and "//" (after spaces or tabs) for comments, never a hashtag or a value', () => {
    for (const comment of ['# IOCs for campaign X, 2024', '#\tnote', '   # indented', '// appendix A', '//', '\t//x']) expect(isCommentLine(comment), comment).toBe(true);
    for (const value of ['#Emotet', '#', '#_x', 'example.com # not at the start', '/path', 'http://example.com', 'ASN1', '', '  ']) expect(isCommentLine(value), value).toBe(false);
  });

  it('a line whose first character after blanks is neither # nor / is never a comment', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const first = text.trimStart()[0];
        if (first !== '#' && first !== '/') expect(isCommentLine(text)).toBe(false);
      }),
    );
  });
});
