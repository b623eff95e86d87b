import { cryptoRandom, type FillRandom } from './random-bytes';

// Lower-case base32: Jitsi folds room names to lower case (they become XMPP MUC
// JIDs), so a mixed-case alphabet would silently lose entropy. 32 divides 256,
// so masking a random byte gives every letter the same chance.
export const ROOM_NAME_ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';
export const ROOM_NAME_LENGTH = 26; // 26 × 5 bits = 130 bits ≥ 128

/** A fresh, unguessable room name. Never derived from client or counsellor data. */
export function generateRoomName(fillRandom: FillRandom = cryptoRandom): string {
  const bytes = fillRandom(new Uint8Array(ROOM_NAME_LENGTH));
  // One flat string, not 26 concatenated pieces that every JSON write of the store
  // has to join again (a calendar import writes thousands at once).
  return String.fromCharCode(...bytes.map((byte) => ROOM_NAME_ALPHABET.charCodeAt(byte & 31)));
}
