import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KEYCHAIN_SERVICE, type Keychain } from '../../../../src/main/credentials/credentials';
import { createKnownSecrets, type KnownSecrets } from '../../../../src/main/log/known-secrets';
import { createLogger, type Logger } from '../../../../src/main/log/logger';
import { createMainServices, type MainServices } from '../../../../src/main/services';
import { createApi, type SprechstundeApi } from '../../../../src/shared/api';
import { mainChannels } from '../../../../src/shared/ipc-channels';
import { draft } from '../../../fixtures/appointments';
import { memoryKeychain } from '../../../fixtures/memory-keychain';
import { jitsiToken } from '../../../fixtures/tokens';

// The services feed what they know (keychain secrets, room names) to the registry
// every logger's sink consults, as index.ts composes them.
const APP = 'app://sprechstunde';
let directory: string;
let keychain: Keychain;

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'sprechstunde-known-secrets-'));
  keychain = memoryKeychain();
});
afterEach(() => rm(directory, { recursive: true, force: true }));

interface Started {
  services: MainServices;
  api: SprechstundeApi;
  known: KnownSecrets;
  lines: string[];
  /** A logger of index.ts or a library's, on the same guarded sink. */
  other: Logger;
}

async function start(): Promise<Started> {
  const lines: string[] = [];
  const known = createKnownSecrets();
  const services = await createMainServices({
    userDataDir: directory,
    systemLocales: ['de-DE'],
    appOrigin: APP,
    settingsPath: join(directory, 'settings.json'),
    createSettingsFile: () => new Conf({ cwd: directory, configName: 'settings' }),
    fetch: () => Promise.reject(new Error('offline')),
    clipboard: { writeText: () => {} },
    saveFile: () => Promise.resolve(null),
    openMeetingWindow: () => Promise.reject(new Error('no meeting here')),
    mainContentsId: 1,
    keychain,
    logSink: (line) => lines.push(line),
    knownSecrets: known,
  });
  const api = createApi(mainChannels, (channel, payload) =>
    services.router.dispatch(channel, payload, {
      url: `${APP}/index.html`,
      isMainFrame: true,
      contentsId: 1,
    }),
  );
  const other = createLogger(
    'library',
    known.guard((line) => lines.push(line)),
  );
  return { services, api, known, lines, other };
}

function value<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

async function roomPasswordOf(id: string): Promise<string> {
  const password = await keychain.getPassword(KEYCHAIN_SERVICE, `room-password/${id}`);
  if (password === null) throw new Error('no room password in the keychain');
  return password;
}

/** Every 16-character part of a value, each of which must stay out of the log. */
function partsOf(secret: string): string[] {
  return Array.from({ length: secret.length - 15 }, (_, start) => secret.slice(start, start + 16));
}

describe('secrets the app knows', () => {
  it('never reach the log: a room password, a room name and a token made through the router', async () => {
    const { services, api, lines, other } = await start();
    value(await api.settings.update({ serverUrl: 'https://meet.example.org' }));
    const appointment = value(await api.appointments.create(draft()));
    value(await api.invitation.get({ id: appointment.id, language: 'de' }));
    const password = await roomPasswordOf(appointment.id);
    const token = await jitsiToken(30);
    value(await api.token.save({ token }));

    // A page sending the token out as a host name: the network guard logs the host.
    const signature = token.split('.')[2]!;
    const label = signature.slice(0, 30);
    expect(services.network.filter({ url: `https://${label}.exfil.test/` }).action).toBe('block');
    // What a library's error text or a wrapped line could carry.
    other.warn(`Raum ${appointment.roomName.toUpperCase()} betreten`);
    other.warn(`Zugang:${password}(heute)`);
    other.warn(`jwt ${token.slice(0, 60)}\n${token.slice(60)}`);
    other.warn(`signature ${signature.slice(0, 20)} ${signature.slice(20)}`);

    const log = lines.join('\n');
    expect(log).toContain('services ready');
    expect(log).toContain('.exfil.test');
    for (const secret of [appointment.roomName, password, token]) {
      for (const part of partsOf(secret))
        expect(log.toLowerCase()).not.toContain(part.toLowerCase());
    }
    expect(log.toLowerCase()).not.toContain(label.toLowerCase().slice(0, 16));
  });

  it('include the room names of a store opened at start, and not what was deleted', async () => {
    const first = await start();
    value(await first.api.settings.update({ serverUrl: 'https://meet.example.org' }));
    const kept = value(await first.api.appointments.create(draft()));
    const deleted = value(await first.api.appointments.create(draft({ title: 'Zweiter Termin' })));

    const { api, known } = await start();
    expect(known.redact(`${kept.roomName} ${deleted.roomName}`.toUpperCase())).toBe(
      '[secret] [secret]',
    );
    value(await api.invitation.get({ id: deleted.id, language: 'de' }));
    const password = await roomPasswordOf(deleted.id);
    const token = await jitsiToken(30);
    value(await api.token.save({ token }));
    expect(known.redact(`${password} ${token}`)).toBe('[secret] [secret]');

    value(await api.appointments.delete({ id: deleted.id }));
    value(await api.token.delete());
    const gone = `${deleted.roomName.toUpperCase()} ${password} ${token}`;
    expect(known.redact(gone)).toBe(gone);
    expect(known.redact(kept.roomName)).toBe('[secret]');
  });
});
