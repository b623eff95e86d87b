import { describe, expect, it, vi } from 'vitest';
import {
  createRouter,
  isAppOrigin,
  type Handlers,
  type Sender,
} from '../../../../src/main/ipc/router';
import { localDay, queryAppointments } from '../../../../src/shared/appointment-views';
import { AppFailure } from '../../../../src/shared/result';
import { appointment, draft } from '../../../fixtures/appointments';

const appOrigin = 'app://sprechstunde';
const app: Sender = { url: 'app://sprechstunde/index.html', isMainFrame: true };

function setUp(overrides: Partial<Handlers> = {}, checkReplies = false) {
  const created = appointment();
  const handlers = {
    'appointments:create': vi.fn(() => created),
    'appointments:get': vi.fn(() => created),
    ...overrides,
  } as unknown as Handlers;
  const lines: string[] = [];
  const router = createRouter({
    handlers,
    isTrustedSender: (sender) => isAppOrigin(sender.url, appOrigin),
    log: { info: (m) => lines.push(m), warn: (m) => lines.push(m), error: (m) => lines.push(m) },
    checkReplies,
  });
  return { router, handlers, created, lines };
}

describe('IPC router', () => {
  it('passes a valid request from the app to its handler and returns the result', async () => {
    const { router, handlers, created } = setUp();
    const result = await router.dispatch('appointments:create', draft({ title: ' Termin ' }), app);
    expect(result).toEqual({ ok: true, value: created });
    expect(handlers['appointments:create']).toHaveBeenCalledWith(draft({ title: 'Termin' }));
  });

  it.each([
    ['a sub-frame of the app', { url: 'app://sprechstunde/index.html', isMainFrame: false }],
    ['the Jitsi iframe', { url: 'https://meet.example.org/room', isMainFrame: false }],
    ['a foreign top-level page', { url: 'https://evil.test/', isMainFrame: true }],
    ['a look-alike host', { url: 'app://sprechstunde.evil/index.html', isMainFrame: true }],
    ['userinfo trickery', { url: 'app://sprechstunde@evil/index.html', isMainFrame: true }],
    ['a password in the address', { url: 'app://:pw@sprechstunde/index.html', isMainFrame: true }],
    ['a file URL', { url: 'file:///tmp/index.html', isMainFrame: true }],
    ['a destroyed frame', { url: '', isMainFrame: false }],
  ])('refuses %s without calling the handler', async (_name, sender) => {
    const { router, handlers } = setUp();
    const result = await router.dispatch('appointments:get', { id: appointment().id }, sender);
    expect(result).toEqual({ ok: false, error: { code: 'untrusted-sender' } });
    expect(handlers['appointments:get']).not.toHaveBeenCalled();
  });

  it('refuses unknown channels, including prototype names', async () => {
    const { router } = setUp();
    for (const channel of ['appointments:drop', 'toString', '__proto__', 42]) {
      expect(await router.dispatch(channel, undefined, app)).toEqual({
        ok: false,
        error: { code: 'unknown-channel' },
      });
    }
  });

  it('refuses a channel its mode does not answer, as the kiosk does the counsellor’s', async () => {
    const { router, lines } = setUp();
    expect(await router.dispatch('settings:update', { serverUrl: null }, app)).toEqual({
      ok: false,
      error: { code: 'not-in-this-mode' },
    });
    expect(await router.dispatch('kiosk:state', undefined, app)).toEqual({
      ok: false,
      error: { code: 'not-in-this-mode' },
    });
    expect(lines).toEqual([
      'refused settings:update: not answered in this mode',
      'refused kiosk:state: not answered in this mode',
    ]);
  });

  it('refuses an invalid payload with field issues and never calls the handler', async () => {
    const { router, handlers } = setUp();
    const result = await router.dispatch('appointments:create', draft({ title: '' }), app);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-request',
        issues: [{ path: 'title', message: 'validation.title.required' }],
      },
    });
    expect(handlers['appointments:create']).not.toHaveBeenCalled();
  });

  it('turns a typed failure into its code', async () => {
    const { router } = setUp({
      'appointments:delete': () => {
        throw new AppFailure('not-found');
      },
    });
    const result = await router.dispatch('appointments:delete', { id: appointment().id }, app);
    expect(result).toEqual({ ok: false, error: { code: 'not-found' } });
  });

  it('hides unexpected errors behind "internal" and logs no details', async () => {
    const { router, lines } = setUp({
      'appointments:get': () => {
        throw new Error('ENOENT /home/berater/K-17 Meyer.json');
      },
    });
    expect(await router.dispatch('appointments:get', { id: appointment().id }, app)).toEqual({
      ok: false,
      error: { code: 'internal' },
    });
    expect(lines.join('\n')).not.toContain('Meyer');
    expect(lines.join('\n')).not.toContain('/home');
  });

  describe('with replies checked, as in the tests', () => {
    const start = new Date(2026, 10, 23, 10);
    const query = {
      view: 'today',
      filter: '',
      day: localDay(start),
      offset: 0,
      limit: 100,
    } as const;
    const page = queryAppointments([appointment({ start: start.toISOString() })], query);

    it('answers a reply that keeps to its contract unchanged', async () => {
      const { router } = setUp({ 'appointments:query': () => page }, true);
      expect(await router.dispatch('appointments:query', query, app)).toEqual({
        ok: true,
        value: page,
      });
    });

    it('fails loudly when a list row carries the notes, naming the channel and path, not the value', async () => {
      // What a handler mapping rows by hand could return, whatever its type says.
      const leaking = {
        ...page,
        rows: page.rows.map((row) => ({ ...row, notes: 'Frau Meyer, Trennung' })),
      };
      const { router, lines } = setUp({ 'appointments:query': () => leaking }, true);
      expect(await router.dispatch('appointments:query', query, app)).toEqual({
        ok: false,
        error: { code: 'internal' },
      });
      expect(lines).toEqual([
        'appointments:query replied outside its contract: rows.0 unrecognized_keys notes',
      ]);
    });

    it('fails when a reply lacks what its contract promises', async () => {
      const { router, lines } = setUp({ 'appointments:delete': () => ({}) as never }, true);
      expect(await router.dispatch('appointments:delete', { id: appointment().id }, app)).toEqual({
        ok: false,
        error: { code: 'internal' },
      });
      expect(lines).toEqual(['appointments:delete replied outside its contract: id invalid_type']);
    });
  });
});
