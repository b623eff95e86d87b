import { describe, expect, it } from 'vitest';
import {
  linkInArgv,
  registerDeepLinks,
  type DeepLinkApp,
} from '../../../../src/main/windows/deep-links';
import type { DeepLink } from '../../../../src/shared/deep-link';

const id = '4d4b7f0e-8f1a-4c0b-9a55-0f3f8f2c8b6e';
const room = 'abcdefghijklmnopqrstuvwxyz';
const server = 'https://meet.example.org';

function fakeApp() {
  const listeners = new Map<string, (...args: unknown[]) => void>();
  const registrations: unknown[][] = [];
  const app = {
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
  return { app: app as unknown as DeepLinkApp, registrations, emit };
}

function setUp(argv: string[] = ['/opt/Sprechstunde/sprechstunde'], development?: boolean) {
  const fake = fakeApp();
  const links: DeepLink[] = [];
  const logged: string[] = [];
  const log = {
    info: (line: string) => logged.push(line),
    warn: (line: string) => logged.push(line),
    error: (line: string) => logged.push(line),
  };
  registerDeepLinks({
    app: fake.app,
    argv,
    ...(development ? { development: { execPath: '/usr/bin/electron', entry: '/src/app' } } : {}),
    serverOrigin: () => server,
    onLink: (link) => links.push(link),
    log,
  });
  return { ...fake, links, logged };
}

describe('deep links', () => {
  it('registers the scheme, and in development with Electron and the entry', () => {
    expect(setUp().registrations).toEqual([['sprechstunde']]);
    expect(setUp(undefined, true).registrations).toEqual([
      ['sprechstunde', '/usr/bin/electron', ['/src/app']],
    ]);
  });

  it('hands on a link macOS opens, and keeps the default', () => {
    const { emit, links } = setUp();
    let prevented = false;
    emit(
      'open-url',
      { preventDefault: () => (prevented = true) },
      `sprechstunde://appointment/${id}`,
    );
    expect(prevented).toBe(true);
    expect(links).toEqual([{ kind: 'appointment', id }]);
  });

  it('hands on the link of a second start, and of the first', () => {
    const first = `sprechstunde://join/${room}?server=${server}`;
    const { emit, links } = setUp(['Sprechstunde.exe', '--', first]);
    emit('second-instance', {}, [
      'Sprechstunde.exe',
      '--allow-file-access',
      `sprechstunde://appointment/${id}`,
    ]);
    emit('second-instance', {}, ['Sprechstunde.exe']);
    expect(links).toEqual([
      { kind: 'join', roomName: room },
      { kind: 'appointment', id },
    ]);
  });

  it('hands on a refused link with its reason and logs no part of it', () => {
    const { emit, links, logged } = setUp();
    emit(
      'open-url',
      { preventDefault() {} },
      `sprechstunde://join/${room}?server=https://evil.example`,
    );
    expect(links).toEqual([{ kind: 'refused', reason: 'other-server' }]);
    expect(logged.join('\n')).not.toMatch(/evil|abcdefghij/);
  });

  it('finds the link among the arguments, in any case of the scheme', () => {
    expect(linkInArgv(['a', 'SPRECHSTUNDE://appointment/x'])).toBe('SPRECHSTUNDE://appointment/x');
    expect(linkInArgv(['a', '--flag'])).toBeNull();
  });
});
