// Every log line passes this. Our messages are fixed texts, but anything that
// slips in (an error's text, a URL from a library) must not carry personal
// data or credentials out of the app.
const rules: [RegExp, string | ((match: string, ...groups: string[]) => string)][] = [
  // JSON Web Tokens: three base64url parts, the first an encoded '{"'.
  [/eyJ[\w-]*\.[\w-]*\.[\w-]*/g, '[token]'],
  // URLs: keep scheme and host, drop user info, path, query and fragment.
  [
    /\b([a-z][a-z0-9+.-]*):\/\/(?:[^\s/@]*@)?([^\s/?#:]+(?::\d+)?)[^\s"'<>]*/gi,
    (_match, scheme: string, host: string) => `${scheme}://${host}/…`,
  ],
  // Room names as the app makes them (26 letters of lower-case base32).
  [/\b[a-z2-7]{26}\b/g, '[room]'],
  // key=value and "key": "value" pairs whose key says secret.
  [
    /\b(password|passwort|token|jwt|secret|key)(["']?\s*[:=]\s*["']?)[^\s"',;&]+/gi,
    (_match, name: string, separator: string) => `${name}${separator}[redacted]`,
  ],
];

export function redact(line: string): string {
  let result = line;
  for (const [pattern, replacement] of rules) {
    result = result.replace(
      pattern,
      replacement as (substring: string, ...args: string[]) => string,
    );
  }
  return result;
}
