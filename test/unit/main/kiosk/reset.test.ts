import { describe, expect, it } from 'vitest';
import {
  resetTerminal,
  type ResetClipboard,
  type ResetSession,
} from '../../../../src/main/kiosk/reset';
import { createLogger } from '../../../../src/main/log/logger';

type Step = () => Promise<void>;

/** The default session: records what was cleared, with what options. */
function fakeSession(overrides: Partial<Record<keyof ResetSession, Step>> = {}) {
  const cleared: [string, unknown][] = [];
  const step =
    (name: keyof ResetSession) =>
    (options?: unknown): Promise<void> => {
      cleared.push([name, options]);
      return overrides[name]?.() ?? Promise.resolve();
    };
  const session: ResetSession = {
    clearData: step('clearData'),
    clearStorageData: step('clearStorageData'),
    clearCache: step('clearCache'),
    clearAuthCache: step('clearAuthCache'),
    clearHostResolverCache: step('clearHostResolverCache'),
  };
  return { session, cleared };
}

/** The clipboard with text in it, and on Linux the selection with text too. */
function fakeClipboard(linux: boolean, failing = false) {
  const contents = {
    clipboard: 'Frau Müller',
    selection: linux ? 'abcdefghijklmnopqrstuvwxyz' : null,
  };
  const clipboard: ResetClipboard = {
    clear() {
      if (failing) throw new Error('no display');
      contents.clipboard = '';
    },
    selection: linux
      ? {
          clear() {
            contents.selection = '';
          },
        }
      : undefined,
  };
  return { clipboard, contents };
}

function recordingLog() {
  const lines: string[] = [];
  return { lines, log: createLogger('kiosk', (line) => lines.push(line)) };
}

describe('resetTerminal', () => {
  it('clears every kind of data, storage, cache, auth and host resolver cache, and both clipboards', async () => {
    const { session, cleared } = fakeSession();
    const { clipboard, contents } = fakeClipboard(true);
    const { log, lines } = recordingLog();
    expect(await resetTerminal({ defaultSession: session, clipboard, log })).toEqual({
      failed: [],
    });
    expect(new Map(cleared)).toEqual(
      new Map([
        // No options: all data types, all storage types, all origins.
        ['clearData', undefined],
        ['clearStorageData', undefined],
        ['clearCache', undefined],
        ['clearAuthCache', undefined],
        ['clearHostResolverCache', undefined],
      ]),
    );
    expect(contents).toEqual({ clipboard: '', selection: '' });
    expect(lines.at(-1)).toContain('kiosk reset: done');
  });

  it('clears the clipboard where there is no selection clipboard (Windows, macOS)', async () => {
    const { clipboard, contents } = fakeClipboard(false);
    const result = await resetTerminal({
      defaultSession: fakeSession().session,
      clipboard,
      log: recordingLog().log,
    });
    expect(result).toEqual({ failed: [] });
    expect(contents.clipboard).toBe('');
  });

  it('tries every step when some fail, and names the failed ones', async () => {
    const { session, cleared } = fakeSession({
      clearData: () => Promise.reject(new Error('profile locked')),
      clearAuthCache: () => Promise.reject(new TypeError('gone')),
    });
    const { clipboard } = fakeClipboard(true, true);
    const { log, lines } = recordingLog();
    const { failed } = await resetTerminal({ defaultSession: session, clipboard, log });
    expect(failed.sort()).toEqual(['auth-cache', 'clipboard', 'session-data']);
    expect(cleared).toHaveLength(5);
    const text = lines.join('\n');
    expect(text).toContain('kiosk reset: session-data failed (Error)');
    expect(text).toContain('kiosk reset: auth-cache failed (TypeError)');
    expect(text).toContain('not ');
    // Error messages can carry paths and data: only the error's name is logged.
    expect(text).not.toContain('profile locked');
  });

  it('gives up on a step that hangs, and still finishes the others', async () => {
    const { session, cleared } = fakeSession({ clearCache: () => new Promise(() => {}) });
    const { clipboard, contents } = fakeClipboard(true);
    const { log, lines } = recordingLog();
    const started = performance.now();
    const { failed } = await resetTerminal({
      defaultSession: session,
      clipboard,
      log,
      stepTimeoutMs: 50,
    });
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(failed).toEqual(['cache']);
    expect(cleared).toHaveLength(5);
    expect(contents).toEqual({ clipboard: '', selection: '' });
    expect(lines.join('\n')).toContain('cache failed (StepTimeout)');
  });
});
