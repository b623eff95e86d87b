import { request as httpsRequest } from 'node:https';
import { SignJWT } from 'jose';
import type { Browser, BrowserContext, FrameLocator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { meetingEventNames } from '../../src/shared/meeting-state';
import { createTestChain, type TestChain } from '../fixtures/certificates';
import type JitsiMeetExternalAPI from '../fixtures/jitsi-stand-in/browser/external-api';
import { startJitsiStandIn, type JitsiStandIn } from '../fixtures/jitsi-stand-in/server';
import { jitsiToken, unsignedToken } from '../fixtures/tokens';
import { launchChromium } from './browser';

/** What the host page keeps on its window: the API object and every event it heard. */
interface HostWindow {
  JitsiMeetExternalAPI: typeof JitsiMeetExternalAPI;
  api: JitsiMeetExternalAPI;
  apiEvents: { name: string; payload: unknown }[];
}

// Everything the app listens to, and what the iframe sends before joining.
const listenedEvents = ['ready', 'browserSupport', 'prejoinScreenLoaded', ...meetingEventNames];

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
 */
async function embed(
  options: Record<string, unknown>,
): Promise<{ host: Page; meeting: FrameLocator }> {
  const host = await newPage();
  await host.goto(`${standIn.origin.replace('localhost', '127.0.0.1')}/test-host.html`);
  await host.evaluate(
    ({ domain, options, listenedEvents }) => {
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
    { domain: new URL(standIn.origin).host, options, listenedEvents },
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

/** A counsellor with a valid token, in the meeting as moderator. */
async function moderatorIn(room: string) {
  const embedded = await embed({
    roomName: room,
    jwt: await jitsiToken(1),
    userInfo: { displayName: 'Beraterin' },
  });
  await embedded.meeting.getByRole('button', { name: 'Join meeting' }).click();
  await eventPayload(embedded.host, 'participantRoleChanged');
  return embedded;
}

/** Somebody who opened the invitation link in a browser and gave a name. */
async function clientAt(room: string, name: string): Promise<Page> {
  const page = await newPage();
  await page.goto(`${standIn.origin}/${room}`);
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join meeting' }).click();
  return page;
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
    };
    const { host, meeting } = await embed(options);

    const frame = await host.evaluate(() => {
      const iframe = (window as unknown as HostWindow).api.getIFrame();
      return { src: iframe.src, allow: iframe.allow, name: iframe.name };
    });
    expect(frame.allow).toBe('camera; microphone; display-capture; autoplay; clipboard-write');
    const url = new URL(frame.src);
    expect(url.origin).toBe(standIn.origin);
    expect(url.pathname).toBe(`/${room}`);
    expect(url.search).toBe(`?jwt=${jwt}&lang=de`);
    const hash = url.hash.slice(1).split('&');
    expect(hash[0]).toMatch(/^jitsi_meet_external_api_id=\d+$/);
    expect(hash.slice(1)).toEqual([
      `config.prejoinConfig=${encodeURIComponent('{"enabled":true}')}`,
      `config.p2p=${encodeURIComponent('{"enabled":false}')}`,
      'interfaceConfig.SHOW_CHROME_EXTENSION_BANNER=false',
      `userInfo.displayName=${encodeURIComponent('"Beraterin"')}`,
      `iceServers.replace=${encodeURIComponent(JSON.stringify(options.iceServers.replace))}`,
    ]);

    await eventPayload(host, 'browserSupport');
    expect((await eventNames(host)).slice(0, 2)).toEqual(['ready', 'browserSupport']);
    // Prejoin first, the name taken from userInfo.
    expect(await meeting.getByLabel('Your name').inputValue()).toBe('Beraterin');
    await meeting.getByRole('button', { name: 'Join meeting' }).click();

    const joined = (await eventPayload(host, 'videoConferenceJoined')) as { id: string };
    expect(joined).toEqual({ roomName: room, id: joined.id, displayName: 'Beraterin' });
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
        jwtPresent: true,
        jwtValid: true,
        lang: 'de',
      },
    ]);

    // What the app has to wipe: the page's storage.
    const meetingFrame = host.frames().find((candidate) => candidate.url().includes(room))!;
    expect(await meetingFrame.evaluate(() => localStorage.getItem('features/base/settings'))).toBe(
      JSON.stringify({ displayName: 'Beraterin' }),
    );
  });

  it('lets a client in from the lobby after a wrong and a right password', async () => {
    const room = freshRoom();
    const { host } = await moderatorIn(room);
    await command(host, 'password', 'geheim-42');
    await command(host, 'toggleLobby', true);
    await standIn.waitForRoom(room, (state) => state.lobby, 'the lobby on');

    const client = await clientAt(room, 'Klientin');
    await client.getByLabel('Password').fill('falsch');
    await client.getByRole('button', { name: 'Join', exact: true }).click();
    expect(await client.getByRole('alert').textContent()).toBe('Wrong password. Please try again.');
    await client.getByLabel('Password').fill('geheim-42');
    await client.getByRole('button', { name: 'Join', exact: true }).click();
    await client.getByRole('button', { name: 'Ask to join' }).click();
    await client.getByText('Waiting for the host to let you in').waitFor();

    const { participant } = (await eventPayload(host, 'knockingParticipant')) as {
      participant: { id: string; name: string };
    };
    expect(participant).toEqual({ id: participant.id, name: 'Klientin' });
    expect(standIn.room(room).knocking).toEqual([{ id: participant.id, displayName: 'Klientin' }]);

    await command(host, 'answerKnockingParticipant', participant.id, true);
    await client.getByRole('heading', { name: 'You are in the meeting' }).waitFor();
    expect(await eventPayload(host, 'participantJoined')).toEqual({
      id: participant.id,
      displayName: 'Klientin',
      formattedDisplayName: 'Klientin',
    });
    const names = client.getByRole('list', { name: 'Participants' }).getByRole('listitem');
    expect(await names.allTextContents()).toEqual(['Klientin', 'Beraterin']);
    expect(standIn.room(room).participants.find(({ id }) => id === participant.id)).toMatchObject({
      role: 'participant',
      viaToken: false,
      inMeeting: true,
    });

    // The server's cookie, first-party here (Chromium keeps it from a cross-site frame).
    expect(await client.context().cookies(standIn.origin)).toEqual([
      expect.objectContaining({ name: 'jitsi_stand_in_session', secure: true, sameSite: 'None' }),
    ]);

    await client.getByRole('button', { name: 'Leave meeting' }).click();
    expect(await eventPayload(host, 'participantLeft')).toEqual({ id: participant.id });
  });

  it('keeps a client out whose knock the moderator turns down', async () => {
    const room = freshRoom();
    const { host } = await moderatorIn(room);
    await command(host, 'toggleLobby', true);
    await standIn.waitForRoom(room, (state) => state.lobby, 'the lobby on');

    const client = await clientAt(room, 'Unbekannt');
    await client.getByRole('button', { name: 'Ask to join' }).click();
    const { participant } = (await eventPayload(host, 'knockingParticipant')) as {
      participant: { id: string };
    };
    await command(host, 'answerKnockingParticipant', participant.id, false);

    await client.getByText('You were not admitted').waitFor();
    const state = await standIn.waitForRoom(
      room,
      (state) => state.rejected.includes(participant.id),
      'the knock rejected',
    );
    expect(state.knocking).toEqual([]);
    expect(state.participants.map(({ id }) => id)).not.toContain(participant.id);
    expect(await eventNames(host)).not.toContain('participantJoined');
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

describe('Jitsi stand-in: roles and passwords', () => {
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

  it('asks an embedded guest for the password and takes it from the password command', async () => {
    const room = freshRoom();
    const counsellor = await moderatorIn(room);
    await command(counsellor.host, 'password', 'geheim-42');
    await standIn.waitForRoom(room, (state) => state.password !== null, 'the room locked');

    const { host, meeting } = await embed({ roomName: room, userInfo: { displayName: 'Gast' } });
    await meeting.getByRole('button', { name: 'Join meeting' }).click();
    expect(await eventPayload(host, 'passwordRequired')).toEqual({});
    await command(host, 'password', 'falsch');
    await eventPayload(host, 'passwordRequired', 2);
    await meeting.getByText('Wrong password. Please try again.').waitFor();
    await command(host, 'password', 'geheim-42');
    const joined = (await eventPayload(host, 'videoConferenceJoined')) as { id: string };
    expect(await eventPayload(counsellor.host, 'participantJoined')).toMatchObject({
      id: joined.id,
      displayName: 'Gast',
    });
    // The moderator's lock stays as it was: the guest's passwords were answers, not locks.
    expect(standIn.room(room).password).toBe('geheim-42');
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
