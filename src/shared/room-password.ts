import { cryptoRandom, type FillRandom } from './random-bytes';

// Read aloud or typed from another message: no l/1, o/0 to confuse. 24 letters
// and 8 digits make 32 symbols, so masking a random byte keeps every symbol
// equally likely; 16 of them are 80 bits, in four groups of four.
export const ROOM_PASSWORD_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';
export const ROOM_PASSWORD_LENGTH = 16;
export const roomPasswordPattern = /^[a-km-np-z2-9]{4}(?:-[a-km-np-z2-9]{4}){3}$/;

/** A fresh room password like `k7qm-x3w4-p6rt-y7u3`, from a cryptographic source. */
export function generateRoomPassword(fillRandom: FillRandom = cryptoRandom): string {
  const bytes = fillRandom(new Uint8Array(ROOM_PASSWORD_LENGTH));
  let password = '';
  for (const [index, byte] of bytes.entries()) {
    if (index > 0 && index % 4 === 0) password += '-';
    password += ROOM_PASSWORD_ALPHABET[byte & 31];
  }
  return password;
}
