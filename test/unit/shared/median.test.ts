import { describe, expect, it } from 'vitest';
import { medianOf } from '../../../src/shared/median';

describe('the median', () => {
  it('takes the middle value, so one slow handshake does not count', () => {
    expect(medianOf([250, 41, 43])).toBe(43);
    expect(medianOf([40, 50, 60, 1000])).toBe(55);
    expect(medianOf([7])).toBe(7);
    expect(medianOf([])).toBeNull();
  });
});
