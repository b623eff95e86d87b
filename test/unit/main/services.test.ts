import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMainServices, type MainServices } from '../../../src/main/services';
import type { Fetch } from '../../../src/main/network/server-status';
import { createApi, type SprechstundeApi } from '../../../src/shared/api';
import { draft } from '../../fixtures/appointments';
import { createTestChain, type TestChain } from '../../fixtures/certificates';
import { memoryKeychain } from '../../fixtures/memory-keychain';

const APP = 'app://sprechstunde';
let directory: string;
let copied: string[] = [];
let saved: { name: string; content: string }[] = [];
let chains: { pinned: TestChain; presented: TestChain };

beforeAll(async () => {
  const [pinned, presented] = await Promise.all([
    createTestChain(['meet.example.org']),
    createTestChain(['meet.example.org']),
  ]);
  chains = { pinned, presented };
});
beforeEach(async () => {
  copied = [];
  saved = [];
  directory = await mkdtemp(join(tmpdir(), 'sprechstunde-services-'));
});
afterEach(() => rm(directory, { recursive: true, force: true }));

async function start(fetch: Fetch = () => Promise.reject(new Error('offline'))) {
  const services = await createMainServices({
    userDataDir: directory,
    systemLocales: ['de-DE'],
    appOrigin: APP,
    settingsPath: join(directory, 'settings.json'),
    createSettingsFile: () => new Conf({ cwd: directory, configName: 'settings' }),
    fetch,
    clipboard: { writeText: (text) => copied.push(text) },
    saveFile: (name, content) => {
      saved.push({ name, content });
      return Promise.resolve(`/downloads/${name}`);
    },
    keychain: memoryKeychain(),
    logSink: () => {},
  });
  const api: SprechstundeApi = createApi(async (channel, payload) =>
    services.router.dispatch(channel, payload, { url: `${APP}/index.html`, isMainFrame: true }),
  );
  return { services, api };
}

function value<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

describe('main services', () => {
  it('apply a saved network setting to the policy at once', async () => {
    const { services, api } = await start();
    expect(services.network.filter({ url: 'https://meet.example.org/' }).action).toBe('block');
    value(await api.settings.update({ serverUrl: 'https://meet.example.org/' }));
    expect(services.network.filter({ url: 'https://meet.example.org/' }).action).toBe('allow');
    expect(services.contentSecurityPolicy()).toContain('frame-src https://meet.example.org;');
  });

  it('say which server failed its pin, when that is why it is unreachable', async () => {
    const running: { services?: MainServices } = {};
    // As Electron's net.fetch does: the verify proc runs, refuses, the fetch fails.
    const fetchThroughPins: Fetch = () => {
      const accepted = running.services!.network.acceptsCertificate({
        hostname: 'meet.example.org',
        chain: [chains.presented.leaf.cert, chains.presented.ca.cert],
      });
      return Promise.reject(new Error(accepted ? 'offline' : 'net::ERR_FAILED'));
    };
    const started = await start(fetchThroughPins);
    running.services = started.services;
    value(
      await started.api.settings.update({
        serverUrl: 'https://meet.example.org',
        spkiPins: [chains.pinned.ca.pin],
      }),
    );
    expect(value(await started.api.server.status())).toMatchObject({
      state: 'certificate-refused',
      host: 'meet.example.org',
    });
    value(await started.api.settings.update({ spkiPins: [chains.presented.ca.pin] }));
    expect(value(await started.api.server.status()).state).toBe('unreachable');
  });

  it('count what is blocked during a consultation and keep it on the appointment', async () => {
    const { services, api } = await start();
    value(await api.settings.update({ serverUrl: 'https://meet.example.org' }));
    const appointment = value(await api.appointments.create(draft()));
    expect(value(await api.consultation.report())).toBeNull();

    value(await api.consultation.start({ id: appointment.id }));
    services.network.filter({ url: 'https://www.gravatar.com/avatar/1' });
    services.network.filter({ url: 'https://meet.example.org/http-bind' });
    expect(value(await api.consultation.report())).toEqual({
      id: appointment.id,
      report: { total: 1, hosts: [{ host: 'www.gravatar.com', count: 1 }] },
    });
    const ended = value(await api.consultation.end());
    expect(ended?.privacyReport).toEqual({
      total: 1,
      hosts: [{ host: 'www.gravatar.com', count: 1 }],
    });

    // A second consultation of the same appointment adds to the report.
    value(await api.consultation.start({ id: appointment.id }));
    services.network.filter({ url: 'https://www.gravatar.com/avatar/2' });
    services.network.filter({ url: 'wss://rtcstats.jitsi.net/' });
    value(await api.consultation.end());
    expect(value(await api.appointments.get({ id: appointment.id })).privacyReport).toEqual({
      total: 3,
      hosts: [
        { host: 'www.gravatar.com', count: 2 },
        { host: 'rtcstats.jitsi.net', count: 1 },
      ],
    });
    expect(value(await api.consultation.end())).toBeNull();
  });

  it('refuse to start a consultation for an appointment that does not exist', async () => {
    const { api } = await start();
    const result = await api.consultation.start({ id: globalThis.crypto.randomUUID() });
    expect(result).toEqual({ ok: false, error: { code: 'not-found' } });
  });

  it('make the invitation with a room password kept in the keychain, made once', async () => {
    const { api } = await start();
    const appointment = value(await api.appointments.create(draft()));
    expect(await api.invitation.get({ id: appointment.id, language: 'de' })).toEqual({
      ok: false,
      error: { code: 'server-not-configured' },
    });
    value(await api.settings.update({ serverUrl: 'https://meet.example.org' }));

    // Asked twice at once: still one password.
    const [first, second] = await Promise.all([
      api.invitation.get({ id: appointment.id, language: 'de' }),
      api.invitation.get({ id: appointment.id, language: 'en' }),
    ]);
    const german = value(first);
    const english = value(second);
    expect(german.link).toBe(`https://meet.example.org/${appointment.roomName}`);
    const password = /: ([a-z2-9-]{19})$/.exec(german.password)?.[1];
    expect(password).toMatch(/^[a-km-np-z2-9]{4}(-[a-km-np-z2-9]{4}){3}$/);
    expect(english.password.endsWith(password!)).toBe(true);
    expect(value(await api.invitation.get({ id: appointment.id, language: 'de' })).password).toBe(
      german.password,
    );
  });

  it('save the .ics through the save dialog and copy texts to the clipboard', async () => {
    const { api } = await start();
    value(await api.settings.update({ serverUrl: 'https://meet.example.org' }));
    const appointment = value(
      await api.appointments.create(draft({ start: '2026-11-24T09:00:00.000Z' })),
    );
    expect(value(await api.invitation.saveIcs({ id: appointment.id, language: 'en' }))).toEqual({
      saved: true,
    });
    expect(saved).toHaveLength(1);
    expect(saved[0]!.name).toMatch(/^Termin-2026-11-24-\d{4}\.ics$/);
    expect(saved[0]!.content).toContain('SUMMARY:Video consultation');
    expect(saved[0]!.content).not.toContain('K-17');
    value(await api.clipboard.writeText({ text: 'Guten Tag' }));
    expect(copied).toEqual(['Guten Tag']);
  });
});
