import { describe, expect, it } from 'vitest';
import { roomNamePattern } from '../../../src/shared/appointment';
import {
  generateRoomName,
  ROOM_NAME_ALPHABET,
  ROOM_NAME_LENGTH,
} from '../../../src/shared/room-name';

describe('room names', () => {
  it('carry at least 128 bits in a lower-case, URL-safe alphabet', () => {
    expect(ROOM_NAME_ALPHABET).toHaveLength(32);
    expect(new Set(ROOM_NAME_ALPHABET).size).toBe(32);
    expect(ROOM_NAME_LENGTH * Math.log2(ROOM_NAME_ALPHABET.length)).toBeGreaterThanOrEqual(128);
    const name = generateRoomName();
    expect(name).toMatch(/^[a-z2-7]+$/);
    expect(encodeURIComponent(name)).toBe(name);
    expect(name).toMatch(roomNamePattern);
  });

  it('take one letter for each random byte, by its low five bits', () => {
    const counting = (bytes: Uint8Array) => bytes.map((_, index) => index);
    expect(generateRoomName(counting)).toBe('abcdefghijklmnopqrstuvwxyz');
    const high = (bytes: Uint8Array) => bytes.map((_, index) => 224 + ((index + 26) % 32));
    expect(generateRoomName(high)).toBe('234567abcdefghijklmnopqrst');
  });

  it('never repeat across many draws', () => {
    const names = new Set(Array.from({ length: 20_000 }, () => generateRoomName()));
    expect(names.size).toBe(20_000);
  });

  it('use every letter about equally often', () => {
    const counts = new Map<string, number>();
    const draws = 4000;
    for (let i = 0; i < draws; i++) {
      for (const letter of generateRoomName()) counts.set(letter, (counts.get(letter) ?? 0) + 1);
    }
    const expected = (draws * ROOM_NAME_LENGTH) / 32;
    // Chi-squared with 31 degrees of freedom; 70 is far beyond p = 0.0001.
    const chiSquared = [...ROOM_NAME_ALPHABET].reduce(
      (sum, letter) => sum + ((counts.get(letter) ?? 0) - expected) ** 2 / expected,
      0,
    );
    expect(counts.size).toBe(32);
    expect(chiSquared).toBeLessThan(70);
  });

  it('map each random byte to one letter, so no input data can shape the name', () => {
    expect(generateRoomName((bytes) => bytes.fill(0))).toBe('a'.repeat(26));
    expect(generateRoomName((bytes) => bytes.fill(255))).toBe('7'.repeat(26));
    expect(generateRoomName((bytes) => bytes.fill(32 + 1))).toBe('b'.repeat(26));
  });
});
