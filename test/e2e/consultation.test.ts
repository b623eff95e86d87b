import keytar from 'keytar';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startJitsiStandIn, type RoomSnapshot } from '../fixtures/jitsi-stand-in/server';
import { roomPasswordPattern } from '../../src/shared/room-password';
import { jitsiToken } from '../fixtures/tokens';
import {
  consultationSuite,
  createAppointment,
  jitsi,
  knocks as knocksAt,
  openFromList,
  openLink,
  panelOf,
  saveToken,
  storedAppointment,
} from './consultation-steps';
import { setUpServer } from './steps';
import { testKeychainService } from './harness';

const env = consultationSuite();
const { suite, start } = env;

const startButton = (page: Page) => page.getByRole('button', { name: 'Start consultation' });

const me = (room: RoomSnapshot, name: string) =>
  room.participants.find((participant) => participant.displayName === name);

const knocks = (browser: Browser, roomName: string, name: string) =>
  knocksAt(browser, env.standIn, roomName, name);

/**
 * The client with link and password, as the invitation tells them: on the
 * lobby screen they choose the password over knocking, and are in the room.
 */
async function entersWithPassword(
  browser: Browser,
  roomName: string,
  password: string,
  options: { name?: string; wrongFirst?: boolean; hash?: string } = {},
) {
  const client = await openLink(
    browser,
    env.standIn,
    roomName,
    options.name ?? 'Klientin',
    options.hash,
  );
  const { page } = client;
  await page.getByRole('button', { name: 'Enter meeting password' }).click();
  if (options.wrongFirst) {
    await page.getByLabel('Password').fill('aaaa-bbbb-cccc-dddd');
    await page.getByRole('button', { name: 'Join', exact: true }).click();
    await page.getByRole('heading', { name: 'Enter password to join meeting' }).waitFor();
    await expect.poll(() => page.getByLabel('Password').inputValue()).toBe('');
  }
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await page.getByRole('heading', { name: 'You are in the meeting' }).waitFor();
  return client;
}

describe('a consultation from an appointment', () => {
  it('joins as moderator with the token, secures the room, lets the client in with the password, turns a stranger away, encrypts end to end, gives first aid, and wipes the meeting afterwards', async () => {
    const app = await start();
    await setUpServer(app.page, env.standIn.origin);
    await saveToken(app.page, await jitsiToken(30));
    const { id, roomName } = await createAppointment(app, 'Schuldnerberatung');

    await startButton(app.page).click();
    const meeting = await app.nextMeeting();

    // The equipment check, with Chromium's fake camera and microphone and the stand-in.
    const check = meeting.page.getByRole('region', { name: 'Check your equipment' });
    await check.getByText(/^Server reachable \(HTTPS \d+ ms, WebSocket \d+ ms\)$/).waitFor();
    await check.getByText('Your camera works.').waitFor();
    await check.getByText('Your microphone works.').waitFor();
    // The download from the server's own bundle, against the 2,000 kbit/s of Anlage 31b.
    await check
      .getByText(
        /^Download: about [\d,]+ kbit\/s – enough for video \(at least 2,000 kbit\/s needed\)\.$/,
      )
      .waitFor({ timeout: 20_000 });
    // Not "all set" before the speakers were tested.
    await check
      .getByRole('status')
      .getByText(/^Nearly done: play the test sound/)
      .waitFor();
    // Another microphone (Chromium's fake devices are several), chosen by keyboard.
    const microphones = check.getByLabel('Use microphone');
    const other = (await microphones.locator('option').allTextContents())[1]!;
    await microphones.focus();
    await meeting.page.keyboard.press('ArrowDown');
    expect(
      await microphones.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.text),
    ).toBe(other);
    await check.getByText('Your microphone works.').waitFor();
    await check.getByRole('button', { name: 'Play test sound' }).click();
    await check.getByRole('button', { name: 'I heard it' }).click();
    await check.getByRole('status').getByText('All set.').waitFor();
    await meeting.page.getByRole('button', { name: 'Join the consultation' }).click();
    // Jitsi gets the chosen microphone by its label (device ids differ between origins).
    const src = await meeting.page.locator('.meeting-stage iframe').getAttribute('src');
    expect(new URLSearchParams(src!.slice(src!.indexOf('#') + 1)).get('devices.audioInput')).toBe(
      JSON.stringify(other),
    );
    // Jitsi's prejoin screen, with the name from the token.
    const frame = jitsi(meeting.page);
    expect(await frame.getByLabel('Your name').inputValue()).toBe('Beraterin');
    await frame.getByRole('button', { name: 'Join meeting' }).click();

    // Moderator by the token; the app then sets the room password and the lobby.
    const password = await keytar.getPassword(
      testKeychainService(suite.userDataDir),
      `room-password/${id}`,
    );
    expect(password).toMatch(roomPasswordPattern);
    const secured = await env.standIn.waitForRoom(
      roomName,
      (room) => room.password !== null && room.lobby,
      'room password set and lobby on',
    );
    expect(secured.password).toBe(password);
    expect(me(secured, 'Beraterin')).toMatchObject({ role: 'moderator', viaToken: true });
    const panel = panelOf(meeting.page);
    await panel.getByText('You are moderating this consultation.').waitFor();
    await panel.getByText('The room is protected by a password, and the lobby is on.').waitFor();

    // What the app told Jitsi when it joined: the token, the hardened config, the language.
    const [join] = secured.joins;
    expect(join).toMatchObject({ embedded: true, jwtPresent: true, jwtValid: true, lang: 'en' });
    expect(join!.config).toMatchObject({
      disableThirdPartyRequests: true,
      prejoinConfig: { enabled: true },
    });
    expect(join!.userInfo).toMatchObject({ displayName: 'Beraterin' });

    // The client has link and password: a wrong password is refused, the right
    // one lets them straight in, without knocking (Prosody's mod_muc_lobby_rooms).
    const browser = app.context.browser()!;
    const client = await entersWithPassword(browser, roomName, password!, { wrongFirst: true });
    await panel.getByText('2 people').waitFor();
    // Prejoin made her knock first; inside now, no "Admit" is left for her.
    await panel.getByRole('button', { name: 'Admit Klientin' }).waitFor({ state: 'detached' });
    await frame.getByRole('list', { name: 'Participants' }).getByText('Klientin').waitFor();
    const withClient = env.standIn.room(roomName);
    expect(me(withClient, 'Klientin')).toMatchObject({ inMeeting: true, role: 'participant' });
    expect(withClient.commands.map((command) => command.name)).not.toContain(
      'answer-knocking-participant',
    );

    // Two people: the app asks for end-to-end encryption, and Jitsi's label would show.
    await panel.getByText(/End-to-end encryption requested/).waitFor();
    await env.standIn.waitForRoom(roomName, (room) => room.e2ee, 'end-to-end encryption on');

    // A stranger with only the link knocks, and the counsellor turns them away.
    const stranger = await knocks(browser, roomName, 'Unbekannt');
    await panel.getByRole('button', { name: 'Reject Unbekannt' }).click();
    await stranger.page.getByRole('alert').getByText('You were not admitted').waitFor();
    expect(env.standIn.room(roomName).rejected).toHaveLength(1);
    await panel.getByRole('button', { name: 'Reject Unbekannt' }).waitFor({ state: 'detached' });
    await stranger.context.close();
    expect(env.standIn.room(roomName).e2ee).toBe(true);

    // First aid, one click each, reaches the meeting.
    await panel.getByRole('button', { name: 'Audio only' }).click();
    await panel.getByRole('button', { name: 'Lower video quality' }).click();
    await panel.getByRole('button', { name: 'Blur background' }).click();
    await panel.getByRole('button', { name: 'Echo or whistling?' }).click();
    await panel.getByText(/A headset or headphones fix it at once/).waitFor();
    const treated = await env.standIn.waitForRoom(
      roomName,
      (room) => room.commands.some((command) => command.name === 'set-blurred-background'),
      'first aid commands received',
    );
    const counsellorId = me(treated, 'Beraterin')!.id;
    const fromCounsellor = treated.commands
      .filter((command) => command.participantId === counsellorId)
      .map(({ name, args }) => ({ name, args }));
    expect(fromCounsellor).toEqual(
      expect.arrayContaining([
        { name: 'password', args: [password] },
        { name: 'toggle-lobby', args: [true] },
        { name: 'toggle-e2ee', args: [true] },
        { name: 'answer-knocking-participant', args: [expect.any(String), false] },
        { name: 'toggle-video', args: [] },
        { name: 'set-video-quality', args: [180] },
        { name: 'set-blurred-background', args: ['slight-blur'] },
      ]),
    );
    expect(me(treated, 'Beraterin')).toMatchObject({
      videoMuted: true,
      videoQuality: 180,
      blurredBackground: 'slight-blur',
    });
    await panel.getByRole('button', { name: 'Camera back on' }).waitFor();

    // Jitsi keeps its settings in the partition's storage, as the real one does.
    const jitsiFrame = meeting.page.frames().find((f) => f.url().startsWith(env.standIn.origin));
    expect(await jitsiFrame!.evaluate(() => Object.keys(localStorage))).toContain(
      'features/base/settings',
    );

    // Hang-up: back to the appointment, asked whether it is done, with the report.
    await panel.getByRole('button', { name: 'Leave consultation' }).click();
    const ended = app.page.getByRole('dialog', { name: 'The consultation has ended' });
    await ended.waitFor();
    expect(await ended.textContent()).toContain(
      'No requests to third-party servers – nothing had to be blocked.',
    );
    await ended.getByRole('button', { name: 'Mark as done' }).click();
    await app.page.getByRole('article').getByText('Done', { exact: true }).waitFor();
    expect(
      await app.page.getByRole('region', { name: 'Blocked during this consultation' }).count(),
    ).toBe(0);
    await app.page
      .getByRole('region', { name: 'Privacy report' })
      .getByText('No requests to third-party servers – nothing had to be blocked.')
      .waitFor();

    // The partition, which held Jitsi's cookie, was wiped when the window closed.
    expect(meeting.wiped).toBe(true);
    const stored = meeting.storedAtWipe!;
    expect(stored.cookies.map((cookie) => cookie.name)).toContain('jitsi_stand_in_session');
    // The counsellor left the room; the client is still there.
    await env.standIn.waitForRoom(
      roomName,
      (room) => room.participants.filter((p) => p.inMeeting).length === 1,
      'only the client left in the meeting',
    );
    await client.context.close();
  });

  it('leaves the lobby off for "password only", and answers Jitsi’s password prompt with the stored password', async () => {
    const app = await start();
    await setUpServer(app.page, env.standIn.origin);
    await saveToken(app.page, await jitsiToken(30));
    await app.page.getByRole('button', { name: 'New appointment' }).click();
    await app.page.getByLabel('Title').fill('Erziehungsberatung');
    await app.page.getByLabel('Password only, no knocking').check();
    await app.page.getByRole('button', { name: 'Save', exact: true }).click();
    await app.page.getByRole('heading', { name: 'Erziehungsberatung' }).waitFor();
    const { roomName } = await storedAppointment(app, 'Erziehungsberatung');

    // As moderator: the password is set, the lobby is not.
    await startButton(app.page).click();
    let meeting = await app.nextMeeting();
    await meeting.page.getByRole('button', { name: 'Join the consultation' }).click();
    await jitsi(meeting.page).getByRole('button', { name: 'Join meeting' }).click();
    const secured = await env.standIn.waitForRoom(
      roomName,
      (room) => room.password !== null,
      'room password set',
    );
    expect(secured.lobby).toBe(false);
    let panel = panelOf(meeting.page);
    await panel.getByText('The room is protected by a password.', { exact: true }).waitFor();
    await panel.getByRole('button', { name: 'Leave consultation' }).click();
    await app.page.getByRole('button', { name: 'Not now' }).click();

    // The token is gone (say it expired); as guest the room asks for its password.
    await app.page.getByRole('button', { name: 'Settings' }).click();
    await app.page.getByRole('button', { name: 'Delete token' }).click();
    await app.page.getByRole('dialog').getByRole('button', { name: 'Delete token' }).click();
    await app.page.getByText(/No token stored/).waitFor();
    await app.page.getByRole('option', { name: /Erziehungsberatung/ }).click();
    await startButton(app.page).click();
    await app.page.getByRole('button', { name: 'Join as guest' }).click();
    meeting = await app.nextMeeting();
    await meeting.page.getByRole('button', { name: 'Join the consultation' }).click();
    await jitsi(meeting.page).getByRole('button', { name: 'Join meeting' }).click();
    panel = meeting.page.getByRole('complementary', { name: 'Consultation controls' });
    await panel.getByText('You are taking part without moderator rights.').waitFor();
    const room = env.standIn.room(roomName);
    const guest = room.participants.find((p) => !p.viaToken);
    expect(guest).toMatchObject({ inMeeting: true, role: 'participant' });
    expect(room.commands).toContainEqual({
      participantId: guest!.id,
      name: 'password',
      args: [secured.password],
    });
    await panel.getByRole('button', { name: 'Leave consultation' }).click();
    await app.page.getByRole('dialog', { name: 'The consultation has ended' }).waitFor();
  });

  it('lets a knocking client in, who never sees a password; turns a second knock away; and ends end-to-end encryption for a third person', async () => {
    const app = await start();
    await setUpServer(app.page, env.standIn.origin);
    await saveToken(app.page, await jitsiToken(30));
    await app.page.getByRole('button', { name: 'New appointment' }).click();
    await app.page.getByLabel('Title').fill('Suchtberatung');
    await app.page.getByLabel('Client knocks, you let them in').check();
    await app.page.getByRole('button', { name: 'Save', exact: true }).click();
    await app.page.getByRole('heading', { name: 'Suchtberatung' }).waitFor();
    const { roomName } = await storedAppointment(app, 'Suchtberatung');
    const details = app.page.getByRole('article');
    await details.getByText('Client knocks, you let them in').waitFor();

    // The invitation has the link and no password text.
    await app.page.getByRole('button', { name: 'Show invitation', exact: true }).click();
    await app.page.getByText(/No password to send: your client knocks/).waitFor();
    expect(await app.page.getByLabel('Password for the room').count()).toBe(0);
    expect(await app.page.getByLabel('Invitation with link').inputValue()).toContain(
      'You need no password.',
    );

    await startButton(app.page).click();
    const meeting = await app.nextMeeting();
    await meeting.page.getByRole('button', { name: 'Join the consultation' }).click();
    await jitsi(meeting.page).getByRole('button', { name: 'Join meeting' }).click();
    const secured = await env.standIn.waitForRoom(
      roomName,
      (room) => room.password !== null && room.lobby,
      'room password set and lobby on',
    );
    const panel = panelOf(meeting.page);

    // The client knocks and is let in; nothing ever asks them for a password.
    const browser = app.context.browser()!;
    const client = await knocks(browser, roomName, 'Klient');
    await panel.getByRole('button', { name: 'Admit Klient' }).click();
    await client.page.getByRole('heading', { name: 'You are in the meeting' }).waitFor();
    expect(await client.page.getByLabel('Password').count()).toBe(0);
    expect(
      env.standIn
        .room(roomName)
        .commands.filter(
          (command) => command.name === 'password' && command.args[0] === secured.password,
        ),
    ).toHaveLength(1); // only the counsellor's, when securing the room
    await panel.getByText(/End-to-end encryption requested/).waitFor();
    await env.standIn.waitForRoom(roomName, (room) => room.e2ee, 'end-to-end encryption on');

    // A second knock is turned away.
    const second = await knocks(browser, roomName, 'Zweiter');
    await panel.getByRole('button', { name: 'Reject Zweiter' }).click();
    await second.page.getByRole('alert').getByText('You were not admitted').waitFor();
    await second.context.close();

    // A third person let in: end-to-end encryption goes off, and the panel says why.
    const interpreter = await knocks(browser, roomName, 'Dolmetscherin');
    await panel.getByRole('button', { name: 'Admit Dolmetscherin' }).click();
    await interpreter.page.getByRole('heading', { name: 'You are in the meeting' }).waitFor();
    await panel.getByText(/a third person is in the room/).waitFor();
    await env.standIn.waitForRoom(roomName, (room) => !room.e2ee, 'end-to-end encryption off');
    expect(
      env.standIn
        .room(roomName)
        .commands.filter((command) => command.name === 'toggle-e2ee')
        .map((command) => command.args),
    ).toEqual([[true], [false]]);

    await panel.getByRole('button', { name: 'Leave consultation' }).click();
    await app.page.getByRole('dialog', { name: 'The consultation has ended' }).waitFor();
    await Promise.all([client.context.close(), interpreter.context.close()]);
  });

  it('asks for end-to-end encryption but claims no more than it knows when the client’s browser cannot encrypt', async () => {
    const app = await start();
    await setUpServer(app.page, env.standIn.origin);
    await saveToken(app.page, await jitsiToken(30));
    const { id, roomName } = await createAppointment(app, 'Rechtsberatung');
    await startButton(app.page).click();
    const meeting = await app.nextMeeting();
    await meeting.page.getByRole('button', { name: 'Join the consultation' }).click();
    await jitsi(meeting.page).getByRole('button', { name: 'Join meeting' }).click();
    await env.standIn.waitForRoom(roomName, (room) => room.password !== null, 'room password set');
    const password = await keytar.getPassword(
      testKeychainService(suite.userDataDir),
      `room-password/${id}`,
    );

    // Jitsi's own switch for a browser without encoded-frame support.
    const client = await entersWithPassword(app.context.browser()!, roomName, password!, {
      hash: '#config.e2ee.disabled=true',
    });
    const panel = panelOf(meeting.page);
    const status = panel.getByText(/End-to-end encryption requested/);
    await status.waitFor();
    await env.standIn.waitForRoom(
      roomName,
      (room) => room.commands.some((command) => command.name === 'toggle-e2ee'),
      'end-to-end encryption asked for',
    );
    // Jitsi shows no E2EE label: not everybody encrypts. The app never says it is on.
    expect(env.standIn.room(roomName).e2ee).toBe(false);
    expect(await status.textContent()).toContain('Jitsi’s lock label in the meeting');
    expect(await panel.textContent()).not.toMatch(/is encrypted end to end/);

    await panel.getByRole('button', { name: 'Leave consultation' }).click();
    await app.page.getByRole('dialog', { name: 'The consultation has ended' }).waitFor();
    await client.context.close();
  });

  it('without a token, says that moderator rights need one and joins as guest only when confirmed', async () => {
    const app = await start();
    await setUpServer(app.page, env.standIn.origin);
    const { roomName } = await createAppointment(app, 'Suchtberatung');

    // Declined: nothing opens.
    await startButton(app.page).click();
    const question = app.page.getByRole('dialog', { name: 'Join without moderator rights?' });
    await question.getByText(/You need your personal access token for moderator rights/).waitFor();
    await question.getByRole('button', { name: 'Do not join' }).click();
    await question.waitFor({ state: 'detached' });
    expect(app.meetings).toHaveLength(0);

    // Confirmed: a guest, told so in the meeting window.
    await startButton(app.page).click();
    await app.page.getByRole('button', { name: 'Join as guest' }).click();
    const meeting = await app.nextMeeting();
    await meeting.page
      .getByText('You are joining as a guest: without moderator rights, room password or lobby.')
      .first()
      .waitFor();
    await meeting.page.getByRole('button', { name: 'Join the consultation' }).click();
    await jitsi(meeting.page).getByRole('button', { name: 'Join meeting' }).click();
    const panel = meeting.page.getByRole('complementary', { name: 'Consultation controls' });
    await panel.getByText('You are taking part without moderator rights.').waitFor();
    const room = env.standIn.room(roomName);
    expect(room.joins[0]).toMatchObject({ jwtPresent: false });
    expect(room.participants).toEqual([
      expect.objectContaining({ role: 'participant', viaToken: false }),
    ]);
    // A guest cannot secure the room, and the app does not try.
    expect(room.password).toBeNull();
    expect(room.commands.map((command) => command.name)).not.toContain('password');

    await panel.getByRole('button', { name: 'Leave consultation' }).click();
    await app.page.getByRole('dialog', { name: 'The consultation has ended' }).waitFor();
    expect(meeting.wiped).toBe(true);
  });

  it('joins through a sign-in proxy that redirects the meeting frame, while the window itself stays pinned', async () => {
    env.standIn.requireSignIn(true);
    try {
      const app = await start();
      await setUpServer(app.page, env.standIn.origin);
      const { roomName } = await createAppointment(app, 'Schuldnerberatung');
      await startButton(app.page).click();
      await app.page.getByRole('button', { name: 'Join as guest' }).click();
      const meeting = await app.nextMeeting();
      await meeting.page.getByRole('button', { name: 'Join the consultation' }).click();
      // /<room> → /oauth2/start?rd=/<room> → /<room>: two redirects of the Jitsi frame.
      await jitsi(meeting.page).getByRole('button', { name: 'Join meeting' }).click();
      const panel = meeting.page.getByRole('complementary', { name: 'Consultation controls' });
      await panel.getByText('You are taking part without moderator rights.').waitFor();
      expect(env.standIn.room(roomName).participants).toHaveLength(1);

      // The window's own page still cannot be sent away from the app.
      await meeting.page.evaluate((origin) => {
        window.location.href = `${origin}/oauth2/start?rd=%2F`;
      }, env.standIn.origin);
      await expect.poll(() => app.logLines.join('\n')).toContain('refused to navigate the window');
      expect(new URL(meeting.page.url()).origin).toBe('https://sprechstunde.invalid');
    } finally {
      env.standIn.requireSignIn(false);
    }
  });

  it('does not start while the server is down, and the appointment stays readable', async () => {
    const down = await startJitsiStandIn({ certificate: env.certificate });
    const app = await start();
    await setUpServer(app.page, down.origin);
    await saveToken(app.page, await jitsiToken(30));
    await createAppointment(app, 'Rechtsberatung');
    await expect.poll(() => startButton(app.page).isEnabled()).toBe(true);

    // The server goes down between two checks: the click finds out.
    await down.close();
    await startButton(app.page).click();
    await app.page
      .getByRole('alert')
      .getByText(/The Jitsi server cannot be reached right now/)
      .waitFor();
    expect(app.meetings).toHaveLength(0);

    // Next time the app looks, joining is disabled with the reason.
    await app.page.reload();
    await openFromList(app, 'Rechtsberatung');
    await expect.poll(() => startButton(app.page).isDisabled()).toBe(true);
    await app.page
      .getByText(
        'The Jitsi server is not answering right now. You can start as soon as it is reachable again.',
      )
      .waitFor();
    await app.page.getByRole('heading', { name: 'Rechtsberatung' }).waitFor();

    // Offline: the same, with its own reason.
    await app.context.setOffline(true);
    await app.page
      .getByText(
        'Without an internet connection no consultation can start. The appointment stays readable.',
      )
      .waitFor();
    await app.context.setOffline(false);
  });
});
