import { describe, expect, it } from 'vitest';
import { methodProblem } from './method.js';

describe('methodProblem', () => {
  it.each(['GET', 'POST', 'get', 'M-SEARCH', 'UPDATEREDIRECTREF', "!#$%&'*+-.^_`|~09az", 'X'.repeat(32)])('%j can be an HTTP method', (method) => {
    expect(methodProblem(method)).toBeUndefined();
  });

  it.each([
    ['', 'is empty'],
    ['X'.repeat(33), 'is 33 characters long; HTTP methods are short tokens such as GET and POST'],
    ['GET ', 'contains " " (U+0020), which an HTTP method (a token) cannot hold'],
    ['GET\n', 'contains "\\n" (U+000A), which an HTTP method (a token) cannot hold'],
    ['GET(1)', 'contains "(", which an HTTP method (a token) cannot hold'],
    ['GÉT', 'contains "É" (U+00C9), which an HTTP method (a token) cannot hold'],
    ['G\u{1f600}', 'contains "\u{1f600}" (U+1F600), which an HTTP method (a token) cannot hold'],
  ])('%j %s', (method, problem) => {
    expect(methodProblem(method)).toBe(problem);
  });
});
