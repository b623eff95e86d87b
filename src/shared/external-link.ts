/**
 * Which links may leave the app for the system browser or mail program:
 * `https:` and `mailto:` only, never with credentials in them, and always
 * after the counsellor confirms. Returns what to show in the confirmation.
 */
export function externalLinkTarget(url: string): { kind: 'web' | 'mail'; shown: string } | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol === 'mailto:')
    return { kind: 'mail', shown: decodeURIComponent(parsed.pathname) };
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password) return null;
  return { kind: 'web', shown: parsed.hostname };
}
