import { roomNamePattern } from './appointment';
import { MAX_KIOSK_INPUT } from './ipc-contract';

/**
 * What a client types or pastes on the kiosk's start page: a meeting code, a
 * link, or the whole invitation text. Only a room on the configured server
 * comes out; the meeting link is then built from the configured origin and the
 * room name, never from what was typed.
 *
 * Hosts are compared after WHATWG URL parsing (as the browser would reach them:
 * lower case, punycode, percent-decoding, default port dropped), so `@`,
 * backslash and lookalike tricks end up on the host they really name.
 */
export type KioskInputProblem = 'empty' | 'other-host' | 'malformed';
export type KioskInput = { ok: true; roomName: string } | { ok: false; problem: KioskInputProblem };

export type DisplayNameProblem = 'name-empty' | 'name-too-long';
export type DisplayName = { ok: true; name: string } | { ok: false; problem: DisplayNameProblem };

export const MAX_DISPLAY_NAME_LENGTH = 80;

const bareCode = /^[a-z2-7]{26}$/i;
/**
 * A link in running text: a scheme followed by a slash or backslash (`https://`,
 * `https:\\`, `ftp:/`), starting the text, after a space or an opening bracket or
 * quote. Not inside another word or URL (`…?next=https://…`, `javascript:…//https://…`).
 */
const linkInText = /(?<=^|[\s<(["'„“«‚‘])[a-z][a-z0-9+.-]*:[/\\][^\s<>"'`„“”«»‚‘’]*/gi;
/** What often sticks to the end of a link in running text. */
const trailingPunctuation = '.,;:!?)]}';
/** A link typed without its scheme: `meet.example.org/room`. */
const schemelessLink = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?\//i;

/**
 * The room named by `input`, if it names one on `serverOrigin`
 * (`https://meet.example.org`). Throws when `serverOrigin` is not an https origin:
 * the kiosk shows its out-of-order page then and never asks.
 *
 * An `http:` link to the configured host is `other-host`: the server is an
 * origin (scheme, host, port), as everywhere in the network policy, and plain
 * http is one anybody on the way can answer.
 */
export function parseKioskInput(input: string, serverOrigin: string): KioskInput {
  const server = serverFrom(serverOrigin);
  if (input.length > MAX_KIOSK_INPUT) return refuse('malformed');
  const text = input.trim();
  if (text === '') return refuse('empty');
  if (bareCode.test(text)) return { ok: true, roomName: text.toLowerCase() };

  // One word: a link, with or without its scheme. A code inside running text
  // does not count: a 26-letter German word ("Rechtsschutzversicherungen")
  // would pass for one.
  if (!/\s/.test(text)) {
    const word = withoutTrailingPunctuation(text);
    if (schemelessLink.test(word)) return judgeLink(`https://${word}`, server);
    // `https:meet.example.org/…` without slashes: the browser takes it, so do we.
    if (/^https?:/i.test(word)) return judgeLink(word, server);
  }

  let otherHost = false;
  let ownHost = false;
  for (const [match] of text.matchAll(linkInText)) {
    const verdict = judgeLink(withoutTrailingPunctuation(match), server);
    if (verdict.ok) return verdict;
    if (verdict.problem === 'other-host') otherHost = true;
    else ownHost = true;
  }
  return refuse(otherHost && !ownHost ? 'other-host' : 'malformed');
}

/**
 * The name shown in the meeting: trimmed, control characters, line breaks and
 * runs of spaces made one space, bidi overrides (which can make a name read
 * backwards) dropped. At most 80 characters (code points).
 */
export function checkDisplayName(name: string): DisplayName {
  const cleaned = name
    .normalize('NFC')
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[\p{Cc}\s]+/gu, ' ')
    .trim();
  if (cleaned === '') return { ok: false, problem: 'name-empty' };
  if ([...cleaned].length > MAX_DISPLAY_NAME_LENGTH) return { ok: false, problem: 'name-too-long' };
  return { ok: true, name: cleaned };
}

function serverFrom(serverOrigin: string): URL {
  const server = parse(serverOrigin);
  if (!server || server.protocol !== 'https:' || server.username || server.password)
    throw new Error('the kiosk needs the server as an https origin');
  return server;
}

function judgeLink(link: string, server: URL): KioskInput {
  const url = parse(link);
  if (!url) return refuse('malformed');
  // `meet.example.org@evil.example`: what it shows is not where it goes.
  if (url.username || url.password) return refuse('other-host');
  if (url.protocol !== 'https:' || url.origin !== server.origin) return refuse('other-host');
  const room = /^\/([^/]*)\/?$/.exec(url.pathname)?.[1]?.toLowerCase() ?? '';
  return roomNamePattern.test(room) ? { ok: true, roomName: room } : refuse('malformed');
}

/** A loop, not a `/[…]+$/` regex: that one is quadratic on 20,000 dots followed by a letter. */
function withoutTrailingPunctuation(link: string): string {
  let end = link.length;
  while (end > 0 && trailingPunctuation.includes(link.charAt(end - 1))) end--;
  return link.slice(0, end);
}

function refuse(problem: KioskInputProblem): KioskInput {
  return { ok: false, problem };
}

function parse(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}
