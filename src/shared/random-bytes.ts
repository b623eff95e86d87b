/** Fills the array with random bytes and returns it; tests pass a fixed one. */
export type FillRandom = (bytes: Uint8Array) => Uint8Array;

/** Bytes from the platform's cryptographic source (Web Crypto, in every process). */
export const cryptoRandom: FillRandom = (bytes) => globalThis.crypto.getRandomValues(bytes);
