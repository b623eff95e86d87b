import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { invitationHandlers } from '../../../../src/main/handlers/invitation';
import { createDialIn } from '../../../../src/main/network/dial-in';
import { createNetworkGuard } from '../../../../src/main/network/network-guard';
import { defaultUserSettings } from '../../../../src/shared/settings';
import { appointment } from '../../../fixtures/appointments';
import { startDialInServer } from '../../../fixtures/dial-in-server';

let services: Awaited<ReturnType<typeof startDialInServer>>;
let logged: string[];

beforeAll(async () => {
  services = await startDialInServer();
});
afterAll(() => services.close());
beforeEach(() => {
  services.answers.clear();
  services.requested.length = 0;
  logged = [];
});

const log = {
  info: (line: string) => logged.push(line),
  warn: (line: string) => logged.push(line),
  error: (line: string) => logged.push(line),
};

/** The configured server is the stand-in's origin: the network policy allows it alone. */
function lookUp(urls: { numbers: string | null; code: string | null }, maxBytes?: number) {
  const settings = { ...defaultUserSettings, serverUrl: services.origin };
  const network = createNetworkGuard({
    settings: () => settings,
    appOrigins: ['app://sprechstunde'],
    log,
  });
  return createDialIn({
    fetch: services.fetch,
    networkPolicy: () => network.policy(),
    urls: () => urls,
    timeoutMs: 1_000,
    ...(maxBytes ? { maxBytes } : {}),
    log,
  });
}

// Shapes as jitsi-meet reads them (react/features/invite/functions.ts, _utils.ts).
const numbersArray = JSON.stringify([
  { countryCode: 'de', tollFree: false, formattedNumber: '+49 89 380 38719', default: true },
]);
const notConfigured = { kind: 'not-configured' };
const unavailable = { kind: 'unavailable' };
const code = (room: string) =>
  JSON.stringify({ conference: `${room}@conference.localhost`, id: 123456789, message: 'ok' });

describe('dial-in fetched by main', () => {
  const stored = appointment();
  const urls = () => ({
    numbers: `${services.origin}/dialin/numbers`,
    code: `${services.origin}/dialin/mapper`,
  });

  it('asks both services as Jitsi does and hands back numbers and code', async () => {
    services.answers.set('/dialin/numbers', { body: numbersArray });
    services.answers.set('/dialin/mapper', { body: code(stored.roomName) });
    expect(await lookUp(urls())(stored.roomName, services.origin)).toEqual({
      kind: 'found',
      dialIn: { numbers: ['+49 89 380 38719 (DE)'], code: '123456789' },
    });
    expect(services.requested.sort()).toEqual([
      `/dialin/mapper?conference=${stored.roomName}@conference.localhost&url=${services.origin}/${stored.roomName}`,
      `/dialin/numbers?conference=${stored.roomName}@conference.localhost`,
    ]);
  });

  it('asks nothing when dial-in is not configured, or only half of it', async () => {
    expect(await lookUp({ numbers: null, code: null })(stored.roomName, services.origin)).toEqual(
      notConfigured,
    );
    expect(await lookUp({ ...urls(), code: null })(stored.roomName, services.origin)).toEqual(
      notConfigured,
    );
    expect(services.requested).toEqual([]);
    expect(logged).toEqual([]);
  });

  it('never asks an origin the network policy does not allow', async () => {
    const elsewhere = { numbers: 'https://dialin.elsewhere.example/numbers', code: urls().code };
    expect(await lookUp(elsewhere)(stored.roomName, services.origin)).toEqual(unavailable);
    expect(services.requested).toEqual([]);
    expect(logged).toEqual(['dial-in left out: origin not allowed by the network policy']);
  });

  it('leaves dial-in out on an error, an unknown shape, a too large or a missing answer, and says why without the room', async () => {
    services.answers.set('/dialin/mapper', { body: code(stored.roomName) });
    services.answers.set('/dialin/numbers', { status: 500, body: '{}' });
    expect(await lookUp(urls())(stored.roomName, services.origin)).toEqual(unavailable);
    services.answers.set('/dialin/numbers', { body: '{"numbers":"call us"}' });
    expect(await lookUp(urls())(stored.roomName, services.origin)).toEqual(unavailable);
    services.answers.set('/dialin/numbers', { body: numbersArray });
    expect(await lookUp(urls(), 64)(stored.roomName, services.origin)).toEqual(unavailable);
    services.answers.set('/dialin/numbers', 'hold');
    expect(await lookUp(urls())(stored.roomName, services.origin)).toEqual(unavailable);
    expect(logged).toEqual([
      'dial-in left out: HTTP 500',
      'dial-in left out: answer has an unknown shape',
      'dial-in left out: answer too large',
      expect.stringMatching(/^dial-in left out: (no answer in time|unreachable)$/),
    ]);
    expect(logged.join('\n')).not.toContain(stored.roomName);
  });

  it('puts numbers and code into the invitation, and leaves the invitation as it was when they fail', async () => {
    const handlers = (dialIn: ReturnType<typeof lookUp>) =>
      invitationHandlers({
        appointments: { get: () => stored },
        settings: { view: () => ({ settings: { serverUrl: services.origin } }) as never },
        roomPasswords: { get: () => Promise.resolve('room-password') },
        saveFile: () => Promise.resolve(null),
        clipboard: { writeText: () => {} },
        now: () => new Date(),
        dialIn,
      })['invitation:get']({ id: stored.id, language: 'de' });
    const without = await handlers(lookUp({ numbers: null, code: null }));

    services.answers.set('/dialin/numbers', { body: numbersArray });
    services.answers.set('/dialin/mapper', { body: code(stored.roomName) });
    const withDialIn = await handlers(lookUp(urls()));
    expect(withDialIn.invitation).toContain(
      'Sie können auch per Telefon teilnehmen: +49 89 380 38719 (DE), Konferenz-Code: 123456789#',
    );
    expect(withDialIn.invitation.replace(/Sie können auch per Telefon[^\n]*\n\n/, '')).toBe(
      without.invitation,
    );

    services.answers.set('/dialin/mapper', { status: 404, body: '{}' });
    expect(await handlers(lookUp(urls()))).toEqual({ ...without, dialIn: 'unavailable' });
    expect(without.dialIn).toBe('not-configured');
    expect(withDialIn.dialIn).toBe('found');
  });
});
