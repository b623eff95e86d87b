import { describe, expect, it } from 'vitest';
import { linkHandlers } from '../../../../src/main/handlers/links';
import { createLinkInbox } from '../../../../src/main/links/link-inbox';
import { claimSingleInstance, type DeepLinkApp } from '../../../../src/main/windows/deep-links';
import type { Appointment } from '../../../../src/shared/appointment';
import type { StoreState } from '../../../../src/shared/ipc-contract';
import { appointment } from '../../../fixtures/appointments';

const server = 'https://meet.example.org';

function setUp(list: Appointment[], state: StoreState = { status: 'open' }) {
  const logged: string[] = [];
  const log = {
    info: (line: string) => logged.push(line),
    warn: (line: string) => logged.push(line),
    error: (line: string) => logged.push(line),
  };
  const inbox = createLinkInbox({ log });
  const handlers = linkHandlers({
    inbox,
    appointments: { state: () => state, list: () => list },
    serverOrigin: () => server,
    log,
  });
  const take = () => handlers['links:take'](undefined);
  return { inbox, take, logged };
}

describe('links waiting for the main window', () => {
  const stored = appointment();
  const cancelled = appointment({ status: 'cancelled' });

  it('keeps links that come before the page asks, and hands each over once', async () => {
    const { inbox, take } = setUp([stored]);
    inbox.receive(`sprechstunde://appointment/${stored.id}`);
    inbox.receive(`sprechstunde://join/${stored.roomName}?server=${server}`);
    expect(await take()).toEqual([
      { kind: 'open', appointment: stored },
      { kind: 'confirm-join', appointment: stored },
    ]);
    expect(await take()).toEqual([]);
  });

  it('keeps only the newest few of a flood, and says that some were dropped', async () => {
    const { inbox, take } = setUp([stored]);
    for (let n = 0; n < 50; n++) inbox.receive(`sprechstunde://appointment/${stored.id}`);
    const actions = await take();
    expect(actions).toHaveLength(5);
    expect(actions[0]).toEqual({ kind: 'refused', reason: 'too-many' });
    expect(actions.slice(1)).toEqual(Array(4).fill({ kind: 'open', appointment: stored }));
  });

  it('opens no room the counsellor does not have, nor a cancelled one', async () => {
    const { inbox, take } = setUp([stored, cancelled]);
    inbox.receive(`sprechstunde://join/${'a'.repeat(26)}?server=${server}`);
    inbox.receive(`sprechstunde://join/${cancelled.roomName}?server=${server}`);
    inbox.receive(`sprechstunde://appointment/${globalThis.crypto.randomUUID()}`);
    expect(await take()).toEqual([
      { kind: 'refused', reason: 'unknown-appointment' },
      { kind: 'refused', reason: 'cancelled' },
      { kind: 'refused', reason: 'unknown-appointment' },
    ]);
  });

  it('refuses another server and logs the reason, never the link', async () => {
    const { inbox, take, logged } = setUp([stored]);
    inbox.receive(`sprechstunde://join/${stored.roomName}?server=https://evil.example`);
    expect(await take()).toEqual([{ kind: 'refused', reason: 'other-server' }]);
    expect(logged).toEqual(['link refused: other-server']);
    expect(logged.join('\n')).not.toContain(stored.roomName);
  });

  it('looks nothing up while the store is locked', async () => {
    const { inbox, take } = setUp([stored], { status: 'locked', reason: 'key-missing' });
    inbox.receive(`sprechstunde://appointment/${stored.id}`);
    expect(await take()).toEqual([{ kind: 'refused', reason: 'store-locked' }]);
  });

  it('keeps a very long link only as long as it takes to refuse it', async () => {
    const { inbox, take } = setUp([stored]);
    inbox.receive(`sprechstunde://appointment/${'x'.repeat(10_000_000)}`);
    expect(await take()).toEqual([{ kind: 'refused', reason: 'too-long' }]);
  });

  it('ignores every link in kiosk mode, those waiting too, and says so without them', async () => {
    const { inbox, take, logged } = setUp([stored]);
    inbox.receive(`sprechstunde://appointment/${stored.id}`);
    inbox.ignoreAll();
    inbox.receive(`sprechstunde://appointment/${stored.id}`);
    expect(await take()).toEqual([]);
    expect(logged).toEqual(['1 waiting link(s) ignored: kiosk mode', 'link ignored: kiosk mode']);
  });

  it("keeps a macOS link that comes before ready until the window's page takes it", async () => {
    const { inbox, take } = setUp([stored]);
    const listeners = new Map<string, (...args: unknown[]) => void>();
    const app = {
      requestSingleInstanceLock: () => true,
      quit: () => {},
      on: (event: string, listener: (...args: unknown[]) => void) => listeners.set(event, listener),
    } as unknown as DeepLinkApp;
    let windows = 0;
    claimSingleInstance({
      app,
      argv: [],
      onLink: (url) => inbox.receive(url),
      bringUp: () => windows++,
      log: { info() {}, warn() {}, error() {} },
    });
    // As index.ts wires it before app.whenReady(): no window, no page yet.
    listeners.get('open-url')!({ preventDefault() {} }, `sprechstunde://appointment/${stored.id}`);
    expect(await take()).toEqual([{ kind: 'open', appointment: stored }]);
    expect(windows).toBe(1);
  });
});
