import { describe, expect, it } from 'vitest';
import {
  DOWNLOAD_BYTES,
  measureDownload,
  type BodyReader,
  type DownloadCheckEnvironment,
} from '../../../src/renderer/meeting/download-check';

/** A server whose body arrives in 64 KB chunks, each `msPerChunk` after the last, on a fake clock. */
function fakeServer(options: { msPerChunk: number; total?: number; fail?: boolean }) {
  let clock = 0;
  const requests: { url: string; init: RequestInit }[] = [];
  const timers: { at: number; callback: () => void }[] = [];
  let cancelled = false;
  const env: DownloadCheckEnvironment = {
    fetchBody: (url, init) => {
      requests.push({ url, init });
      if (options.fail) return Promise.reject(new TypeError('Failed to fetch'));
      let sent = 0;
      const total = options.total ?? 4 * 1024 * 1024;
      const reader: BodyReader = {
        read: () => {
          if (sent >= total) return Promise.resolve({ done: true });
          clock += options.msPerChunk;
          // The deadline passes while this chunk is on its way: the read is aborted.
          const due = timers.filter((timer) => timer.at <= clock);
          if (due.length > 0) {
            due.forEach((timer) => timer.callback());
            return Promise.reject(new DOMException('aborted', 'AbortError'));
          }
          const size = Math.min(64 * 1024, total - sent);
          sent += size;
          return Promise.resolve({ done: false, value: new Uint8Array(size) });
        },
        cancel: () => {
          cancelled = true;
          return Promise.resolve();
        },
      };
      return Promise.resolve(reader);
    },
    now: () => clock,
    after: (ms, callback) => {
      const timer = { at: clock + ms, callback };
      timers.push(timer);
      return () => timers.splice(timers.indexOf(timer), 1);
    },
    nonce: () => 'n1',
  };
  return { env, requests, cancelled: () => cancelled };
}

describe('the download measurement', () => {
  it('asks the configured server only, for a range of its bundle, past any cache', async () => {
    const server = fakeServer({ msPerChunk: 10 });
    await measureDownload('https://meet.example.org', server.env);
    expect(server.requests).toHaveLength(1);
    const [{ url, init }] = server.requests as [{ url: string; init: RequestInit }];
    expect(url).toBe('https://meet.example.org/libs/app.bundle.min.js?check=n1');
    expect(init).toMatchObject({
      mode: 'cors',
      credentials: 'omit',
      cache: 'no-store',
      headers: { range: `bytes=0-${DOWNLOAD_BYTES - 1}` },
    });
  });

  it('times a few hundred KB and stops reading then', async () => {
    // 64 KB every 10 ms: 52,429 kbit/s; the first chunk's time counts too.
    const server = fakeServer({ msPerChunk: 10 });
    const result = await measureDownload('https://meet.example.org', server.env);
    expect(result).toEqual({ status: 'done', kbps: Math.round((DOWNLOAD_BYTES * 8) / 80) });
    expect(server.cancelled()).toBe(true);
  });

  it('measures a slow line on what arrived before the deadline', async () => {
    // 64 KB per second: 524 kbit/s, far below 2,000.
    const server = fakeServer({ msPerChunk: 1000 });
    const result = await measureDownload('https://meet.example.org', server.env, {
      timeoutMs: 4500,
    });
    expect(result).toEqual({ status: 'done', kbps: Math.round((4 * 64 * 1024 * 8) / 4000) });
  });

  it('says nothing from a server it cannot reach or a file too small to tell', async () => {
    expect(
      await measureDownload(
        'https://meet.example.org',
        fakeServer({ msPerChunk: 10, fail: true }).env,
      ),
    ).toEqual({
      status: 'failed',
    });
    expect(
      await measureDownload(
        'https://meet.example.org',
        fakeServer({ msPerChunk: 10, total: 2000 }).env,
      ),
    ).toEqual({ status: 'failed' });
  });
});
