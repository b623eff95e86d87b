// Every log line passes this. Our messages are fixed texts, but anything that
// slips in (an error's text, a URL from a library) must not carry personal
// data or credentials out of the app. What the app knows to be secret is
// redacted by known-secrets.ts; these rules catch what merely looks secret.
import { channels } from '../../shared/ipc-channels';

type Rule = [RegExp, string | ((match: string, ...groups: string[]) => string)];

// Keys whose value is a secret, as a suffix of the key (roomPassword, access_token,
// client_secret, apiKey, X-Auth-Token), in English and German.
const SECRET_KEY =
  String.raw`[\w.-]*?(?:pass(?:word|wort|wd|phrase)?|pwd|kennwort|schl(?:ü|ue)ssel|` +
  String.raw`geheimnis|zugangsdaten|token|jwt|secret|key|authori[sz]ation|auth|credentials?|cookie)`;
// A value whole: quoted (straight or typographic quotes, spaces inside, to the end of
// the line if unclosed), or unquoted up to a space, a quote, `&`, or `,`/`;` before a space.
const VALUE = String.raw`"(?:[^"\\]|\\.)*"?|'(?:[^'\\]|\\.)*'?|„[^“”"]*[“”"]?|“[^”"]*[”"]?|«[^»]*»?|(?:[^\s"'&,;]|[,;](?=\S))+`;
const AUTH_SCHEME = String.raw`(?:(?:Bearer|Basic|Digest|Negotiate|Token)\s+)?`;

const CHANNELS: ReadonlySet<string> = new Set(channels);

const rules: Rule[] = [
  // key=value, key: value, "key": "value", key => value, with an auth scheme if any.
  [
    new RegExp(
      String.raw`(?<![\w.-])(${SECRET_KEY})(["'”“]?\s*(?:=>|:=|[:=])\s*)(${AUTH_SCHEME})(${VALUE})`,
      'giu',
    ),
    (match, key: string, separator: string, scheme: string, value: string) =>
      // `token:save` is the app's own IPC channel, not a token.
      CHANNELS.has(match) ? match : `${key}${separator}${scheme}${quoted(value, '[redacted]')}`,
  ],
  // A password in prose: "the password is …", "das Passwort lautet …".
  [
    /(?<![\w-])((?:[\w-]*?)(?:password|passwort|kennwort|passphrase)\s+(?:is|was|ist|war|lautet)\s+)(\S+)/giu,
    (_match, lead: string, value: string) => `${lead}${quoted(value, '[redacted]')}`,
  ],
  // A bearer token anywhere; Basic credentials when they decode to `user:password`.
  [/\bBearer\s+[\w\-.~+/]{8,}=*/g, 'Bearer [redacted]'],
  [
    /\bBasic\s+([A-Za-z0-9+/]{6,}={0,2})(?![\w+/=])/g,
    (match, encoded: string) =>
      Buffer.from(encoded, 'base64').toString('latin1').includes(':') ? 'Basic [redacted]' : match,
  ],
  // JSON Web Tokens, also a first part alone (a token wrapped or cut after its header).
  [/(?<![\w-])eyJ[\w-]{6,}(?:\.[\w-]*){0,2}/g, '[token]'],
  // URLs: keep scheme and host, drop user info, path, query and fragment.
  [
    /(?<![a-z0-9+.-])([a-z][a-z0-9+.-]*):\/\/(?:[^\s/]*@)?([^\s/?#:]+(?::\d+)?)[^\s"'<>]*/gi,
    (_match, scheme: string, host: string) => `${scheme}://${host}/…`,
  ],
  // Links without `//` carry their data after the colon: mailto:anna@…?body=…
  [/\b(mailto|tel|sms|sip|xmpp):[^\s"'<>]+/gi, '$1:…'],
  // An address, with whatever path follows it (user@meet.example.org/room).
  [
    /(?<![\w.+-])[\w.+-]+@(?:[a-z0-9-]+\.)+[a-z]{2,63}\b(?:[/?#][^\s"'<>]*|:\d+[^\s"'<>]*)?/gi,
    '[email]',
  ],
  // A host with a path but no scheme (meet.example.org/room): keep the host.
  [
    /(?<![\w.@/-])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63}(?::\d{1,5})?)(?:\/[^\s"'<>]*|[?#][^\s"'<>]+)/gi,
    '$1/…',
  ],
  // Room names and room passwords as the app makes them (room-name.ts, room-password.ts).
  [/\b[a-z2-7]{26}\b/g, '[room]'],
  [/\b[a-km-np-z2-9]{4}(?:-[a-km-np-z2-9]{4}){3}\b/gi, '[password]'],
  // Anything else token-like: 24+ base64 characters mixing upper case, lower case and
  // digits (the middle of a JWT, an API key, an encoded key), with dotted parts.
  [
    /(?<![\w+/-])[\w+/-]{24,}={0,2}(?:\.[\w+/-]+={0,2}){0,2}/g,
    (match) => (/[A-Z]/.test(match) && /[a-z]/.test(match) && /\d/.test(match) ? '[token]' : match),
  ],
];

/** Removes what looks secret, then makes the line one line (see escapeControl). */
export function redact(line: string): string {
  let result = line;
  for (const [pattern, replacement] of rules) {
    result = result.replace(
      pattern,
      replacement as (substring: string, ...args: string[]) => string,
    );
  }
  return escapeControl(result);
}

/**
 * One call, one line: line breaks (also U+2028/2029 and NEL), other control
 * characters and bidirectional overrides are written as escapes, so a message
 * cannot forge a log line or hide text.
 */
export function escapeControl(line: string): string {
  return line.replace(CONTROL, (c) => {
    const named = NAMED_ESCAPES[c];
    return named ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** The redacted value, keeping the quotes it came in. */
function quoted(value: string, mark: string): string {
  if (!/^["'„“«]/.test(value)) return mark;
  const closing = value.length > 1 && /["'“”»]$/.test(value) ? value.at(-1) : '';
  return `${value[0]}${mark}${closing}`;
}
