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
  if (parsed.protocol === 'mailto:') return mailTarget(url, parsed);
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password) return null;
  return { kind: 'web', shown: parsed.hostname };
}

/**
 * A mail link is shown whole, decoded, so a prefilled subject or body is seen
 * before it opens; one that asks the mail program to attach a file is refused
 * (`attach`/`attachment`, which some mail programs honour).
 */
function mailTarget(url: string, parsed: URL): { kind: 'mail'; shown: string } | null {
  const fields = [...parsed.searchParams.keys()].map((key) => key.toLowerCase());
  if (fields.some((key) => key === 'attach' || key === 'attachment')) return null;
  try {
    return { kind: 'mail', shown: decodeURIComponent(url) };
  } catch {
    return null;
  }
}
