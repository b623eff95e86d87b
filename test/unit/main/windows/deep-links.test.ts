import { describe, expect, it } from 'vitest';
import {
  claimSingleInstance,
  linkInArgv,
  registerScheme,
  type DeepLinkApp,
} from '../../../../src/main/windows/deep-links';

const id = '4d4b7f0e-8f1a-4c0b-9a55-0f3f8f2c8b6e';
const room = 'abcdefghijklmnopqrstuvwxyz';
const server = 'https://meet.example.org';

/** Electron's app as far as the glue uses it: events kept by name, calls recorded. */
function fakeApp({ lock = true } = {}) {
  const listeners = new Map<string, (...args: unknown[]) => void>();
  const calls: string[] = [];
  const registrations: unknown[][] = [];
  const app = {
    requestSingleInstanceLock: () => {
      calls.push('requestSingleInstanceLock');
      return lock;
    },
    quit: () => calls.push('quit'),
    setAsDefaultProtocolClient: (...args: unknown[]) => {
      registrations.push(args);
      return true;
    },
    on: (event: string, listener: (...args: unknown[]) => void) => {
      listeners.set(event, listener);
      return app;
    },
  };
  const emit = (event: string, ...args: unknown[]) => listeners.get(event)!(...args);
  return { app: app as unknown as DeepLinkApp, calls, registrations, listeners, emit };
}

function claim(argv: string[] = ['/opt/Sprechstunde/sprechstunde'], lock = true) {
  const fake = fakeApp({ lock });
  const links: string[] = [];
  const logged: string[] = [];
  let bringUps = 0;
  const claimed = claimSingleInstance({
    app: fake.app,
    argv,
    onLink: (url) => links.push(url),
    bringUp: () => bringUps++,
    log: { info: (l) => logged.push(l), warn: (l) => logged.push(l), error: (l) => logged.push(l) },
  });
  return { ...fake, claimed, links, logged, bringUps: () => bringUps };
}

describe('the single instance and its links', () => {
  it('quits a second start, which listens for nothing and keeps its link for the first', () => {
    const { claimed, calls, listeners, links } = claim(
      ['Sprechstunde.exe', `sprechstunde://appointment/${id}`],
      false,
    );
    expect(claimed).toBe(false);
    expect(calls).toEqual(['requestSingleInstanceLock', 'quit']);
    expect([...listeners.keys()]).toEqual([]);
    expect(links).toEqual([]);
  });

  it('hands on the link in its own command line (Windows, Linux)', () => {
    const first = `sprechstunde://join/${room}?server=${server}`;
    const { claimed, calls, links, bringUps } = claim(['Sprechstunde.exe', '--', first]);
    expect(claimed).toBe(true);
    expect(calls).toEqual(['requestSingleInstanceLock']);
    expect(links).toEqual([first]);
    // The window does not exist yet: the link waits for it.
    expect(bringUps()).toBe(0);
  });

  it("hands on a second start's link and brings the window up, with a link or without", () => {
    const { emit, links, bringUps } = claim();
    emit('second-instance', {}, [
      'Sprechstunde.exe',
      '--allow-file-access',
      `sprechstunde://appointment/${id}`,
    ]);
    emit('second-instance', {}, ['Sprechstunde.exe']);
    expect(links).toEqual([`sprechstunde://appointment/${id}`]);
    expect(bringUps()).toBe(2);
  });

  it('listens for macOS links before ready, and handles them itself', () => {
    const { emit, links, listeners, bringUps } = claim();
    // Registered by the call itself, which index.ts makes before app.whenReady().
    expect(listeners.has('open-url')).toBe(true);
    let prevented = false;
    emit(
      'open-url',
      { preventDefault: () => (prevented = true) },
      `sprechstunde://appointment/${id}`,
    );
    expect(prevented).toBe(true);
    expect(links).toEqual([`sprechstunde://appointment/${id}`]);
    expect(bringUps()).toBe(1);
  });

  it('finds the link among the arguments, in any case of the scheme', () => {
    expect(linkInArgv(['a', 'SPRECHSTUNDE://appointment/x'])).toBe('SPRECHSTUNDE://appointment/x');
    expect(linkInArgv(['a', '--flag'])).toBeNull();
  });
});

describe('registering the scheme at run time', () => {
  const register = (defaultApp: boolean, argv: string[]) => {
    const fake = fakeApp();
    const logged: string[] = [];
    registerScheme({
      app: fake.app,
      defaultApp,
      execPath: '/usr/bin/electron',
      argv,
      resolvePath: (path) => `/src/${path}`,
      log: { info: (l) => logged.push(l), warn: (l) => logged.push(l), error: () => {} },
    });
    return { registrations: fake.registrations, logged };
  };

  it('registers the installed app by its own name', () => {
    expect(register(false, ['/opt/Sprechstunde/sprechstunde']).registrations).toEqual([
      ['sprechstunde'],
    ]);
  });

  it('registers Electron with the resolved entry when run from source', () => {
    expect(register(true, ['/usr/bin/electron', 'out/main']).registrations).toEqual([
      ['sprechstunde', '/usr/bin/electron', ['/src/out/main']],
    ]);
  });

  it('registers nothing when run from source without an entry, and says so', () => {
    const { registrations, logged } = register(true, ['/usr/bin/electron']);
    expect(registrations).toEqual([]);
    expect(logged).toEqual([expect.stringContaining('not registered')]);
  });
});
