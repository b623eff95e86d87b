import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * The appointment file on disk: AES-256-GCM, a fresh 96-bit nonce per write.
 *
 *   header (magic + format version) | nonce (12) | tag (16) | ciphertext
 *
 * The header is authenticated as associated data, so a file cannot be passed
 * off as another format version. Plain JSON never starts with the header.
 */
const HEADER = Buffer.from('SPRECHSTUNDE-SEALED\u0001', 'latin1');
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
export const KEY_BYTES = 32;

export class UnsealFailed extends Error {
  constructor(readonly reason: 'not-sealed' | 'truncated' | 'authentication') {
    super(`cannot unseal: ${reason}`);
    this.name = 'UnsealFailed';
  }
}

export function newKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

export function isSealed(file: Buffer): boolean {
  return file.subarray(0, HEADER.length).equals(HEADER);
}

/** Seals text (encoded as UTF-8 on the way in) or bytes; one copy of the output. */
export function seal(plaintext: string | Buffer, key: Buffer): Buffer {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(HEADER);
  const body =
    typeof plaintext === 'string' ? cipher.update(plaintext, 'utf8') : cipher.update(plaintext);
  const rest = cipher.final();
  return Buffer.concat([HEADER, nonce, cipher.getAuthTag(), body, rest]);
}

/** The plaintext, or UnsealFailed when the file was changed, cut short or sealed with another key. */
export function unseal(file: Buffer, key: Buffer): Buffer {
  if (!isSealed(file)) throw new UnsealFailed('not-sealed');
  if (file.length < HEADER.length + NONCE_BYTES + TAG_BYTES) throw new UnsealFailed('truncated');
  const nonce = file.subarray(HEADER.length, HEADER.length + NONCE_BYTES);
  const tag = file.subarray(HEADER.length + NONCE_BYTES, HEADER.length + NONCE_BYTES + TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
  decipher.setAAD(HEADER);
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([
      decipher.update(file.subarray(HEADER.length + NONCE_BYTES + TAG_BYTES)),
      decipher.final(),
    ]);
  } catch {
    throw new UnsealFailed('authentication');
  }
}
