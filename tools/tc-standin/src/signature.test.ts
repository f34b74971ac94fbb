import { describe, expect, it } from 'vitest';
import { computeSignature } from './auth.js';

const SECRET = 'abcdefghijklmnopqrstuvwxyz0123456789ABCD';

describe('computeSignature matches the published test vectors', () => {
  it.each([
    ['/api/v2/indicators/hosts/example.com?Owner=Common%20Community', 'GET', '1513703787', 'ZzVuIUzq/b9sDZwWBddim5oY3RrUKnWHvRhf5LAlOVM='],
    ['/v2/owners', 'GET', '1513703787', 'G1c2L5ifQa/c7g526q9K8j9LMef8YdryYf+6WjYSpiE='],
    ['/api/v3/indicators', 'POST', '1700000000', 'AWsat5z3+m2/UEXX1EcFnNv/91/18GY/6DuoPBj+vqY='],
  ])('%s %s %s', (target, method, timestamp, expected) => {
    expect(computeSignature(SECRET, target, method, timestamp)).toBe(expected);
  });

  it('differs for a lowercase method', () => {
    expect(computeSignature(SECRET, '/v2/owners', 'get', '1513703787')).not.toBe('G1c2L5ifQa/c7g526q9K8j9LMef8YdryYf+6WjYSpiE=');
  });
});
