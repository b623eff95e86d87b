import { describe, expect, it } from 'vitest';
import {
  checkConnection,
  type ConnectionCheckEnvironment,
  type WebSocketLike,
} from '../../../src/renderer/meeting/connection-check';

const SERVER = 'https://meet.example.org';

/** A clock that only moves when the test runs its timers. */
function fakeClock() {
  let time = 0;
  let timers: { at: number; callback: () => void }[] = [];
  return {
    now: () => time,
    after: (ms: number, callback: () => void) => {
      const timer = { at: time + ms, callback };
      timers.push(timer);
      return () => {
        timers = timers.filter((other) => other !== timer);
      };
    },
    /** Fires the earliest timer, moving the time to it; false when none is left. */
    tick(): boolean {
      const next = timers.reduce<(typeof timers)[number] | null>(
        (earliest, timer) => (earliest === null || timer.at < earliest.at ? timer : earliest),
        null,
      );
      if (!next) return false;
      timers = timers.filter((timer) => timer !== next);
      time = next.at;
      next.callback();
      return true;
    },
  };
}
type Clock = ReturnType<typeof fakeClock>;

/** Runs the clock until `promise` settles (and fails if it never does). */
async function drive<T>(clock: Clock, promise: Promise<T>): Promise<T> {
  let settled = false;
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  for (let step = 0; step < 1000; step++) {
    await new Promise((resolve) => setImmediate(resolve));
    if (settled) return promise;
    if (!clock.tick()) break;
  }
  await new Promise((resolve) => setImmediate(resolve));
  if (!settled) throw new Error('the check never finished');
  return promise;
}

type Answer = { after: number; fails?: boolean } | 'never';

/** A server answering each HEAD request as told, on the fake clock. */
function fakeFetch(clock: Clock, answers: Answer[]) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const answer = answers.shift() ?? 'never';
    return new Promise<unknown>((resolve, reject) => {
      init.signal?.addEventListener('abort', () =>
        reject(new DOMException('aborted', 'AbortError')),
      );
      if (answer === 'never') return;
      clock.after(answer.after, () =>
        answer.fails ? reject(new TypeError('Failed to fetch')) : resolve({ type: 'opaque' }),
      );
    });
  };
  return { fetch, calls };
}

/** A WebSocket that opens, fails or hangs after a while, on the fake clock. */
function fakeWebSockets(clock: Clock, behaviour: { opensAfter?: number; failsAfter?: number }) {
  const sockets: FakeSocket[] = [];
  class FakeSocket implements WebSocketLike {
    readonly listeners = new Map<string, (() => void)[]>();
    closedWith: number | null = null;
    constructor(
      readonly url: string,
      readonly protocols: string | string[],
    ) {
      sockets.push(this);
      if (behaviour.opensAfter !== undefined) {
        clock.after(behaviour.opensAfter, () => this.emit('open'));
      }
      if (behaviour.failsAfter !== undefined) {
        clock.after(behaviour.failsAfter, () => {
          this.emit('error');
          this.emit('close');
        });
      }
    }
    addEventListener(type: string, listener: () => void) {
      this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
    }
    close(code = 1005) {
      this.closedWith = code;
    }
    emit(type: string) {
      if (this.closedWith !== null && type === 'open') return;
      for (const listener of this.listeners.get(type) ?? []) listener();
    }
  }
  return { WebSocket: FakeSocket, sockets };
}

function environment(
  clock: Clock,
  answers: Answer[],
  socket: { opensAfter?: number; failsAfter?: number },
  online = true,
) {
  const server = fakeFetch(clock, answers);
  const sockets = fakeWebSockets(clock, socket);
  const env: ConnectionCheckEnvironment = {
    fetch: server.fetch,
    WebSocket: sockets.WebSocket,
    now: clock.now,
    after: clock.after,
    online: () => online,
  };
  return { env, calls: server.calls, sockets: sockets.sockets };
}

describe('the connection check', () => {
  it('reaches the server over HTTPS and WebSocket, with the median round trip', async () => {
    const clock = fakeClock();
    const { env, calls, sockets } = environment(
      clock,
      [{ after: 250 }, { after: 41 }, { after: 43 }],
      { opensAfter: 55 },
    );
    const result = await drive(clock, checkConnection(SERVER, env));

    expect(result).toEqual({
      status: 'done',
      https: { reachable: true, rttMs: 43 },
      websocket: { reachable: true, rttMs: 55 },
    });
    expect(calls.map((call) => call.url)).toEqual([
      'https://meet.example.org/',
      'https://meet.example.org/',
      'https://meet.example.org/',
    ]);
    expect(calls[0]!.init).toMatchObject({
      method: 'HEAD',
      mode: 'no-cors',
      cache: 'no-store',
      credentials: 'omit',
    });
    expect(sockets).toHaveLength(1);
    expect(sockets[0]!.url).toBe('wss://meet.example.org/xmpp-websocket');
    expect(sockets[0]!.protocols).toBe('xmpp');
    // Opened only to see that it opens: closed at once, normally.
    expect(sockets[0]!.closedWith).toBe(1000);
  });

  it('takes as many probes as asked for', async () => {
    const clock = fakeClock();
    const answers = [10, 20, 30, 40, 500].map((after) => ({ after }));
    const { env, calls } = environment(clock, answers, { opensAfter: 5 });
    const result = await drive(clock, checkConnection(SERVER, env, { probes: 5 }));
    expect(calls).toHaveLength(5);
    expect(result).toMatchObject({ https: { reachable: true, rttMs: 30 } });
  });

  it('reports an unreachable server after one failed request', async () => {
    const clock = fakeClock();
    const { env, calls } = environment(clock, [{ after: 20, fails: true }], { failsAfter: 20 });
    const result = await drive(clock, checkConnection(SERVER, env));
    expect(result).toEqual({
      status: 'done',
      https: { reachable: false, failure: 'unreachable' },
      websocket: { reachable: false, failure: 'unreachable' },
    });
    expect(calls).toHaveLength(1);
  });

  it('keeps the round trips it got when a later probe fails', async () => {
    const clock = fakeClock();
    const { env } = environment(clock, [{ after: 60 }, { after: 5, fails: true }], {
      opensAfter: 70,
    });
    const result = await drive(clock, checkConnection(SERVER, env));
    expect(result).toMatchObject({ https: { reachable: true, rttMs: 60 } });
  });

  it('reports a WebSocket that fails while HTTPS works', async () => {
    const clock = fakeClock();
    const { env } = environment(clock, [{ after: 30 }, { after: 30 }, { after: 30 }], {
      failsAfter: 15,
    });
    const result = await drive(clock, checkConnection(SERVER, env));
    expect(result).toEqual({
      status: 'done',
      https: { reachable: true, rttMs: 30 },
      websocket: { reachable: false, failure: 'unreachable' },
    });
  });

  it('gives up after five seconds, cancelling the request and the socket', async () => {
    const clock = fakeClock();
    const { env, calls, sockets } = environment(clock, ['never'], {});
    const result = await drive(clock, checkConnection(SERVER, env));
    expect(result).toEqual({
      status: 'done',
      https: { reachable: false, failure: 'timeout' },
      websocket: { reachable: false, failure: 'timeout' },
    });
    // Both at once: the check takes five seconds, not ten.
    expect(clock.now()).toBe(5000);
    expect(calls[0]!.init.signal?.aborted).toBe(true);
    expect(sockets[0]!.closedWith).not.toBeNull();
  });

  it('counts an answer after the deadline as a timeout', async () => {
    const clock = fakeClock();
    const { env } = environment(clock, [{ after: 1500 }], { opensAfter: 1500 });
    const result = await drive(clock, checkConnection(SERVER, env, { timeoutMs: 1000 }));
    expect(result).toMatchObject({
      https: { reachable: false, failure: 'timeout' },
      websocket: { reachable: false, failure: 'timeout' },
    });
  });

  it('asks nobody when the computer is offline', async () => {
    const clock = fakeClock();
    const { env, calls, sockets } = environment(clock, [], {}, false);
    expect(await drive(clock, checkConnection(SERVER, env))).toEqual({ status: 'offline' });
    expect(calls).toEqual([]);
    expect(sockets).toEqual([]);
  });

  it('reports a socket the browser refuses to create as unreachable', async () => {
    const clock = fakeClock();
    const { env } = environment(clock, [{ after: 10 }, { after: 10 }, { after: 10 }], {});
    env.WebSocket = class {
      constructor() {
        throw new DOMException('refused', 'SecurityError');
      }
      addEventListener() {}
      close() {}
    };
    const result = await drive(clock, checkConnection(SERVER, env));
    expect(result).toMatchObject({ websocket: { reachable: false, failure: 'unreachable' } });
  });
});
