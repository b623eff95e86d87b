import type { Clipboard, Session } from 'electron';
import type { Logger } from '../log/logger';

export type ResetSession = Pick<
  Session,
  'clearData' | 'clearCache' | 'clearAuthCache' | 'clearStorageData' | 'clearHostResolverCache'
>;

/**
 * Electron 45's clipboard: `clear()` empties the system clipboard; on Linux
 * `clipboard.selection` is the X11/Wayland primary selection (what is marked is
 * pasted with the middle button), `undefined` elsewhere.
 */
export type ResetClipboard = Pick<Clipboard, 'clear'> & {
  readonly selection?: Pick<Clipboard, 'clear'> | undefined;
};

/** Long enough for a busy disk; short enough that the start page comes back. */
const STEP_TIMEOUT_MS = 5_000;

/**
 * What the terminal forgets after every session, besides the meeting's own
 * partition (dropped by its owner): the default session's data, storage of
 * every type, HTTP cache, HTTP auth and host resolver caches, and the
 * clipboards. Every step is tried even when another fails or hangs; the
 * failed ones are logged and returned by name.
 */
export async function resetTerminal(parts: {
  defaultSession: ResetSession;
  clipboard: ResetClipboard;
  log: Logger;
  /** For tests: how long a step may take before it counts as failed. */
  stepTimeoutMs?: number;
}): Promise<{ failed: string[] }> {
  const { defaultSession: session, clipboard, log } = parts;
  const timeoutMs = parts.stepTimeoutMs ?? STEP_TIMEOUT_MS;
  const steps: [name: string, run: () => unknown][] = [
    ['clipboard', () => clipboard.clear()],
    ['selection-clipboard', () => clipboard.selection?.clear()],
    // clearData() with no options: every data type Chromium's BrowsingDataRemover knows.
    ['session-data', () => session.clearData()],
    // No `storages`: every storage type, shader cache included.
    ['storage', () => session.clearStorageData()],
    ['cache', () => session.clearCache()],
    ['auth-cache', () => session.clearAuthCache()],
    ['host-resolver-cache', () => session.clearHostResolverCache()],
  ];
  // At once: Chromium queues the removals itself, and the start page waits for all.
  const outcomes = await Promise.all(
    steps.map(async ([name, run]) => {
      try {
        await withTimeout(Promise.resolve().then(run), timeoutMs);
        return null;
      } catch (error) {
        log.error(`kiosk reset: ${name} failed`, error);
        return name;
      }
    }),
  );
  const failed = outcomes.filter((name): name is string => name !== null);
  if (failed.length === 0) log.info('kiosk reset: done');
  else log.warn(`kiosk reset: done, but not ${failed.join(', ')}`);
  return { failed };
}

class StepTimeout extends Error {
  override name = 'StepTimeout';
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StepTimeout()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
