import { describe, expect, it } from 'vitest';
import { settingsChangeSchema } from '../../../src/shared/settings';

const parse = (change: unknown) => settingsChangeSchema.safeParse(change);
const messages = (change: unknown) => {
  const result = parse(change);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe('a settings change', () => {
  it('drops keys given as undefined (a structured clone keeps them), so nothing is unset', () => {
    const change = parse({
      language: 'en',
      extraOrigins: undefined,
      spkiPins: undefined,
      iceServers: undefined,
      retentionDays: undefined,
    });
    expect(change.success).toBe(true);
    expect(change.data).toStrictEqual({ language: 'en' });
    expect(Object.keys(change.data!)).toEqual(['language']);
  });
});

describe('network settings', () => {
  it('store the server as its https origin', () => {
    expect(parse({ serverUrl: ' https://Meet.Example.org:443/ ' }).data).toEqual({
      serverUrl: 'https://meet.example.org',
    });
    expect(parse({ serverUrl: 'https://meet.example.org:8443' }).data).toEqual({
      serverUrl: 'https://meet.example.org:8443',
    });
  });

  it.each([
    'http://meet.example.org',
    'https://meet.example.org/room',
    'https://user@meet.example.org',
    'https://meet.example.org.',
    'meet.example.org',
    '',
  ])('refuse %j as the server with a translatable message', (serverUrl) => {
    expect(messages({ serverUrl })).toEqual(['validation.serverUrl.invalid']);
  });

  it('refuse an origin whose stored punycode form is longer than the limit (found by the IPC fuzz)', () => {
    // 1,500 characters as typed; as punycode, each dotted label triples, and the
    // next start refused the stored value and reset it.
    const typed = `https://${'ä.ö'.repeat(500)}de`;
    expect(typed.length).toBeLessThan(2048);
    expect(messages({ serverUrl: typed })).toEqual(['validation.serverUrl.invalid']);
    expect(messages({ extraOrigins: [`wss://${'ä.ö'.repeat(500)}de`] })).toEqual([
      'validation.extraOrigins.invalid',
    ]);
    // Within the limit as stored, a Unicode host is still kept as punycode.
    expect(parse({ serverUrl: 'https://bücher.example' }).data).toEqual({
      serverUrl: 'https://xn--bcher-kva.example',
    });
  });

  it('accept extra origins with https or wss only', () => {
    expect(
      parse({ extraOrigins: ['WSS://xmpp.example.org', 'https://cdn.example.org:8443/'] }).data,
    ).toEqual({ extraOrigins: ['wss://xmpp.example.org', 'https://cdn.example.org:8443'] });
    expect(messages({ extraOrigins: ['ws://xmpp.example.org'] })).toEqual([
      'validation.extraOrigins.invalid',
    ]);
    expect(messages({ extraOrigins: Array(21).fill('https://a.example') })).toEqual([
      'validation.list.tooLong',
    ]);
  });

  it.each([
    'stun:stun.example.org',
    'stun:stun.example.org:3478',
    'turn:turn.example.org:3478?transport=udp',
    'turns:turn.example.org:443?transport=tcp',
    'TURNS:Turn.Example.org:5349',
    'stun:[2001:db8::1]:3478',
  ])('accept the STUN/TURN server %s', (server) => {
    expect(parse({ iceServers: [server] }).success).toBe(true);
  });

  it.each([
    'stun.example.org',
    'https://turn.example.org',
    'turn:user:pw@turn.example.org',
    'turn:turn.example.org?transport=sctp',
    'stun:-bad-.example.org',
  ])('refuse %s as a STUN/TURN server', (server) => {
    expect(messages({ iceServers: [server] })).toEqual(['validation.iceServers.invalid']);
  });

  it('take one STUN/TURN server per type, as Jitsi replaces them per type', () => {
    expect(
      parse({ iceServers: ['stun:a.example.org', 'turn:a.example.org', 'turns:a.example.org'] })
        .success,
    ).toBe(true);
    expect(messages({ iceServers: ['stun:a.example.org', 'stun:b.example.org'] })).toEqual([
      'validation.iceServers.onePerType',
    ]);
  });

  it('accept SPKI pins as base64 of 32 bytes only', () => {
    expect(parse({ spkiPins: ['47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='] }).success).toBe(
      true,
    );
    expect(messages({ spkiPins: ['47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU'] })).toEqual([
      'validation.spkiPins.invalid',
    ]);
    expect(messages({ spkiPins: ['sha256/47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='] })).toEqual(
      ['validation.spkiPins.invalid'],
    );
  });

  it.each([
    [
      'https://meet.example.org/dialin/phoneNumberList',
      'https://meet.example.org/dialin/phoneNumberList',
    ],
    [
      ' https://MEET.example.org/dialin/conferenceMapper ',
      'https://meet.example.org/dialin/conferenceMapper',
    ],
    ['https://meet.example.org:8443/dialin?x=1', 'https://meet.example.org:8443/dialin?x=1'],
  ])('keep a dial-in service at its https address (%s)', (typed, stored) => {
    const result = parse({ dialInNumbersUrl: typed, dialInConfCodeUrl: typed });
    expect(result.success && result.data).toEqual({
      dialInNumbersUrl: stored,
      dialInConfCodeUrl: stored,
    });
    expect(parse({ dialInNumbersUrl: null }).success).toBe(true);
  });

  it.each([
    'http://meet.example.org/dialin/phoneNumberList',
    'meet.example.org/dialin/phoneNumberList',
    'https://user:secret@meet.example.org/dialin',
    'wss://meet.example.org/dialin',
    '',
    `https://meet.example.org/${'a'.repeat(2048)}`,
  ])('refuse a dial-in service that is not a plain https address (%s)', (typed) => {
    expect(messages({ dialInNumbersUrl: typed })).toEqual(['validation.dialInUrl.invalid']);
  });
});
