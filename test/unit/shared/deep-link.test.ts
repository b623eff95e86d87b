import { describe, expect, it } from 'vitest';
import { parseDeepLink, type DeepLink } from '../../../src/shared/deep-link';

const id = '4d4b7f0e-8f1a-4c0b-9a55-0f3f8f2c8b6e';
const room = 'abcdefghijklmnopqrstuvwxyz';
const server = 'https://meet.example.org';
const join = (query: string) => `sprechstunde://join/${room}?${query}`;
const opens = (kind: 'appointment' | 'join'): DeepLink =>
  kind === 'appointment' ? { kind, id } : { kind, roomName: room };

// [link, configured server, what it does]
const table: [string, string | null, DeepLink | string][] = [
  // What opens.
  [`sprechstunde://appointment/${id}`, server, opens('appointment')],
  [`sprechstunde://appointment/${id}/`, server, opens('appointment')],
  [`sprechstunde://appointment/${id.toUpperCase()}`, server, opens('appointment')],
  [`SPRECHSTUNDE://Appointment/${id}`, server, opens('appointment')],
  [`sprechstunde://appointment/${id}`, null, opens('appointment')],
  [join(`server=${server}`), server, opens('join')],
  [join(`server=${server}/`), server, opens('join')],
  [join(`server=${encodeURIComponent(server)}`), server, opens('join')],
  [join('server=HTTPS://MEET.EXAMPLE.ORG'), server, opens('join')],
  [join('server=https://meet.example.org:443'), server, opens('join')],
  [join(`server=${server}`), `${server}/`, opens('join')],
  [join('server=https://xn--bcher-kva.example'), 'https://bücher.example', opens('join')],
  // Other servers.
  [join('server=https://evil.example'), server, 'other-server'],
  [join('server=https://meet.example.org.evil.example'), server, 'other-server'],
  [join('server=https://meet.example.org:8443'), server, 'other-server'],
  [join('server=http://meet.example.org'), server, 'other-server'],
  [join('server=https://meet.example.org/other-path'), server, 'other-server'],
  [join('server=https://meet.example.org?x=1'), server, 'other-server'],
  [join('server=javascript:alert(1)'), server, 'other-server'],
  [join(`server=${server}`), null, 'no-server-configured'],
  [`sprechstunde://join/${room}`, server, 'missing-server'],
  [join('server='), server, 'missing-server'],
  [join(`server=${server}&server=https://evil.example`), server, 'unknown-form'],
  [join(`host=${server}`), server, 'unknown-form'],
  // Encoded tricks.
  [`sprechstunde://appointment%2F${id}`, server, 'encoded'],
  [`sprechstunde://appointment/${id}%2F..`, server, 'encoded'],
  [join('server=https%253A%252F%252Fmeet.example.org'), server, 'encoded'],
  [join('server=https%3A%2F%2Fmeet.example.org%5C'), server, 'encoded'],
  [`sprechstunde://appointment\\${id}`, server, 'encoded'],
  [`sprechstunde://join\\${room}?server=${server}`, server, 'encoded'],
  [join('server=%E0%A4%A'), server, 'encoded'],
  // Userinfo.
  [`sprechstunde://user:pass@appointment/${id}`, server, 'userinfo'],
  [join('server=https://meet.example.org@evil.example'), server, 'userinfo'],
  [join('server=https://user@meet.example.org'), server, 'userinfo'],
  // Unicode lookalikes, whitespace and controls.
  [`sprechstunde://аppointment/${id}`, server, 'invalid-characters'],
  [`sprechstunde://join/${room}?server=https://meet.exаmple.org`, server, 'invalid-characters'],
  [`sprechstunde://appointment/${id} `, server, 'invalid-characters'],
  [`sprechstunde://appointment/${id}\n`, server, 'invalid-characters'],
  [`sprechstunde://appointment/\u200b${id}`, server, 'invalid-characters'],
  // Unknown forms and extra segments.
  [`sprechstunde://appointment/${id}/edit`, server, 'unknown-form'],
  [`sprechstunde://appointment/${id}?delete=1`, server, 'unknown-form'],
  [`sprechstunde://appointment//${id}`, server, 'unknown-form'],
  [`sprechstunde://appointment/`, server, 'unknown-form'],
  [`sprechstunde://settings/${id}`, server, 'unknown-form'],
  [`sprechstunde:appointment/${id}`, server, 'unknown-form'],
  [`sprechstunde:///appointment/${id}`, server, 'unknown-form'],
  [`sprechstunde://join/${room}/x?server=${server}`, server, 'unknown-form'],
  [`sprechstunde://appointment/../settings`, server, 'unknown-form'],
  [`sprechstunde://appointment/..`, server, 'invalid-id'],
  [`sprechstunde://appointment/not-a-uuid`, server, 'invalid-id'],
  [`sprechstunde://join/${room.toUpperCase()}?server=${server}`, server, 'invalid-room'],
  [`sprechstunde://join/short?server=${server}`, server, 'invalid-room'],
  [`sprechstunde://join/${room}1?server=${server}`, server, 'invalid-room'],
  // Fragments, other schemes, length.
  [`sprechstunde://appointment/${id}#x`, server, 'fragment'],
  [`${join(`server=${server}`)}#https://evil.example`, server, 'fragment'],
  [`https://meet.example.org/${room}`, server, 'not-a-link'],
  [`file:///etc/passwd`, server, 'not-a-link'],
  ['', server, 'not-a-link'],
  [`sprechstunde://appointment/${id}/${'a'.repeat(1_024)}`, server, 'too-long'],
];

describe('parseDeepLink', () => {
  it('has at least 30 rows', () => expect(table.length).toBeGreaterThanOrEqual(30));

  it.each(table)('%s (server %s) → %j', (link, configured, expected) => {
    const result = parseDeepLink(link, configured);
    expect(result).toEqual(
      typeof expected === 'string' ? { kind: 'refused', reason: expected } : expected,
    );
  });
});
