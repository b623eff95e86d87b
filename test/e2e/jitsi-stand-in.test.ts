import { request as httpsRequest } from 'node:https';
import { SignJWT } from 'jose';
import type { Browser, BrowserContext, FrameLocator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { meetingEventNames } from '../../src/shared/meeting-events';
import { createTestChain, type TestChain } from '../fixtures/certificates';
import type JitsiMeetExternalAPI from '../fixtures/jitsi-stand-in/browser/external-api';
import { E2EE_LABEL } from '../fixtures/jitsi-stand-in/browser/meeting-view';
import { startJitsiStandIn, type JitsiStandIn } from '../fixtures/jitsi-stand-in/server';
import { jitsiToken, unsignedToken } from '../fixtures/tokens';
import { launchChromium } from './browser';

/** What the host page keeps on its window: the API object and every event it heard. */
interface HostWindow {
  JitsiMeetExternalAPI: typeof JitsiMeetExternalAPI;
  api: JitsiMeetExternalAPI;
  apiEvents: { name: string; payload: unknown }[];
}

// Everything the app listens to, what the iframe sends before joining, and the
// events the stand-in reports that the app has no use for.
const listenedEvents = [
  'ready',
  'browserSupport',
  'prejoinScreenLoaded',
  ...meetingEventNames,
  'audioMuteStatusChanged',
  'errorOccurred',
];

/** The allow list external_api.js (2026) gives its iframe. */
const REAL_ALLOW =
  'autoplay; camera; clipboard-write; compute-pressure; display-capture; hid; microphone; screen-wake-lock; speaker-selection';

let chain: TestChain;
let standIn: JitsiStandIn;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  chain = await createTestChain(['localhost', '127.0.0.1']);
  standIn = await startJitsiStandIn({ certificate: chain.leaf });
  browser = await launchChromium([
    `--ignore-certificate-errors-spki-list=${chain.leaf.pin}`,
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
  ]);
});
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});
afterAll(async () => {
  await browser?.close();
  await standIn?.close();
});

const freshRoom = () => `room${Math.random().toString(36).slice(2, 12)}`;

async function newPage(): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  return context.newPage();
}

/**
 * The stand-in's host page, opened at 127.0.0.1 while meetings run on
 * localhost: the IFrame API works across origins, as in the app.
 * `parentStorage` is put into the host's `localStorage['jitsiLocalStorage']` first.
 */
async function embed(
  options: Record<string, unknown>,
  parentStorage?: string,
): Promise<{ host: Page; meeting: FrameLocator }> {
  const host = await newPage();
  await host.goto(`${standIn.origin.replace('localhost', '127.0.0.1')}/test-host.html`);
  await host.evaluate(
    ({ domain, options, listenedEvents, parentStorage }) => {
      if (parentStorage !== undefined) localStorage.setItem('jitsiLocalStorage', parentStorage);
      const page = window as unknown as HostWindow;
      page.apiEvents = [];
      page.api = new page.JitsiMeetExternalAPI(domain, {
        ...options,
        parentNode: document.getElementById('meeting')!,
      });
      for (const name of listenedEvents) {
        page.api.addListener(name, (payload) => page.apiEvents.push({ name, payload }));
      }
    },
    { domain: new URL(standIn.origin).host, options, listenedEvents, parentStorage },
  );
  return { host, meeting: host.frameLocator('iframe') };
}

const events = (host: Page) => host.evaluate(() => (window as unknown as HostWindow).apiEvents);

const eventNames = async (host: Page) => (await events(host)).map(({ name }) => name);

/** The payload of the `count`th event of that name, once it has arrived. */
async function eventPayload(host: Page, name: string, count = 1): Promise<unknown> {
  await host.waitForFunction(
    ([name, count]) =>
      (window as unknown as HostWindow).apiEvents.filter((event) => event.name === name).length >=
      count,
    [name, count] as const,
    { timeout: 10_000 },
  );
  return (await events(host)).filter((event) => event.name === name)[count - 1]!.payload;
}

function command(host: Page, name: string, ...args: unknown[]) {
  return host.evaluate(
    ({ name, args }) => (window as unknown as HostWindow).api.executeCommand(name, ...args),
    { name, args },
  );
}

const UNANSWERED = 'no answer within 5 s';

/**
 * Calls a request method of the API object (or, with `_transport`, sends a
 * raw request as the real object can) and reports how the promise settled.
 */
function ask(host: Page, method: string, ...args: unknown[]): Promise<unknown> {
  return host.evaluate(
    async ({ method, args, unanswered }) => {
      const api = (window as unknown as HostWindow).api;
      const call =
        method === '_transport'
          ? api._transport.sendRequest(args[0] as object)
          : (api as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[method]!(
              ...args,
            );
      const timeout = new Promise((resolve) => setTimeout(() => resolve(unanswered), 5000));
      try {
        return { resolved: await Promise.race([call, timeout]) };
      } catch (error) {
        return { rejected: error instanceof Error ? error.message : error };
      }
    },
    { method, args, unanswered: UNANSWERED },
  );
}

/** A counsellor with a valid token, in the meeting as moderator. */
async function moderatorIn(room: string) {
  const embedded = await embed({
    roomName: room,
    jwt: await jitsiToken(1),
    userInfo: { displayName: 'Beraterin' },
  });
  await embedded.meeting.getByRole('button', { name: 'Join meeting' }).click();
  const joined = (await eventPayload(embedded.host, 'videoConferenceJoined')) as { id: string };
  await eventPayload(embedded.host, 'participantRoleChanged');
  return { ...embedded, id: joined.id };
}

/** A guest embedded without token; `config` is its configOverwrite (no prejoin: it joins at once). */
function guestIn(room: string, name: string, config: Record<string, unknown> = {}) {
  return embed({
    roomName: room,
    userInfo: { displayName: name },
    configOverwrite: { prejoinConfig: { enabled: false }, ...config },
  });
}

/** Somebody who opened the invitation link in a browser and gave a name (prejoin on, as stock). */
async function clientAt(room: string, name: string, hash = ''): Promise<Page> {
  const page = await newPage();
  await page.goto(`${standIn.origin}/${room}${hash}`);
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join meeting' }).click();
  return page;
}

const participant = (name: string) => (state: ReturnType<JitsiStandIn['room']>) =>
  state.participants.find(({ displayName }) => displayName === name);

/** A moderator in a fresh room with the password and/or the lobby set. */
async function securedRoom(lock: { password?: string; lobby?: boolean }) {
  const room = freshRoom();
  const moderator = await moderatorIn(room);
  if (lock.password) await command(moderator.host, 'password', lock.password);
  if (lock.lobby) await command(moderator.host, 'toggleLobby', true);
  await standIn.waitForRoom(
    room,
    (state) => state.password === (lock.password ?? null) && state.lobby === (lock.lobby ?? false),
    'the room secured',
  );
  return { room, moderator };
}

describe('Jitsi stand-in: the IFrame API', () => {
  it('embeds the meeting as external_api.js does and makes a token holder moderator', async () => {
    const room = freshRoom();
    const jwt = await jitsiToken(1);
    const options = {
      roomName: room,
      jwt,
      lang: 'de',
      userInfo: { displayName: 'Beraterin' },
      configOverwrite: { prejoinConfig: { enabled: true }, p2p: { enabled: false } },
      interfaceConfigOverwrite: { SHOW_CHROME_EXTENSION_BANNER: false },
      iceServers: { replace: [{ targetType: 'turn', urls: 'turns:turn.example:443' }] },
      devices: { audioInput: 'Fake Default Audio Input' },
    };
    const { host, meeting } = await embed(options);

    const frame = await host.evaluate(() => {
      const iframe = (window as unknown as HostWindow).api.getIFrame();
      return { src: iframe.src, allow: iframe.allow, name: iframe.name };
    });
    expect(frame.allow).toBe(REAL_ALLOW);
    const url = new URL(frame.src);
    expect(url.origin).toBe(standIn.origin);
    expect(url.pathname).toBe(`/${room}`);
    expect(url.search).toBe(`?jwt=${jwt}&lang=de`);
    const hash = url.hash.slice(1).split('&');
    expect(hash[0]).toMatch(/^jitsi_meet_external_api_id=\d+$/);
    // The token a second time, as JSON in the hash; the browser encodes its quotes.
    expect(hash.slice(1)).toEqual([
      `jwt=%22${jwt}%22`,
      `config.prejoinConfig=${encodeURIComponent('{"enabled":true}')}`,
      `config.p2p=${encodeURIComponent('{"enabled":false}')}`,
      `iceServers.replace=${encodeURIComponent(JSON.stringify(options.iceServers.replace))}`,
      'interfaceConfig.SHOW_CHROME_EXTENSION_BANNER=false',
      `devices.audioInput=${encodeURIComponent('"Fake Default Audio Input"')}`,
      `userInfo.displayName=${encodeURIComponent('"Beraterin"')}`,
      // The parent's localStorage['jitsiLocalStorage'], empty here.
      'appData.localStorageContent=null',
    ]);

    await eventPayload(host, 'browserSupport');
    expect((await eventNames(host)).slice(0, 2)).toEqual(['ready', 'browserSupport']);
    // Prejoin first, the name taken from userInfo.
    expect(await meeting.getByLabel('Your name').inputValue()).toBe('Beraterin');
    await meeting.getByRole('button', { name: 'Join meeting' }).click();

    const joined = (await eventPayload(host, 'videoConferenceJoined')) as { id: string };
    expect(joined).toEqual({
      roomName: room,
      id: joined.id,
      displayName: 'Beraterin',
      formattedDisplayName: 'Beraterin (me)',
      breakoutRoom: false,
    });
    expect(joined.id).toMatch(/^[0-9a-f]{8}$/);
    expect(await eventPayload(host, 'participantRoleChanged')).toEqual({
      id: joined.id,
      role: 'moderator',
    });
    await meeting.getByRole('heading', { name: 'You are in the meeting' }).waitFor();
    expect(await meeting.getByRole('list', { name: 'Participants' }).textContent()).toBe(
      'Beraterin',
    );

    await command(host, 'password', 'geheim-42');
    await command(host, 'toggleLobby', true);
    const locked = await standIn.waitForRoom(
      room,
      (state) => state.password === 'geheim-42' && state.lobby,
      'password and lobby set',
    );
    expect(locked.participants).toEqual([
      expect.objectContaining({
        id: joined.id,
        displayName: 'Beraterin',
        role: 'moderator',
        viaToken: true,
        inMeeting: true,
        stage: 'meeting',
      }),
    ]);
    expect(locked.commands).toEqual([
      { participantId: joined.id, name: 'password', args: ['geheim-42'] },
      { participantId: joined.id, name: 'toggle-lobby', args: [true] },
    ]);
    expect(locked.joins).toEqual([
      {
        embedded: true,
        config: options.configOverwrite,
        interfaceConfig: options.interfaceConfigOverwrite,
        userInfo: options.userInfo,
        iceServers: options.iceServers,
        appData: { localStorageContent: null },
        jwtPresent: true,
        jwtValid: true,
        lang: 'de',
        e2eeSupported: true,
      },
    ]);

    // What the app has to wipe: the page's storage.
    const meetingFrame = host.frames().find((candidate) => candidate.url().includes(room))!;
    expect(await meetingFrame.evaluate(() => localStorage.getItem('features/base/settings'))).toBe(
      JSON.stringify({ displayName: 'Beraterin' }),
    );
  });

  it("copies the parent's jitsiLocalStorage into the hash as appData.localStorageContent", async () => {
    const room = freshRoom();
    const stored = JSON.stringify({ 'features/base/settings': '{"displayName":"X"}' });
    const { host } = await embed({ roomName: room }, stored);
    const src = await host.evaluate(() => (window as unknown as HostWindow).api.getIFrame().src);
    expect(new URL(src).hash.split('&').at(-1)).toBe(
      `appData.localStorageContent=${encodeURIComponent(JSON.stringify(stored))}`,
    );
    const state = await standIn.waitForRoom(room, (state) => state.joins.length === 1, 'a join');
    expect(state.joins[0]!.appData).toEqual({ localStorageContent: stored });
  });

  it('reads the token from the hash first, as the page does for external_api.js', async () => {
    const room = freshRoom();
    const page = await newPage();
    await page.goto(`${standIn.origin}/${room}#jwt="${await jitsiToken(1)}"`);
    await page.getByRole('button', { name: 'Join meeting' }).click();
    await page.getByRole('heading', { name: 'You are in the meeting' }).waitFor();
    expect(standIn.room(room).joins[0]).toMatchObject({ jwtPresent: true, jwtValid: true });
    expect(standIn.room(room).participants[0]).toMatchObject({ role: 'moderator' });
  });

  it('answers every request, with the real reply shapes, and unknown ones with UnknownRequestError', async () => {
    const room = freshRoom();
    const { host, id } = await moderatorIn(room);
    const guest = await guestIn(room, 'Gast');
    const guestJoined = (await eventPayload(guest.host, 'videoConferenceJoined')) as {
      id: string;
    };
    const roomJid = `${room}@conference.localhost`;

    expect(await ask(host, 'getRoomsInfo')).toEqual({
      resolved: {
        rooms: [
          {
            isMainRoom: true,
            id: roomJid,
            jid: `${roomJid}/${id}`,
            participants: [
              { role: 'moderator', displayName: 'Beraterin', id },
              {
                jid: `${roomJid}/${guestJoined.id}`,
                role: 'participant',
                displayName: 'Gast',
                id: guestJoined.id,
              },
            ],
          },
        ],
      },
    });
    expect(await ask(host, 'isAudioMuted')).toEqual({ resolved: false });
    expect(await ask(host, 'isVideoMuted')).toEqual({ resolved: false });
    expect(await ask(host, 'isModerationOn')).toEqual({ resolved: false });
    expect(await ask(host, 'isModerationOn', 'video')).toEqual({ resolved: false });
    expect(await ask(host, 'isParticipantForceMuted', guestJoined.id)).toEqual({
      resolved: false,
    });
    expect(await ask(host, 'isP2pActive')).toEqual({ resolved: false });
    expect(await ask(host, 'getSessionId')).toEqual({ resolved: standIn.room(room).meetingId });
    expect(await ask(host, 'isStartSilent')).toEqual({ resolved: false });
    expect(await ask(host, 'isSharingScreen')).toEqual({ resolved: false });
    expect(await ask(host, 'isParticipantsPaneOpen')).toEqual({ resolved: false });
    expect(await ask(host, 'getContentSharingParticipants')).toEqual({
      resolved: { sharingParticipantIds: [] },
    });
    expect(await ask(host, 'isDeviceListAvailable')).toEqual({ resolved: true });
    expect(await ask(host, 'isDeviceChangeAvailable', 'output')).toEqual({ resolved: true });
    expect(await ask(host, 'isMultipleAudioInputSupported')).toEqual({ resolved: true });

    // Chromium's fake devices, grouped by kind; the ones in use.
    const text: unknown = expect.any(String);
    const device = { deviceId: text, groupId: text, label: text };
    const available = (await ask(host, 'getAvailableDevices')) as {
      resolved: Record<string, unknown[]>;
    };
    expect(Object.keys(available.resolved)).toEqual(['audioInput', 'audioOutput', 'videoInput']);
    expect(available.resolved.audioInput).toContainEqual({ ...device, kind: 'audioinput' });
    expect(available.resolved.videoInput).toContainEqual({ ...device, kind: 'videoinput' });
    const current = (await ask(host, 'getCurrentDevices')) as {
      resolved: Record<string, unknown>;
    };
    expect(available.resolved.videoInput).toContainEqual(current.resolved.videoInput);

    // Requests the stand-in does not model, and one nobody knows: API.js's reply,
    // `callback({ error: new Error('UnknownRequestError') })`, arrives as a result.
    for (const request of [
      { name: 'capture-largevideo-screenshot' },
      { name: 'invite', invitees: [{ type: 'phone', number: '+49' }] },
      { type: 'devices', name: 'setDevice', device: { kind: 'videoinput', id: 'x' } },
      { name: 'no-such-request' },
    ]) {
      expect(await ask(host, '_transport', request)).toEqual({ resolved: { error: {} } });
    }
    // A stock config has no deploymentInfo: a reply without result, which the transport rejects.
    expect(await ask(host, '_transport', { name: 'deployment-info' })).toEqual({
      rejected: 'Unexpected response format!',
    });
  });

  it('answers requests before joining too: no conference yet', async () => {
    const room = freshRoom();
    const { host } = await embed({ roomName: room, userInfo: { displayName: 'Gast' } });
    await eventPayload(host, 'prejoinScreenLoaded');
    expect(await ask(host, 'getRoomsInfo')).toEqual({
      resolved: {
        rooms: [
          { isMainRoom: true, participants: [{ role: 'none', displayName: 'Gast', id: 'local' }] },
        ],
      },
    });
    expect(await ask(host, 'isP2pActive')).toEqual({ resolved: null });
    expect(await ask(host, 'getSessionId')).toEqual({ resolved: '' });
    expect(await ask(host, 'isAudioMuted')).toEqual({ resolved: false });
  });

  it('records video commands and ends with videoConferenceLeft and readyToClose on hangup', async () => {
    const room = freshRoom();
    const { host } = await moderatorIn(room);
    await command(host, 'setVideoQuality', 360);
    await command(host, 'toggleVideo');
    await command(host, 'setBlurredBackground', 'slight-blur');
    await command(host, 'toggleAudio');
    expect(await eventPayload(host, 'videoMuteStatusChanged')).toEqual({ muted: true });
    expect(await eventPayload(host, 'audioMuteStatusChanged')).toEqual({ muted: true });
    const state = await standIn.waitForRoom(
      room,
      (state) => state.commands.length === 4,
      'four commands',
    );
    expect(state.commands.map(({ name, args }) => [name, args])).toEqual([
      ['set-video-quality', [360]],
      ['toggle-video', []],
      ['set-blurred-background', ['slight-blur']],
      ['toggle-audio', []],
    ]);
    expect(state.participants[0]).toMatchObject({
      videoQuality: 360,
      videoMuted: true,
      audioMuted: true,
      blurredBackground: 'slight-blur',
    });
    expect(await ask(host, 'isVideoMuted')).toEqual({ resolved: true });

    await command(host, 'hangup');
    expect(await eventPayload(host, 'videoConferenceLeft')).toEqual({ roomName: room });
    expect(await eventPayload(host, 'readyToClose')).toEqual({});
    const names = await eventNames(host);
    expect(names.indexOf('videoConferenceLeft')).toBeLessThan(names.indexOf('readyToClose'));
    await standIn.waitForRoom(room, (state) => state.participants.length === 0, 'nobody left');

    await host.evaluate(() => (window as unknown as HostWindow).api.dispose());
    expect(await host.locator('iframe').count()).toBe(0);
  });
});

describe('Jitsi stand-in: room names', () => {
  it('folds room names to lower case as jitsi-meet does, keeping the case of the URL', async () => {
    const suffix = Math.random().toString(36).slice(2, 10);
    const { host, id } = await moderatorIn(`Beratung${suffix.toUpperCase()}`);
    const src = await host.evaluate(() => (window as unknown as HostWindow).api.getIFrame().src);
    // external_api.js leaves the path as given; the page names the room in lower case.
    expect(new URL(src).pathname).toBe(`/Beratung${suffix.toUpperCase()}`);
    expect(await eventPayload(host, 'videoConferenceJoined')).toMatchObject({
      roomName: `beratung${suffix}`,
    });

    const client = await clientAt(`BERATUNG${suffix}`, 'Klientin');
    await client.getByRole('heading', { name: 'You are in the meeting' }).waitFor();
    const state = standIn.room(`beratung${suffix.toUpperCase()}`);
    expect(state.name).toBe(`beratung${suffix}`);
    expect(state.participants.map((p) => p.id)).toContain(id);
    expect(state.participants).toHaveLength(2);
  });

  it('names a room with non-ASCII letters as getBackendSafeRoomName does', async () => {
    const room = `Übung${Math.random().toString(36).slice(2, 8)}`;
    const client = await clientAt(room, 'Klientin');
    await client.getByRole('heading', { name: 'You are in the meeting' }).waitFor();
    const state = standIn.room(room);
    expect(state.name).toBe(encodeURIComponent(room.toLowerCase()).toLowerCase());
    expect(state.name.startsWith('%c3%bcbung')).toBe(true);
    expect(state.participants).toHaveLength(1);
  });
});

describe('Jitsi stand-in: password and lobby, as Prosody decides', () => {
  it('lets a joiner who gives the room password on the lobby screen walk past the lobby', async () => {
    const { room, moderator } = await securedRoom({ password: 'geheim-42', lobby: true });
    const { host, meeting } = await guestIn(room, 'Klientin');

    // No prejoin, so no automatic knock: the lobby screen with both ways in.
    await meeting.getByRole('heading', { name: 'This meeting has a lobby' }).waitFor();
    await meeting.getByRole('button', { name: 'Ask to join' }).waitFor();
    await meeting.getByRole('button', { name: 'Enter meeting password' }).click();
    expect(participant('Klientin')(standIn.room(room))).toMatchObject({ stage: 'lobby' });

    // A wrong password: refused, still in the lobby, no password prompt, no knock.
    await meeting.getByLabel('Password').fill('falsch');
    await meeting.getByRole('button', { name: 'Join', exact: true }).click();
    await meeting.getByText('Wrong password. Please try again.').waitFor();
    expect(participant('Klientin')(standIn.room(room))).toMatchObject({ stage: 'lobby' });

    // The right one: a member at once, in the meeting; nobody had to admit anyone.
    await meeting.getByLabel('Password').fill('geheim-42');
    await meeting.getByRole('button', { name: 'Join', exact: true }).click();
    const joined = (await eventPayload(host, 'videoConferenceJoined')) as { id: string };
    expect(await eventPayload(moderator.host, 'participantJoined')).toMatchObject({
      id: joined.id,
      displayName: 'Klientin',
    });
    const names = await eventNames(moderator.host);
    expect(names).not.toContain('knockingParticipant');
    expect(await eventNames(host)).not.toContain('passwordRequired');
    expect(standIn.room(room)).toMatchObject({ knocking: [], rejected: [] });
  });

  it('ignores the password command on the lobby screen: there is no prompt to answer', async () => {
    const { room } = await securedRoom({ password: 'geheim-42', lobby: true });
    const { host, meeting } = await guestIn(room, 'Gast');
    await meeting.getByRole('heading', { name: 'This meeting has a lobby' }).waitFor();
    await command(host, 'password', 'geheim-42');
    const state = await standIn.waitForRoom(
      room,
      (state) => state.commands.filter(({ name }) => name === 'password').length === 2,
      'the guest’s command recorded',
    );
    expect(participant('Gast')(state)).toMatchObject({ stage: 'lobby', inMeeting: false });
    expect(state.password).toBe('geheim-42');
  });

  it('makes a joiner without the password knock (prejoin knocks at once) and lets the moderator admit', async () => {
    const { room, moderator } = await securedRoom({ password: 'geheim-42', lobby: true });
    const client = await clientAt(room, 'Klientin');

    // registration-required: straight to knocking, the password still on offer.
    await client.getByText('Waiting for the host to let you in').waitFor();
    await client.getByRole('button', { name: 'Enter meeting password' }).waitFor();
    const { participant: knocker } = (await eventPayload(
      moderator.host,
      'knockingParticipant',
    )) as { participant: { id: string; name: string } };
    expect(knocker).toEqual({ id: knocker.id, name: 'Klientin' });
    expect(standIn.room(room).knocking).toEqual([{ id: knocker.id, displayName: 'Klientin' }]);

    await command(moderator.host, 'answerKnockingParticipant', knocker.id, true);
    await client.getByRole('heading', { name: 'You are in the meeting' }).waitFor();
    expect(await eventPayload(moderator.host, 'participantJoined')).toEqual({
      id: knocker.id,
      displayName: 'Klientin',
      formattedDisplayName: 'Klientin',
    });
    const names = client.getByRole('list', { name: 'Participants' }).getByRole('listitem');
    expect(await names.allTextContents()).toEqual(['Klientin', 'Beraterin']);
    expect(participant('Klientin')(standIn.room(room))).toMatchObject({
      role: 'participant',
      viaToken: false,
      inMeeting: true,
    });

    // The server's cookie, first-party here (Chromium keeps it from a cross-site frame).
    expect(await client.context().cookies(standIn.origin)).toEqual([
      expect.objectContaining({ name: 'jitsi_stand_in_session', secure: true, sameSite: 'None' }),
    ]);

    await client.getByRole('button', { name: 'Leave meeting' }).click();
    expect(await eventPayload(moderator.host, 'participantLeft')).toEqual({ id: knocker.id });
  });

  it('lets a knocker still walk in with the password while waiting', async () => {
    const { room, moderator } = await securedRoom({ password: 'geheim-42', lobby: true });
    const client = await clientAt(room, 'Klientin');
    await client.getByText('Waiting for the host to let you in').waitFor();
    await eventPayload(moderator.host, 'knockingParticipant');

    await client.getByRole('button', { name: 'Enter meeting password' }).click();
    await client.getByLabel('Password').fill('falsch');
    await client.getByRole('button', { name: 'Join', exact: true }).click();
    await client.getByText('Wrong password. Please try again.').waitFor();
    expect(participant('Klientin')(standIn.room(room))).toMatchObject({ stage: 'knocking' });
    await client.getByLabel('Password').fill('geheim-42');
    await client.getByRole('button', { name: 'Join', exact: true }).click();
    await client.getByRole('heading', { name: 'You are in the meeting' }).waitFor();
    expect(standIn.room(room).knocking).toEqual([]);
  });

  it('ends the attempt of a knocker the moderator turns down', async () => {
    const { room, moderator } = await securedRoom({ lobby: true });
    const { host, meeting } = await guestIn(room, 'Unbekannt');
    await meeting.getByRole('button', { name: 'Ask to join' }).click();
    await meeting.getByText('Waiting for the host to let you in').waitFor();
    const { participant: knocker } = (await eventPayload(
      moderator.host,
      'knockingParticipant',
    )) as { participant: { id: string } };
    await command(moderator.host, 'answerKnockingParticipant', knocker.id, false);

    await meeting.getByText('You were not admitted').waitFor();
    expect(await eventPayload(host, 'errorOccurred')).toMatchObject({
      error: { name: 'conference.connectionError.accessDenied', isFatal: true },
    });
    const state = await standIn.waitForRoom(
      room,
      (state) => state.rejected.includes(knocker.id),
      'the knock rejected',
    );
    expect(state.knocking).toEqual([]);
    expect(state.participants.map(({ id }) => id)).not.toContain(knocker.id);
    expect(await eventNames(moderator.host)).not.toContain('participantJoined');
  });

  it('refuses a knock without a name, as the lobby requires one', async () => {
    const { room } = await securedRoom({ lobby: true });
    const { meeting } = await embed({
      roomName: room,
      configOverwrite: { prejoinConfig: { enabled: false } },
    });
    await meeting.getByText('Please enter your name to join the meeting').waitFor();
    expect(await meeting.getByRole('button', { name: 'Ask to join' }).isDisabled()).toBe(true);
    await meeting.getByLabel('Your name').fill('Spät');
    await meeting.getByRole('button', { name: 'Ask to join' }).click();
    await meeting.getByText('Waiting for the host to let you in').waitFor();
    expect(standIn.room(room).knocking.map(({ displayName }) => displayName)).toEqual(['Spät']);
  });

  it('lets the knocking in when the lobby is switched off, and the room is open again', async () => {
    const { room, moderator } = await securedRoom({ lobby: true });
    const waiting = await clientAt(room, 'Wartend');
    await waiting.getByText('Waiting for the host to let you in').waitFor();
    await eventPayload(moderator.host, 'knockingParticipant');

    await command(moderator.host, 'toggleLobby', false);
    await waiting.getByRole('heading', { name: 'You are in the meeting' }).waitFor();
    const later = await clientAt(room, 'Später');
    await later.getByRole('heading', { name: 'You are in the meeting' }).waitFor();
    const state = standIn.room(room);
    expect(state).toMatchObject({ lobby: false, knocking: [] });
    expect(state.participants.filter(({ inMeeting }) => inMeeting)).toHaveLength(3);
  });

  it('sends the knocking to the password prompt when the lobby goes and the password stays', async () => {
    const { room, moderator } = await securedRoom({ password: 'geheim-42', lobby: true });
    const { host, meeting } = await guestIn(room, 'Gast', { prejoinConfig: { enabled: true } });
    await meeting.getByRole('button', { name: 'Join meeting' }).click();
    await meeting.getByText('Waiting for the host to let you in').waitFor();

    await command(moderator.host, 'toggleLobby', false);
    // The lobby room is gone; the join without password meets Prosody's password check.
    expect(await eventPayload(host, 'passwordRequired')).toEqual({});
    await meeting
      .getByRole('heading', { name: 'This meeting is protected by a password' })
      .waitFor();
    expect(participant('Gast')(standIn.room(room))).toMatchObject({ stage: 'password' });
    await command(host, 'password', 'geheim-42');
    await eventPayload(host, 'videoConferenceJoined');
  });

  it('asks for the password in a room without lobby, refuses a wrong one and takes the right one', async () => {
    const { room, moderator } = await securedRoom({ password: 'geheim-42' });
    const client = await clientAt(room, 'Klientin');
    await client
      .getByRole('heading', { name: 'This meeting is protected by a password' })
      .waitFor();
    // A password prompt only: nothing to knock at.
    expect(await client.getByRole('button', { name: 'Ask to join' }).count()).toBe(0);
    await client.getByLabel('Password').fill('falsch');
    await client.getByRole('button', { name: 'Join', exact: true }).click();
    expect(await client.getByRole('alert').textContent()).toBe('Wrong password. Please try again.');
    expect(participant('Klientin')(standIn.room(room))).toMatchObject({ stage: 'password' });
    await client.getByLabel('Password').fill('geheim-42');
    await client.getByRole('button', { name: 'Join', exact: true }).click();
    await client.getByRole('heading', { name: 'You are in the meeting' }).waitFor();
    expect(await eventNames(moderator.host)).not.toContain('knockingParticipant');
  });

  it('asks an embedded guest for the password and takes it from the password command', async () => {
    const { room, moderator } = await securedRoom({ password: 'geheim-42' });
    const { host, meeting } = await embed({ roomName: room, userInfo: { displayName: 'Gast' } });
    await meeting.getByRole('button', { name: 'Join meeting' }).click();
    expect(await eventPayload(host, 'passwordRequired')).toEqual({});
    await command(host, 'password', 'falsch');
    await eventPayload(host, 'passwordRequired', 2);
    await meeting.getByText('Wrong password. Please try again.').waitFor();
    await command(host, 'password', 'geheim-42');
    const joined = (await eventPayload(host, 'videoConferenceJoined')) as { id: string };
    expect(await eventPayload(moderator.host, 'participantJoined')).toMatchObject({
      id: joined.id,
      displayName: 'Gast',
    });
    // The moderator's lock stays as it was: the guest's passwords were answers, not locks.
    expect(standIn.room(room).password).toBe('geheim-42');
  });
});

describe('Jitsi stand-in: roles and tokens', () => {
  it('makes nobody moderator without a token and ignores their moderator commands', async () => {
    const room = freshRoom();
    const { host, meeting } = await embed({ roomName: room, userInfo: { displayName: 'Gast' } });
    await meeting.getByRole('button', { name: 'Join meeting' }).click();
    await eventPayload(host, 'videoConferenceJoined');
    await command(host, 'password', 'geheim-42');
    await command(host, 'toggleLobby', true);

    const state = await standIn.waitForRoom(
      room,
      (state) => state.commands.length === 2,
      'both commands recorded',
    );
    expect(state).toMatchObject({ password: null, lobby: false });
    expect(state.participants).toEqual([
      expect.objectContaining({ role: 'participant', viaToken: false }),
    ]);
    expect(state.joins[0]).toMatchObject({ jwtPresent: false, jwtValid: false });
    expect(await eventNames(host)).not.toContain('participantRoleChanged');
  });

  it('does not accept an expired, a wrongly signed or an unsigned token', async () => {
    const room = freshRoom();
    const wronglySigned = await new SignJWT({ room: '*' })
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime('1d')
      .sign(new TextEncoder().encode('some-other-secret'));
    for (const token of [await jitsiToken(-1), wronglySigned, unsignedToken()]) {
      const page = await newPage();
      await page.goto(`${standIn.origin}/${room}?jwt=${token}`);
      await page.getByRole('button', { name: 'Join meeting' }).click();
      await page.getByRole('heading', { name: 'You are in the meeting' }).waitFor();
      await page.close();
    }
    const { joins } = standIn.room(room);
    expect(joins.map(({ jwtPresent, jwtValid }) => ({ jwtPresent, jwtValid }))).toEqual([
      { jwtPresent: true, jwtValid: false },
      { jwtPresent: true, jwtValid: false },
      { jwtPresent: true, jwtValid: false },
    ]);
    expect(joins.every(({ embedded }) => !embedded)).toBe(true);
  });
});

describe('Jitsi stand-in: end-to-end encryption, per participant', () => {
  it('switches E2EE on for everybody when all support it, from any participant, and shows the label', async () => {
    const room = freshRoom();
    const moderator = await moderatorIn(room);
    const guest = await guestIn(room, 'Gast');
    await eventPayload(guest.host, 'videoConferenceJoined');
    await moderator.meeting.getByRole('list', { name: 'Participants' }).getByText('Gast').waitFor();
    expect(standIn.room(room).e2ee).toBe(false);

    // A participant without moderator rights may switch it: there is no moderator check.
    await guest.host.evaluate(() => (window as unknown as HostWindow).api.toggleE2EE(true));
    const on = await standIn.waitForRoom(room, (state) => state.e2ee, 'E2EE on');
    expect(
      on.participants.map(({ e2eeSupported, e2eeEnabled }) => [e2eeSupported, e2eeEnabled]),
    ).toEqual([
      [true, true],
      [true, true],
    ]);
    await moderator.meeting.getByText(E2EE_LABEL).waitFor();
    await guest.meeting.getByText(E2EE_LABEL).waitFor();
    expect(on.commands.at(-1)).toMatchObject({ name: 'toggle-e2ee', args: [true] });

    // Somebody joining later follows those who encrypt.
    const late = await guestIn(room, 'Später');
    await late.meeting.getByText(E2EE_LABEL).waitFor();

    await command(moderator.host, 'toggleE2EE', false);
    const off = await standIn.waitForRoom(room, (state) => !state.e2ee, 'E2EE off');
    expect(off.participants.every(({ e2eeEnabled }) => !e2eeEnabled)).toBe(true);
    await guest.meeting.getByText(E2EE_LABEL).waitFor({ state: 'hidden' });
  });

  it('leaves out a participant whose browser does not support E2EE: no label for anyone', async () => {
    const room = freshRoom();
    const moderator = await moderatorIn(room);
    // Jitsi's own switch, config.e2ee.disabled, taken from the hash like any config.
    const client = await clientAt(room, 'Ohne', '#config.e2ee.disabled=true');
    await client.getByRole('heading', { name: 'You are in the meeting' }).waitFor();
    expect(participant('Ohne')(standIn.room(room))).toMatchObject({ e2eeSupported: false });
    expect(standIn.room(room).joins.at(-1)).toMatchObject({ e2eeSupported: false });

    await command(moderator.host, 'toggleE2EE', true);
    const state = await standIn.waitForRoom(
      room,
      (state) => participant('Beraterin')(state)?.e2eeEnabled === true,
      'the moderator encrypting',
    );
    expect(participant('Ohne')(state)).toMatchObject({ e2eeEnabled: false });
    expect(state.e2ee).toBe(false);
    expect(await moderator.meeting.getByText(E2EE_LABEL).isVisible()).toBe(false);
    expect(await client.getByText(E2EE_LABEL).isVisible()).toBe(false);
  });

  it('refuses toggleE2EE from a page without E2EE support', async () => {
    const room = freshRoom();
    await moderatorIn(room);
    const guest = await guestIn(room, 'Ohne', { e2ee: { disabled: true } });
    await eventPayload(guest.host, 'videoConferenceJoined');
    await command(guest.host, 'toggleE2EE', true);
    const state = await standIn.waitForRoom(
      room,
      (state) => state.commands.some(({ name }) => name === 'toggle-e2ee'),
      'the command recorded',
    );
    expect(state.e2ee).toBe(false);
    expect(state.participants.every(({ e2eeEnabled }) => !e2eeEnabled)).toBe(true);
  });
});

describe('Jitsi stand-in: the server', () => {
  /** Status of a request made from Node, trusting the run's test CA. */
  const status = (url: string, method = 'HEAD') =>
    new Promise<number>((resolve, reject) => {
      httpsRequest(url, { method, ca: chain.ca.cert }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      })
        .on('error', reject)
        .end();
    });

  it('answers the connection check, then refuses connections once closed', async () => {
    const server = await startJitsiStandIn({ certificate: chain.leaf });
    try {
      expect(await status(`${server.origin}/`)).toBe(200);
      expect(await status(`${server.origin}/external_api.js`)).toBe(200);
      expect(await status(`${server.origin}/favicon.ico`, 'GET')).toBe(404);

      const probe = new WebSocket(
        `${server.origin.replace('https', 'wss')}/xmpp-websocket`,
        'xmpp',
        {
          ca: chain.ca.cert,
        },
      );
      await new Promise((resolve, reject) => probe.on('open', resolve).on('error', reject));
      expect(probe.protocol).toBe('xmpp');
      const closed = new Promise((resolve) => probe.on('close', resolve));

      await server.close();
      await closed;
      await expect(status(`${server.origin}/`)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    } finally {
      await server.close().catch(() => {});
    }
  });
});
