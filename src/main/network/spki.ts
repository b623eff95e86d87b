import { createHash, X509Certificate } from 'node:crypto';

/** The SPKI pin of a PEM certificate: base64 of SHA-256 over its DER SubjectPublicKeyInfo. */
export function spkiPin(pem: string): string {
  const spki = new X509Certificate(pem).publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest('base64');
}
