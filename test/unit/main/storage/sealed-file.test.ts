import { describe, expect, it } from 'vitest';
import {
  isSealed,
  newKey,
  seal,
  unseal,
  UnsealFailed,
} from '../../../../src/main/storage/sealed-file';

const plaintext = Buffer.from('{"schemaVersion":1,"appointments":[{"clientLabel":"Frau K."}]}');

describe('sealed file (AES-256-GCM)', () => {
  it('round-trips, and hides the plaintext', () => {
    const key = newKey();
    const sealed = seal(plaintext, key);
    expect(isSealed(sealed)).toBe(true);
    expect(sealed.includes(Buffer.from('Frau K.'))).toBe(false);
    expect(unseal(sealed, key)).toEqual(plaintext);
  });

  it('uses a fresh nonce on every write', () => {
    const key = newKey();
    const nonces = new Set(
      Array.from({ length: 50 }, () => seal(plaintext, key).subarray(20, 32).toString('hex')),
    );
    expect(nonces.size).toBe(50);
  });

  it('refuses a tampered file: any flipped bit in nonce, tag, ciphertext or header', () => {
    const key = newKey();
    const sealed = seal(plaintext, key);
    for (let offset = 0; offset < sealed.length; offset++) {
      const tampered = Buffer.from(sealed);
      tampered[offset]! ^= 0x01;
      expect(() => unseal(tampered, key), `byte ${offset}`).toThrow(UnsealFailed);
    }
  });

  it('refuses a truncated file and a wrong key', () => {
    const key = newKey();
    const sealed = seal(plaintext, key);
    for (const length of [0, 10, 21, 40, sealed.length - 1]) {
      expect(() => unseal(sealed.subarray(0, length), key)).toThrow(UnsealFailed);
    }
    expect(() => unseal(sealed, newKey())).toThrow(
      expect.objectContaining({ reason: 'authentication' }),
    );
  });

  it('tells plain JSON from a sealed file', () => {
    expect(isSealed(plaintext)).toBe(false);
    expect(() => unseal(plaintext, newKey())).toThrow(
      expect.objectContaining({ reason: 'not-sealed' }),
    );
  });
});

describe('sealing text', () => {
  it('seals a string as its UTF-8 bytes', () => {
    const key = newKey();
    expect(unseal(seal('Grüße, Frau Ö.', key), key).toString('utf8')).toBe('Grüße, Frau Ö.');
  });
});
