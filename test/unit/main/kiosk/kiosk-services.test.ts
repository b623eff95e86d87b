import { describe, expect, it, vi } from 'vitest';
import type { MeetingWindow } from '../../../../src/main/consultation/meeting-runner';
import { createKioskServices } from '../../../../src/main/kiosk/kiosk-services';
import { manualClock } from '../../../fixtures/manual-clock';
import type { Fetch } from '../../../../src/main/network/server-status';
import { createApi } from '../../../../src/shared/api';
import { mergePolicy, type Policy } from '../../../../src/shared/effective-settings';
import {
  kioskChannels,
  mainChannels,
  meetingChannels,
  type Channel,
} from '../../../../src/shared/ipc-channels';
import { policyTable } from '../../../../src/shared/policy';

const APP = 'app://sprechstunde';
const KIOSK_WINDOW = 1;
const MEETING_WINDOW = 2;
const SERVER = 'https://meet.beratung.example.org';
const ROOM = 'abcdefghijklmnopqrstuvwxyz';
const reachable: Fetch = () => Promise.resolve(new Response(null, { status: 200 }));

function setUp(options: { policy?: Policy; fetch?: Fetch } = {}) {
  const policy =
    options.policy ??
    mergePolicy([
      {
        source: '/etc/sprechstunde/policy.json',
        values: {
          ServerUrl: SERVER,
          KioskMode: true,
          KioskExitPinHash: policyTable.KioskExitPinHash.example,
          KioskIdleMinutes: 3,
        },
      },
    ]);
  const lines: string[] = [];
  const events: string[] = [];
  const windows: { request: unknown; close(): void; window: MeetingWindow }[] = [];
  const { clock, delays, fire } = manualClock();
  const services = createKioskServices({
    appOrigin: APP,
    policy: { current: () => policy },
    fetch: options.fetch ?? reachable,
    openMeetingWindow: (request) => {
      let close = () => {};
      const closed = new Promise<void>((resolve) => (close = resolve));
      const window: MeetingWindow = {
        contentsId: MEETING_WINDOW,
        closed,
        load: () => Promise.resolve(),
        close: () => {
          events.push('meeting closed');
          close();
        },
        wipe: () => {
          events.push('partition wiped');
          return Promise.resolve();
        },
      };
      windows.push({ request, close, window });
      return Promise.resolve(window);
    },
    resetTerminal: () => {
      events.push('terminal reset');
      return Promise.resolve();
    },
    reloadStartPage: () => events.push('start page reloaded'),
    quit: () => events.push('quit'),
    mainContentsId: KIOSK_WINDOW,
    clock,
    logSink: (line) => lines.push(line),
    checkReplies: true,
  });
  const sender = (contentsId: number, page: string) => ({
    url: `${APP}/${page}`,
    isMainFrame: true,
    contentsId,
  });
  const dispatch = (channel: Channel, payload: unknown, contentsId = KIOSK_WINDOW) =>
    services.router.dispatch(channel, payload, sender(contentsId, 'kiosk.html'));
  const kiosk = createApi(kioskChannels, (channel, payload) => dispatch(channel, payload));
  const meeting = createApi(meetingChannels, (channel, payload) =>
    services.router.dispatch(channel, payload, sender(MEETING_WINDOW, 'meeting.html')),
  );
  return { services, kiosk, meeting, dispatch, lines, events, windows, delays, fire };
}

describe('the kiosk', () => {
  it('is ready with a configured, reachable server, and names its languages and idle time', async () => {
    const { kiosk } = setUp();
    expect(await kiosk.kiosk.state()).toEqual({
      ok: true,
      value: { status: 'ready', languages: ['de', 'en'], idleMinutes: 3 },
    });
  });

  it('says the server is unreachable, so the start page retries', async () => {
    const { kiosk } = setUp({ fetch: () => Promise.reject(new Error('offline')) });
    expect(await kiosk.kiosk.state()).toMatchObject({ value: { status: 'server-unreachable' } });
  });

  it.each([
    ['no ServerUrl', {}],
    ['an invalid ServerUrl', { ServerUrl: 'http://meet.example.org' }],
    ['an invalid pin beside a valid server', { ServerUrl: SERVER, SpkiPins: ['nope'] }],
  ])('is out of order with %s, and joins nothing', async (_, values) => {
    const policy = mergePolicy([{ source: 'HKLM', values: { KioskMode: true, ...values } }]);
    const { kiosk, windows, services } = setUp({ policy });
    expect(await kiosk.kiosk.state()).toMatchObject({ value: { status: 'out-of-order' } });
    expect(
      await kiosk.kiosk.join({ input: `${SERVER}/${ROOM}`, displayName: 'Gast', language: 'de' }),
    ).toEqual({ ok: false, error: { code: 'policy-invalid' } });
    expect(windows).toHaveLength(0);
    expect(services.network.filter({ url: `${SERVER}/`, resourceType: 'script' })).toMatchObject({
      action: 'block',
    });
  });

  it('refuses another host, a malformed code and an empty name at their fields, and logs nothing typed', async () => {
    const { kiosk, windows, lines } = setUp();
    const join = (input: string, displayName: string) =>
      kiosk.kiosk.join({ input, displayName, language: 'de' });
    expect(await join(`https://evil.example/${ROOM}`, 'Frau Klientin')).toEqual({
      ok: false,
      error: {
        code: 'invalid-request',
        issues: [{ path: 'input', message: 'kiosk.error.otherHost' }],
      },
    });
    expect(await join('not-a-code', '  ')).toEqual({
      ok: false,
      error: {
        code: 'invalid-request',
        issues: [
          { path: 'input', message: 'kiosk.error.malformed' },
          { path: 'displayName', message: 'kiosk.error.nameEmpty' },
        ],
      },
    });
    expect(windows).toHaveLength(0);
    expect(lines.join('\n')).not.toMatch(/Klientin|evil|not-a-code/);
  });

  it('joins as a guest with only the client’s controls, and resets after the meeting', async () => {
    const { kiosk, meeting, windows, events } = setUp();
    const pasted = `Guten Tag,\nhier ist der Link zur Video-Beratung:\n${SERVER}/${ROOM}\nBis bald`;
    const joining = kiosk.kiosk.join({ input: pasted, displayName: ' Frau K. ', language: 'en' });
    await vi.waitFor(() => expect(windows).toHaveLength(1));
    const spec = await meeting.meeting.spec();
    expect(spec).toMatchObject({
      ok: true,
      value: {
        serverOrigin: SERVER,
        roomName: ROOM,
        jwt: null,
        roomPassword: null,
        mode: 'kiosk',
        displayName: 'Frau K.',
        language: 'en',
      },
    });
    const config = spec.ok ? spec.value.configOverwrite : {};
    expect(config.toolbarButtons).toEqual(['microphone', 'camera', 'hangup']);
    // The page gets its spec once.
    expect(await meeting.meeting.spec()).toMatchObject({ ok: false });
    await meeting.meeting.leave();
    expect(await joining).toEqual({ ok: true, value: { ended: true } });
    expect(events).toEqual(['meeting closed', 'partition wiped', 'terminal reset']);
    expect(await kiosk.kiosk.done()).toEqual({ ok: true, value: { reset: true } });
    expect(events.slice(3)).toEqual(['terminal reset', 'start page reloaded']);
  });

  it('refuses the counsellor’s channels from its own window', async () => {
    const { dispatch } = setUp();
    for (const channel of mainChannels) {
      expect(await dispatch(channel, undefined)).toEqual({
        ok: false,
        error: { code: 'not-in-this-mode' },
      });
    }
  });

  it('resets when left idle on the start page, not while a meeting runs', async () => {
    const { kiosk, meeting, windows, events, delays, fire } = setUp();
    expect(delays()).toEqual([3 * 60_000]);
    await kiosk.kiosk.activity();
    expect(delays()).toHaveLength(1);
    fire();
    await vi.waitFor(() => expect(events).toEqual(['terminal reset', 'start page reloaded']));

    const joining = kiosk.kiosk.join({ input: ROOM, displayName: 'Gast', language: 'de' });
    await vi.waitFor(() => expect(windows).toHaveLength(1));
    expect(delays()).toHaveLength(0);
    await kiosk.kiosk.activity();
    expect(delays()).toHaveLength(0);
    await meeting.meeting.leave();
    await joining;
    expect(delays()).toHaveLength(1);
  });

  it('counts the idle time beside a conference that could not start, then closes it and resets', async () => {
    const { kiosk, meeting, windows, events, delays, fire, lines } = setUp();
    const joining = kiosk.kiosk.join({ input: ROOM, displayName: 'Gast', language: 'de' });
    await vi.waitFor(() => expect(windows).toHaveLength(1));
    expect(delays()).toHaveLength(0);
    expect(await meeting.meeting.stage({ stage: 'failed' })).toEqual({
      ok: true,
      value: { noted: true },
    });
    expect(delays()).toEqual([3 * 60_000]);
    fire();
    await vi.waitFor(() => expect(events).toContain('start page reloaded'));
    expect(await joining).toEqual({ ok: true, value: { ended: true } });
    expect(events[0]).toBe('meeting closed');
    expect(events).toEqual(
      expect.arrayContaining(['partition wiped', 'terminal reset', 'start page reloaded']),
    );
    expect(lines.join('\n')).toContain('the conference could not start');
    // The blank start page counts anew.
    expect(delays()).toEqual([3 * 60_000]);
  });

  it('counts the idle time at the equipment check, from its last input, and never in the conference', async () => {
    const { kiosk, meeting, windows, events, delays, fire } = setUp();
    const joining = kiosk.kiosk.join({ input: ROOM, displayName: 'Gast', language: 'de' });
    await vi.waitFor(() => expect(windows).toHaveLength(1));
    await meeting.meeting.stage({ stage: 'check' });
    expect(delays()).toEqual([3 * 60_000]);
    // Input at the check: counted anew, one countdown only.
    await meeting.meeting.stage({ stage: 'check' });
    expect(delays()).toEqual([3 * 60_000]);
    await meeting.meeting.stage({ stage: 'conference' });
    expect(delays()).toEqual([]);
    await meeting.meeting.leave();
    await joining;
    expect(events).not.toContain('start page reloaded');

    // A second client walks away at the check: the window closes, the terminal resets.
    const again = kiosk.kiosk.join({ input: ROOM, displayName: 'Gast', language: 'de' });
    await vi.waitFor(() => expect(windows).toHaveLength(2));
    await meeting.meeting.stage({ stage: 'check' });
    fire();
    expect(await again).toEqual({ ok: true, value: { ended: true } });
    expect(events).toContain('start page reloaded');
  });

  it('ignores where a page is once its meeting is over', async () => {
    const { meeting, delays, fire } = setUp();
    fire();
    // No meeting window: the router refuses the sender before the handler runs.
    expect(await meeting.meeting.stage({ stage: 'failed' })).toMatchObject({ ok: false });
    expect(delays()).toHaveLength(0);
  });

  it('lets staff leave with the right PIN only, slowing wrong ones', async () => {
    const { kiosk, events, lines } = setUp();
    const tries = [];
    for (let i = 0; i < 3; i += 1) tries.push(await kiosk.kiosk.exit({ pin: '1111' }));
    expect(tries.map((t) => t.ok && t.value)).toEqual([
      { accepted: false, retryInSeconds: 0 },
      { accepted: false, retryInSeconds: 0 },
      { accepted: false, retryInSeconds: 5 },
    ]);
    // Even the right PIN waits out the delay.
    expect(await kiosk.kiosk.exit({ pin: '2468' })).toMatchObject({
      value: { accepted: false },
    });
    expect(events).not.toContain('quit');
    expect(lines.join('\n')).not.toContain('1111');
  }, 30_000);

  it('quits with the right PIN', async () => {
    const { kiosk, events } = setUp();
    expect(await kiosk.kiosk.exit({ pin: '2468' })).toEqual({
      ok: true,
      value: { accepted: true },
    });
    expect(events).toEqual(['terminal reset', 'quit']);
  }, 30_000);
});
