import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkServer, explainedStatus } from '../../../../src/main/network/server-status';
import { asElectronNetFetch } from '../../../fixtures/electron-net-fetch';

let server: Server;
let url: string;
const now = () => new Date('2026-11-23T10:00:00.000Z');

beforeAll(async () => {
  server = createServer((request, response) => {
    // A server behind a sign-in proxy answers its start page with a redirect.
    if (request.url === '/signed-out/') {
      response.writeHead(302, { location: 'https://login.example.org/' }).end();
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('server status', () => {
  it('says so when no server is configured, without any request', async () => {
    const fail = () => Promise.reject(new Error('must not be called'));
    expect(await checkServer(fail, null, now)).toEqual({
      state: 'not-configured',
      startedAt: '2026-11-23T10:00:00.000Z',
      checkedAt: '2026-11-23T10:00:00.000Z',
    });
  });

  it('counts any HTTP answer as reachable', async () => {
    expect((await checkServer(fetch, url, now)).state).toBe('reachable');
  });

  it('counts a redirect as reachable, as Electron’s net.fetch reports it', async () => {
    const netFetch = asElectronNetFetch(fetch);
    await expect(netFetch(`${url}signed-out/`, { redirect: 'manual' })).rejects.toThrow(
      'Redirect was cancelled',
    );
    expect((await checkServer(netFetch, `${url}signed-out/`, now)).state).toBe('reachable');
    expect((await checkServer(fetch, `${url}signed-out/`, now)).state).toBe('reachable');
  });

  it('reports a refused connection as unreachable', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(
      (await checkServer(asElectronNetFetch(fetch), `http://127.0.0.1:${port}/`, now)).state,
    ).toBe('unreachable');
  });

  it('gives up after the timeout', async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as AddressInfo).port;
    try {
      const status = await checkServer(fetch, `http://127.0.0.1:${port}/`, now, 200);
      expect(status.state).toBe('unreachable');
    } finally {
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});

describe('server status explained by a refused certificate', () => {
  const unreachable = {
    state: 'unreachable' as const,
    startedAt: '2026-11-23T10:00:00.000Z',
    checkedAt: '2026-11-23T10:00:02.000Z',
  };
  const refusal = (host: string, at: string) => ({ host, reason: 'pin-mismatch' as const, at });

  it('names the host when its pin refused the connection during the check', () => {
    expect(
      explainedStatus(
        unreachable,
        'https://meet.example.org/',
        refusal('meet.example.org', '2026-11-23T10:00:01.000Z'),
      ),
    ).toEqual({
      state: 'certificate-refused',
      host: 'meet.example.org',
      checkedAt: '2026-11-23T10:00:02.000Z',
    });
  });

  it.each([
    ['before the check began', 'meet.example.org', '2026-11-23T09:59:59.000Z'],
    ['for another host', 'cdn.example.org', '2026-11-23T10:00:01.000Z'],
  ])('stays unreachable for a refusal %s', (_name, host, at) => {
    expect(explainedStatus(unreachable, 'https://meet.example.org/', refusal(host, at))).toEqual({
      state: 'unreachable',
      checkedAt: '2026-11-23T10:00:02.000Z',
    });
  });

  it('leaves a reachable server reachable, and drops when the check began', () => {
    const reachable = { ...unreachable, state: 'reachable' as const };
    expect(
      explainedStatus(
        reachable,
        'https://meet.example.org/',
        refusal('meet.example.org', '2026-11-23T10:00:01.000Z'),
      ),
    ).toEqual({ state: 'reachable', checkedAt: '2026-11-23T10:00:02.000Z' });
  });
});
