import { describe, expect, it } from 'vitest';
import { invitationFor } from '../../../src/shared/invitation';
import { checkDisplayName, parseKioskInput } from '../../../src/shared/kiosk-input';
import { languages } from '../../../src/shared/language';
import { accessModes } from '../../../src/shared/access';

const server = 'https://meet.example.org';
const room = 'abcdefghijklmnopqrstuvwxyz';
const other = 'zyxwvutsrqponmlkjihgfedcba';
const ok = (roomName: string) => ({ ok: true, roomName });
const no = (problem: string) => ({ ok: false, problem });

const table: [what: string, input: string, expected: ReturnType<typeof ok | typeof no>][] = [
  ['a bare code', room, ok(room)],
  ['a bare code with spaces around', `  ${room}\n`, ok(room)],
  ['a bare code in capitals', room.toUpperCase(), ok(room)],
  ['the link', `${server}/${room}`, ok(room)],
  ['the link with a trailing slash', `${server}/${room}/`, ok(room)],
  ['the link with a query', `${server}/${room}?lang=de`, ok(room)],
  ['the link with a Jitsi fragment', `${server}/${room}#config.startWithVideoMuted=true`, ok(room)],
  ['the link with the default port', `https://meet.example.org:443/${room}`, ok(room)],
  [
    'the link with host and room in capitals',
    `HTTPS://MEET.EXAMPLE.ORG/${room.toUpperCase()}`,
    ok(room),
  ],
  ['the link typed without https://', `meet.example.org/${room}`, ok(room)],
  ['the link with a full stop after it', `${server}/${room}.`, ok(room)],
  ['the link in angle brackets in a sentence', `Bitte hier: <${server}/${room}>, danke`, ok(room)],
  ['the link in round brackets', `(${server}/${room})`, ok(room)],
  [
    'the link after a word and two text links',
    `See https://f-droid.org/x and ${server}/${room} now`,
    ok(room),
  ],
  ['two links on the server: the first wins', `${server}/${room} ${server}/${other}`, ok(room)],
  ['https without slashes, as the browser reads it', `https:meet.example.org/${room}`, ok(room)],
  ['an empty field', '', no('empty')],
  ['only spaces and line breaks', ' \n\t ', no('empty')],
  ['a code one letter short', room.slice(1), no('malformed')],
  ['a code with digits that base32 lacks (0, 1, 8, 9)', `${room.slice(0, 25)}1`, no('malformed')],
  ['a code inside running text', `Der Code ist ${room}`, no('malformed')],
  [
    'a long German word is not a code in text',
    'Ihre Rechtsschutzversicherungen zahlen',
    no('malformed'),
  ],
  ['a link without a room', `${server}/`, no('malformed')],
  ['a link with a path below the room', `${server}/${room}/extra`, no('malformed')],
  ['a link with a doubled slash', `${server}//${room}`, no('malformed')],
  ['a room name percent-encoded', `${server}/%61${room.slice(1)}`, no('malformed')],
  ['another host', `https://meet.elsewhere.org/${room}`, no('other-host')],
  ['a subdomain of the server', `https://x.meet.example.org/${room}`, no('other-host')],
  [
    'the server as a subdomain of another host',
    `https://meet.example.org.evil.example/${room}`,
    no('other-host'),
  ],
  ['another port', `https://meet.example.org:8443/${room}`, no('other-host')],
  ['plain http to the same host', `http://meet.example.org/${room}`, no('other-host')],
  ['another scheme', `ftp://meet.example.org/${room}`, no('other-host')],
  [
    'user info before the server',
    `https://evil.example@meet.example.org/${room}`,
    no('other-host'),
  ],
  [
    'the server as user info of another host',
    `https://meet.example.org@evil.example/${room}`,
    no('other-host'),
  ],
  [
    'user info with a password',
    `https://meet.example.org:x@evil.example/${room}`,
    no('other-host'),
  ],
  [
    'a percent-encoded slash before @',
    `https://meet.example.org%2F@evil.example/${room}`,
    no('other-host'),
  ],
  ['a backslash before @', `https://evil.example\\@meet.example.org/${room}`, no('other-host')],
  [
    'backslashes instead of slashes to another host',
    `https:\\\\evil.example\\${room}`,
    no('other-host'),
  ],
  [
    'a fragment hiding the server',
    `https://evil.example#@meet.example.org/${room}`,
    no('other-host'),
  ],
  ['a query hiding the server', `https://evil.example?@meet.example.org/${room}`, no('other-host')],
  ['a Cyrillic lookalike of the host', `https://meet.exаmple.org/${room}`, no('other-host')],
  [
    'the lookalike written in punycode',
    `https://meet.xn--exmple-4nf.org/${room}`,
    no('other-host'),
  ],
  [
    'a full-width dot lookalike path',
    `https://meet.example.org．evil.example/${room}`,
    no('other-host'),
  ],
  [
    'the server only in the path of another host',
    `https://evil.example/meet.example.org/${room}`,
    no('other-host'),
  ],
  ['another host without scheme', `evil.example/${room}`, no('other-host')],
  [
    'a text with only other hosts’ links',
    `Öffnen Sie https://evil.example/${room} oder https://f-droid.org/`,
    no('other-host'),
  ],
  [
    'a text with another host and a broken link to the server',
    `https://evil.example/${room} ${server}/`,
    no('malformed'),
  ],
  ['a javascript: URL', `javascript:alert(1)//${server}/${room}`, no('malformed')],
  ['a data: URL', `data:text/html,${server}/${room}`, no('malformed')],
  [
    'the server’s link inside another link',
    `https://evil.example/?next=${server}/${room}`,
    no('other-host'),
  ],
  ['a link glued to a word', `Link:${server}/${room}`, no('malformed')],
  [
    'input longer than the contract allows',
    `${server}/${room} ${'x'.repeat(20_000)}`,
    no('malformed'),
  ],
];

describe('parseKioskInput', () => {
  it.each(table)('%s', (_what, input, expected) => {
    expect(parseKioskInput(input, server)).toEqual(expected);
  });

  it.each(
    languages.flatMap((language) => accessModes.map((access) => [language, access] as const)),
  )('finds the room in a whole pasted invitation (%s, %s)', (language, access) => {
    const { invitation } = invitationFor(
      { start: '2026-12-01T10:00:00+01:00', durationMinutes: 50, roomName: room, access },
      { serverOrigin: server, roomPassword: 'pw', language, timeZone: 'Europe/Berlin' },
    );
    expect(parseKioskInput(invitation, server)).toEqual(ok(room));
  });

  it('refuses an invitation from another centre’s server', () => {
    const { invitation } = invitationFor(
      { start: '2026-12-01T10:00:00+01:00', durationMinutes: 50, roomName: room, access: 'knock' },
      { serverOrigin: 'https://meet.other.example', roomPassword: 'pw', language: 'de' },
    );
    expect(parseKioskInput(invitation, server)).toEqual(no('other-host'));
  });

  it('finds the room on a server given in Unicode, whichever way the link spells it', () => {
    const idnServer = 'https://xn--beratung-mnchen-8vb.example';
    expect(parseKioskInput(`https://beratung-münchen.example/${room}`, idnServer)).toEqual(
      ok(room),
    );
    expect(parseKioskInput(`${idnServer}/${room}`, idnServer)).toEqual(ok(room));
  });

  it('answers quickly on the longest input the contract allows', () => {
    const longest = (filler: string, end = '') =>
      filler.repeat(Math.floor((20_000 - end.length) / filler.length)) + end;
    for (const input of [
      longest('a'),
      longest('a:'),
      longest('https://'),
      longest('a.', 'x'),
      longest('.', 'x'),
      `https://${longest('.', 'x').slice(8)}`,
      longest(' https://a'),
      longest('((a:/'),
    ]) {
      const started = performance.now();
      expect(parseKioskInput(input, server).ok).toBe(false);
      expect(performance.now() - started).toBeLessThan(200);
    }
  });

  it('refuses to run without an https server', () => {
    expect(() => parseKioskInput(room, 'http://meet.example.org')).toThrow();
    expect(() => parseKioskInput(room, 'not a url')).toThrow();
  });
});

describe('checkDisplayName', () => {
  it.each([
    ['Frau Müller', 'Frau Müller'],
    ['  Ali  ', 'Ali'],
    ['Ali\n\tReza', 'Ali Reza'],
    ['Ali\u0000\u0007Reza', 'Ali Reza'],
    ['Ali\u00a0\u2003 Reza', 'Ali Reza'],
    ['Ali\u202eazeR', 'AliazeR'],
    ['مهدی\u200cزاده', 'مهدی\u200cزاده'],
    ['Zoë', 'Zoë'],
    ['e\u0301', 'é'],
    ['x'.repeat(80), 'x'.repeat(80)],
    ['😀'.repeat(80), '😀'.repeat(80)],
  ])('takes %j as %j', (input, name) => {
    expect(checkDisplayName(input)).toEqual({ ok: true, name });
  });

  it.each([
    ['', 'name-empty'],
    [' \n\t', 'name-empty'],
    ['\u0000\u202e', 'name-empty'],
    ['x'.repeat(81), 'name-too-long'],
    ['x'.repeat(20_000), 'name-too-long'],
  ])('refuses %j: %s', (input, problem) => {
    expect(checkDisplayName(input)).toEqual({ ok: false, problem });
  });
});
