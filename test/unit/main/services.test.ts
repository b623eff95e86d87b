import type { SettingsView, StartupNotice } from '../../../src/shared/ipc-contract';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainServices, type MainServices } from '../../../src/main/services';
import type { Fetch } from '../../../src/main/network/server-status';
import type { MeetingWindow } from '../../../src/main/consultation/consultations';
import {
  createApi,
  requestFirstScreen,
  type MeetingApi,
  type SprechstundeApi,
} from '../../../src/shared/api';
import { mergePolicy, noPolicy, type Policy } from '../../../src/shared/effective-settings';
import { mainChannels, meetingChannels } from '../../../src/shared/ipc-channels';
import { draft } from '../../fixtures/appointments';
import { createTestChain, type TestChain } from '../../fixtures/certificates';
import { memoryKeychain } from '../../fixtures/memory-keychain';

const APP = 'app://sprechstunde';
let directory: string;
let copied: string[] = [];
let saved: { name: string; content: string }[] = [];
let chains: { pinned: TestChain; presented: TestChain };
const MAIN_WINDOW = 1;
const MEETING_WINDOW = 2;
/** Another page of the app's origin: the screen-sharing bar, a stray or second window. */
const OTHER_WINDOW = 3;

/** A meeting window as the consultation sees it; the test closes it as the counsellor would. */
interface FakeMeetingWindow extends MeetingWindow {
  events: string[];
  closeByUser(): void;
}
let meetingWindows: FakeMeetingWindow[] = [];
/** What the consultation asked for when it opened each meeting window. */
let meetingWindowRequests: { title: string; relayOnly: boolean }[] = [];
/** The next meeting window's page fails to load (as Electron's loadURL rejects). */
let nextLoadFails = false;

function fakeMeetingWindow(loadFails = false): FakeMeetingWindow {
  let closeWindow = () => {};
  const events: string[] = [];
  const closed = new Promise<void>((resolve) => (closeWindow = resolve));
  return {
    contentsId: MEETING_WINDOW,
    events,
    closed,
    load: () => {
      events.push('load');
      return loadFails
        ? Promise.reject(new Error("ERR_FAILED (-2) loading 'app://sprechstunde/meeting.html'"))
        : Promise.resolve();
    },
    close: () => {
      events.push('close');
      closeWindow();
    },
    closeByUser: () => closeWindow(),
    wipe: () => {
      events.push('wipe');
      return Promise.resolve();
    },
  };
}
const reachable: Fetch = () => Promise.resolve(new Response(null, { status: 200 }));

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
  meetingWindows = [];
  meetingWindowRequests = [];
  nextLoadFails = false;
  directory = await mkdtemp(join(tmpdir(), 'sprechstunde-services-'));
});
afterEach(() => rm(directory, { recursive: true, force: true }));

async function start(
  fetch: Fetch = () => Promise.reject(new Error('offline')),
  now: () => Date = () => new Date(),
  policy: Policy = noPolicy,
) {
  const services = await createMainServices({
    now,
    policy: { current: () => policy },
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
    openMeetingWindow: (request) => {
      meetingWindowRequests.push(request);
      const window = fakeMeetingWindow(nextLoadFails);
      nextLoadFails = false;
      meetingWindows.push(window);
      return Promise.resolve(window);
    },
    mainContentsId: MAIN_WINDOW,
    keychain: memoryKeychain(),
    logSink: () => {},
    logPath: join(directory, 'logs', 'sprechstunde.log'),
  });
  const from = (contentsId: number, page: string) => ({
    url: `${APP}/${page}`,
    isMainFrame: true,
    contentsId,
  });
  const api: SprechstundeApi = createApi(mainChannels, (channel, payload) =>
    services.router.dispatch(channel, payload, from(MAIN_WINDOW, 'index.html')),
  );
  const meeting: MeetingApi = createApi(meetingChannels, (channel, payload) =>
    services.router.dispatch(channel, payload, from(MEETING_WINDOW, 'meeting.html')),
  );
  return { services, api, meeting, from };
}

/** Resolves once the consultation has opened its (fake) meeting window number `count` and loaded it. */
async function meetingWindowOpened(count = 1): Promise<FakeMeetingWindow> {
  await vi.waitFor(() => {
    if (!meetingWindows[count - 1]?.events.includes('load'))
      throw new Error('no meeting window yet');
  });
  return meetingWindows[count - 1]!;
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
    expect(services.contentSecurityPolicy('/meeting.html')).toContain(
      'frame-src https://meet.example.org;',
    );
    expect(services.contentSecurityPolicy('/index.html')).toContain("frame-src 'none';");
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

  it('keep every setting when a change names keys as undefined, and the network decision still works', async () => {
    const { services, api, from } = await start(reachable);
    value(await api.settings.update({ serverUrl: 'https://meet.example.org' }));
    // What an IPC message can carry: Electron's structured clone keeps undefined values.
    const reply = await services.router.dispatch(
      'settings:update',
      {
        extraOrigins: undefined,
        spkiPins: undefined,
        iceServers: undefined,
        retentionDays: undefined,
      },
      from(MAIN_WINDOW, 'index.html'),
    );
    expect(reply.ok).toBe(true);
    const { settings } = (reply as { ok: true; value: SettingsView }).value;
    expect(settings).toMatchObject({
      extraOrigins: [],
      spkiPins: [],
      iceServers: [],
      retentionDays: 30,
    });
    expect(services.network.filter({ url: 'https://evil.test/', resourceType: 'xhr' }).action).toBe(
      'block',
    );
  });

  it('run a consultation: meeting window, blocks counted, partition wiped, report kept', async () => {
    const { services, api, meeting } = await start(reachable);
    value(await api.settings.update({ serverUrl: 'https://meet.example.org:8443' }));
    value(await api.token.save({ token: jwtFor({ context: { user: { name: 'Frau Berg' } } }) }));
    const appointment = value(await api.appointments.create(draft({ access: 'password-only' })));
    expect(value(await api.consultation.report())).toBeNull();

    const joined = api.consultation.join({ id: appointment.id, asGuest: false });
    const window = await meetingWindowOpened();
    const spec = value(await meeting.meeting.spec());
    expect(spec).toMatchObject({
      serverOrigin: 'https://meet.example.org:8443',
      domain: 'meet.example.org:8443',
      roomName: appointment.roomName,
      displayName: 'Frau Berg',
      language: 'de',
      access: 'password-only',
    });
    expect(spec.jwt).toMatch(/^ey/);
    expect(spec.roomPassword).toMatch(/^[a-km-np-z2-9]{4}(-[a-km-np-z2-9]{4}){3}$/);
    // The client's data stays in the main window.
    expect(JSON.stringify(spec)).not.toContain('K-17');
    expect(spec.configOverwrite).toMatchObject({ disableThirdPartyRequests: true });

    services.network.filter({ url: 'https://www.gravatar.com/avatar/1' });
    services.network.filter({ url: 'https://meet.example.org:8443/http-bind' });
    expect(value(await meeting.meeting.report())).toEqual({
      total: 1,
      hosts: [{ host: 'www.gravatar.com', count: 1 }],
    });
    expect(value(await api.consultation.report())).toMatchObject({ id: appointment.id });

    value(await meeting.meeting.leave());
    const ended = value(await joined);
    expect(window.events).toEqual(['load', 'close', 'wipe']);
    expect(ended.report).toEqual({ total: 1, hosts: [{ host: 'www.gravatar.com', count: 1 }] });
    expect(ended.appointment.privacyReport).toEqual(ended.report);
    expect(value(await api.consultation.report())).toBeNull();

    // A second consultation adds to the appointment's report; closing the window ends it too.
    const again = api.consultation.join({ id: appointment.id, asGuest: false });
    const second = await meetingWindowOpened(2);
    services.network.filter({ url: 'wss://rtcstats.jitsi.net/' });
    second.closeByUser();
    expect(value(await again).appointment.privacyReport).toEqual({
      total: 2,
      hosts: [
        { host: 'rtcstats.jitsi.net', count: 1 },
        { host: 'www.gravatar.com', count: 1 },
      ],
    });
    expect(second.events).toEqual(['load', 'wipe']);
  });

  it('keep each window to its own channels', async () => {
    const { api, meeting, services, from } = await start(reachable);
    value(await api.settings.update({ serverUrl: 'https://meet.example.org' }));
    const appointment = value(await api.appointments.create(draft()));
    const joined = api.consultation.join({ id: appointment.id, asGuest: true });
    await meetingWindowOpened();

    // The meeting window runs the server's script: no appointment, token or setting for it.
    for (const channel of ['appointments:query', 'token:status', 'consultation:join'] as const) {
      expect(
        await services.router.dispatch(channel, undefined, from(MEETING_WINDOW, 'meeting.html')),
      ).toEqual({ ok: false, error: { code: 'untrusted-sender' } });
    }
    // And the main window does not get the meeting's token and password.
    expect(
      await services.router.dispatch('meeting:spec', undefined, from(MAIN_WINDOW, 'index.html')),
    ).toEqual({ ok: false, error: { code: 'untrusted-sender' } });
    expect(value(await meeting.meeting.spec()).jwt).toBeNull();
    value(await meeting.meeting.leave());
    value(await joined);
    // Once the consultation is over, its window is nobody.
    expect(await meeting.meeting.spec()).toEqual({
      ok: false,
      error: { code: 'untrusted-sender' },
    });
  });

  it('refuse to join without server, token or consent, or twice at once', async () => {
    let online = false;
    let clock = new Date('2026-11-23T09:00:00Z');
    const { api } = await start(
      () => (online ? reachable('', {}) : Promise.reject(new Error('offline'))),
      () => clock,
    );
    const appointment = value(await api.appointments.create(draft()));
    const join = (asGuest: boolean) => api.consultation.join({ id: appointment.id, asGuest });
    const refusal = async (asGuest: boolean) => {
      const result = await join(asGuest);
      return result.ok ? 'joined' : result.error.code;
    };

    expect(await refusal(true)).toBe('server-not-configured');
    value(await api.settings.update({ serverUrl: 'https://meet.example.org' }));
    expect(await refusal(true)).toBe('server-unreachable');
    online = true;
    expect(await refusal(false)).toBe('token-required');
    // An expired token is no token.
    value(await api.token.save({ token: jwtFor({ exp: clock.getTime() / 1000 + 60 }) }));
    clock = new Date(clock.getTime() + 61_000);
    expect(await refusal(false)).toBe('token-required');
    expect(meetingWindows).toHaveLength(0);

    const first = join(true);
    await meetingWindowOpened();
    expect(await refusal(true)).toBe('consultation-running');
    meetingWindows[0]!.closeByUser();
    value(await first);
    expect(
      await api.consultation.join({ id: globalThis.crypto.randomUUID(), asGuest: true }),
    ).toEqual({ ok: false, error: { code: 'not-found' } });
  });

  it('follow the organisation’s policy: locked settings refused, guests only if allowed', async () => {
    const policy = mergePolicy([
      {
        source: 'HKLM\\SOFTWARE\\Policies\\Sprechstunde',
        values: { ServerUrl: 'https://meet.example.org', AllowGuestJoin: false },
      },
    ]);
    const { api } = await start(reachable, () => new Date(), policy);
    const view = value(await api.settings.view());
    expect(view.settings.serverUrl).toBe('https://meet.example.org');
    expect(view.managed).toMatchObject({ allowGuestJoin: false, networkClosed: false });
    expect(await api.settings.update({ serverUrl: 'https://elsewhere.example' })).toEqual({
      ok: false,
      error: {
        code: 'setting-locked',
        issues: [{ path: 'serverUrl', message: 'validation.setting.locked' }],
      },
    });
    const appointment = value(await api.appointments.create(draft()));
    expect(await api.consultation.join({ id: appointment.id, asGuest: true })).toEqual({
      ok: false,
      error: { code: 'guest-join-not-allowed' },
    });
    expect(meetingWindows).toHaveLength(0);
  });

  it('keep the network closed on an invalid network policy, with appointments still readable', async () => {
    const policy = mergePolicy([
      {
        source: '/etc/sprechstunde/policy.json',
        values: { ServerUrl: 'https://meet.example.org', SpkiPins: ['not a pin'] },
      },
    ]);
    const { api, services } = await start(reachable, () => new Date(), policy);
    const appointment = value(await api.appointments.create(draft()));
    expect(value(await api.appointments.get({ id: appointment.id })).title).toBe(appointment.title);
    expect(value(await api.settings.view()).managed.problems).toEqual([
      {
        key: 'SpkiPins',
        source: '/etc/sprechstunde/policy.json',
        problem: 'validation.spkiPins.invalid',
      },
    ]);
    expect(
      services.network.filter({
        url: 'https://meet.example.org/external_api.js',
        resourceType: 'script',
      }),
    ).toMatchObject({ action: 'block' });
    expect(
      services.network.filter({ url: `${APP}/index.html`, resourceType: 'mainFrame' }),
    ).toMatchObject({ action: 'allow' });
    expect(services.contentSecurityPolicy('meeting.html')).not.toContain('meet.example.org');
    expect(await api.consultation.join({ id: appointment.id, asGuest: true })).toEqual({
      ok: false,
      error: { code: 'policy-invalid' },
    });
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
    const password = /: ([a-z2-9-]{19})$/.exec(german.password ?? '')?.[1];
    expect(password).toMatch(/^[a-km-np-z2-9]{4}(-[a-km-np-z2-9]{4}){3}$/);
    expect(english.password?.endsWith(password!)).toBe(true);
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

  it('close and wipe a meeting window whose page does not load, and tell the main window why', async () => {
    const { api, services, from } = await start(reachable);
    value(await api.settings.update({ serverUrl: 'https://meet.example.org' }));
    const appointment = value(await api.appointments.create(draft()));

    nextLoadFails = true;
    expect(await api.consultation.join({ id: appointment.id, asGuest: true })).toEqual({
      ok: false,
      error: { code: 'meeting-window-failed' },
    });
    const [failed] = meetingWindows;
    expect(failed!.events).toEqual(['load', 'close', 'wipe']);
    expect(value(await api.consultation.report())).toBeNull();
    // The failed window is nobody: no spec with the room password, no main channel.
    for (const channel of ['meeting:spec', 'appointments:query'] as const) {
      expect(
        await services.router.dispatch(channel, undefined, from(MEETING_WINDOW, 'meeting.html')),
      ).toEqual({ ok: false, error: { code: 'untrusted-sender' } });
    }

    // Nothing is held: the next try opens a new window.
    const again = api.consultation.join({ id: appointment.id, asGuest: true });
    const second = await meetingWindowOpened(2);
    second.closeByUser();
    value(await again);
  });

  it('answer the main window’s channels only from the main window’s web contents', async () => {
    const { api, meeting, services, from } = await start(reachable);
    const dispatch = (channel: 'token:status' | 'appointments:query', contentsId: number) =>
      services.router.dispatch(channel, undefined, from(contentsId, 'index.html'));
    const refused = { ok: false, error: { code: 'untrusted-sender' } };

    // A second page of the app's own origin, even the main page itself, is not the main window.
    expect((await dispatch('token:status', MAIN_WINDOW)).ok).toBe(true);
    expect(await dispatch('token:status', OTHER_WINDOW)).toEqual(refused);
    expect(
      await services.router.dispatch('token:status', undefined, {
        url: `${APP}/index.html`,
        isMainFrame: true,
      }),
    ).toEqual(refused);

    // Nor is the running meeting window, or another page while it runs.
    value(await api.settings.update({ serverUrl: 'https://meet.example.org' }));
    const appointment = value(await api.appointments.create(draft()));
    const joined = api.consultation.join({ id: appointment.id, asGuest: true });
    await meetingWindowOpened();
    expect(await dispatch('token:status', MEETING_WINDOW)).toEqual(refused);
    expect(
      await services.router.dispatch(
        'meeting:report',
        undefined,
        from(OTHER_WINDOW, 'meeting.html'),
      ),
    ).toEqual(refused);
    value(await meeting.meeting.leave());
    value(await joined);

    // A second start re-creates the main window: the new one is trusted, the old one no longer.
    services.setMainContentsId(OTHER_WINDOW);
    expect((await dispatch('token:status', OTHER_WINDOW)).ok).toBe(true);
    expect(await dispatch('token:status', MAIN_WINDOW)).toEqual(refused);
  });

  it('refuse the main window’s channels before there is a main window', async () => {
    const services = await createMainServices({
      userDataDir: directory,
      systemLocales: ['de-DE'],
      appOrigin: APP,
      settingsPath: join(directory, 'settings.json'),
      createSettingsFile: () => new Conf({ cwd: directory, configName: 'settings' }),
      fetch: reachable,
      clipboard: { writeText: () => {} },
      saveFile: () => Promise.resolve(null),
      openMeetingWindow: () => Promise.reject(new Error('no meeting here')),
      keychain: memoryKeychain(),
      logSink: () => {},
    });
    const sender = { url: `${APP}/index.html`, isMainFrame: true, contentsId: MAIN_WINDOW };
    expect(await services.router.dispatch('token:status', undefined, sender)).toEqual({
      ok: false,
      error: { code: 'untrusted-sender' },
    });
    services.setMainContentsId(MAIN_WINDOW);
    expect((await services.router.dispatch('token:status', undefined, sender)).ok).toBe(true);
  });

  it('give the meeting page its spec once, and the title only to the window’s title bar', async () => {
    const clock = new Date('2026-11-24T08:30:00.000Z');
    const { api, meeting } = await start(reachable, () => clock);
    value(await api.settings.update({ serverUrl: 'https://meet.example.org' }));
    const appointment = value(
      await api.appointments.create(draft({ start: '2026-11-24T09:00:00.000Z' })),
    );
    const joined = api.consultation.join({ id: appointment.id, asGuest: true });
    await meetingWindowOpened();

    const spec = value(await meeting.meeting.spec());
    expect(spec.roomPassword).toMatch(/^[a-km-np-z2-9-]{19}$/);
    // A reload of the page, or any other script in it, gets no token or password.
    expect(await meeting.meeting.spec()).toEqual({
      ok: false,
      error: { code: 'meeting-spec-already-read' },
    });
    // The other meeting channels keep working.
    expect(value(await meeting.meeting.report())).toEqual({ total: 0, hosts: [] });

    // The appointment's title is in the title bar main sets, never in what the page reads.
    const end = new Date('2026-11-24T09:50:00.000Z').toLocaleTimeString('de-DE', {
      hour: '2-digit',
      minute: '2-digit',
    });
    expect(meetingWindowRequests).toEqual([
      {
        title: `Erstgespräch Schuldnerberatung – bis ${end} Uhr – Sprechstunde`,
        relayOnly: false,
      },
    ]);
    expect(JSON.stringify(spec)).not.toContain('Erstgespräch');
    value(await meeting.meeting.leave());
    value(await joined);
  });
});

describe('copies kept aside', () => {
  it('are deleted at start once their 30 days are over: the store’s, the settings’ and the log’s', async () => {
    const now = new Date('2026-11-23T10:00:00.000Z');
    const ago = (days: number) =>
      new Date(now.getTime() - days * 86_400_000).toISOString().replace(/[:.]/g, '-');
    await mkdir(join(directory, 'logs'));
    const expired = [
      `appointments.sealed.v1-${ago(31)}`,
      `appointments.json.corrupt-${ago(30)}`,
      `settings.json.unreadable-${ago(45)}`,
      `logs.symlink-${ago(60)}`,
      join('logs', `sprechstunde.log.unreadable-${ago(90)}`),
    ];
    const recent = `appointments.sealed.undecryptable-${ago(29)}`;
    for (const name of [...expired, recent]) await writeFile(join(directory, name), 'aside');
    await start(undefined, () => now);
    const left = await readdir(directory);
    expect(left).toContain(recent);
    expect(left.filter((name) => name.includes('-2026-'))).toEqual([recent]);
    expect(await readdir(join(directory, 'logs'))).toEqual([]);
  });
});

describe('a consultation joined with "relay only"', () => {
  it('opens its window with the setting as it was when joining', async () => {
    const { api, meeting } = await start(reachable);
    value(await api.settings.update({ serverUrl: 'https://meet.example.org', relayOnly: true }));
    const appointment = value(await api.appointments.create(draft()));
    const joined = api.consultation.join({ id: appointment.id, asGuest: true });
    await meetingWindowOpened();
    // Changed during the meeting: the window opened with what applied at joining.
    value(await api.settings.update({ relayOnly: false }));
    expect(meetingWindowRequests.map((request) => request.relayOnly)).toEqual([true]);
    value(await meeting.meeting.leave());
    value(await joined);
  });
});

/** An HS256-shaped token; main reads but never verifies it (the server does). */
function jwtFor(claims: Record<string, unknown>): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ aud: 'jitsi', ...claims })}.c2lnbmF0dXJl`;
}

describe('notices that arise while the app runs', () => {
  it('reach the next first screen: an update that was not installed', async () => {
    const running: StartupNotice[] = [];
    const services = await createMainServices({
      userDataDir: directory,
      systemLocales: ['de-DE'],
      appOrigin: APP,
      settingsPath: join(directory, 'settings.json'),
      createSettingsFile: () => new Conf({ cwd: directory, configName: 'settings' }),
      fetch: reachable,
      clipboard: { writeText: () => {} },
      saveFile: () => Promise.resolve(null),
      openMeetingWindow: () => Promise.reject(new Error('no meeting here')),
      keychain: memoryKeychain(),
      logSink: () => {},
      mainContentsId: MAIN_WINDOW,
      runningNotices: () => running,
    });
    const api: SprechstundeApi = createApi(mainChannels, (channel, payload) =>
      services.router.dispatch(channel, payload, {
        url: `${APP}/index.html`,
        isMainFrame: true,
        contentsId: MAIN_WINDOW,
      }),
    );
    expect(value(await requestFirstScreen(api)).notices).toEqual([]);
    running.push({ kind: 'update-failed', reason: 'checksum-mismatch' });
    expect(value(await requestFirstScreen(api)).notices).toEqual([
      { kind: 'update-failed', reason: 'checksum-mismatch' },
    ]);
  });
});
