/**
 * IPC fuzz (issue 14): every channel of ipc-channels.ts, through the real
 * router and the real services (memory keychain, `conf` settings file in a
 * temp folder, fake meeting windows and fetch), with arbitrary JSON, wrong
 * types, 1 MiB strings, `__proto__`/`constructor` keys, 50,000-level nesting
 * and valid requests with one field changed; the main channels again on a
 * store locked without its key and with a keychain that refuses every call;
 * and every channel from foreign senders. Each call must answer (no throw, no hang), never `internal`, with no
 * stack or path; the settings file and the store on disk stay valid, and the
 * services open again afterwards without a notice.
 *
 * Runs: 300 per channel from its own window, 900 each on the locked store and
 * the refusing keychain, 2,400 from foreign senders (FUZZ_RUNS scales all). Seed: 20261129 unless FUZZ_SEED is set. On failure
 * fast-check prints `{ seed, path }` and the request. The same seed replays
 * the same run; FUZZ_PATH=<path> sends only the failing request, to fresh
 * services (enough unless earlier requests set the stage):
 *   FUZZ_SEED=<seed> [FUZZ_PATH=<path>] \
 *     scripts/with-keyring.sh npx vitest run --project unit test/unit/main/ipc-fuzz.test.ts -t '<channel>'
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAppointmentStore } from '../../../src/main/appointments/appointment-store';
import { APPOINTMENTS_FILE } from '../../../src/main/appointments/appointment-file';
import {
  createCredentials,
  KEYCHAIN_SERVICE,
  type Keychain,
} from '../../../src/main/credentials/credentials';
import type { MeetingWindow } from '../../../src/main/consultation/consultations';
import type { Sender } from '../../../src/main/ipc/router';
import { createMainServices, type MainServices } from '../../../src/main/services';
import { appointmentSchema, type Appointment } from '../../../src/shared/appointment';
import {
  channels,
  mainChannels,
  meetingChannels,
  windowOf,
  type Channel,
} from '../../../src/shared/ipc-channels';
import { ipcContract } from '../../../src/shared/ipc-contract';
import { appErrorCodes } from '../../../src/shared/result';
import { defaultUserSettings, userSettingsSchema } from '../../../src/shared/settings';
import {
  describeValue,
  EXISTING_ID,
  isPlainObject,
  requestFor,
  validRequests,
} from '../../fixtures/ipc-fuzz-requests';
import { foreignSender } from '../../fixtures/ipc-fuzz-senders';
import { memoryKeychain } from '../../fixtures/memory-keychain';

const SEED = Number(process.env['FUZZ_SEED'] ?? 20_261_129);
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 300);
const APP = 'app://sprechstunde';
const MAIN_WINDOW = 1;
/** Meeting windows get 100, 101, …: each consultation opens a new one. */
const FIRST_MEETING_WINDOW = 100;
/** Long enough for a 1 MiB request on a busy machine; a hang is far longer. */
const ANSWER_WITHIN_MS = 10_000;
const silent = { info: () => {}, warn: () => {}, error: () => {} };

interface FakeMeetingWindow extends MeetingWindow {
  loaded: boolean;
  isClosed: boolean;
}

/** The services of one test, and everything a handler could change outside them. */
interface Harness {
  directory: string;
  keychain: Keychain;
  services: MainServices;
  keychainWrites: number;
  copied: string[];
  saved: string[];
  windows: FakeMeetingWindow[];
  /** A meeting window closes as soon as it has loaded (the main channels' fuzz). */
  autoClose: boolean;
  keychainRefuses: boolean;
}

let harness: Harness;

/** Counts writes; refuses every call while `refusing()` (a keyring locked mid-session). */
function countingKeychain(inner: Keychain, onWrite: () => void, refusing: () => boolean): Keychain {
  const refused = () => Promise.reject(new Error('org.freedesktop.Secret.Error.IsLocked'));
  return {
    getPassword: (service, account) =>
      refusing() ? refused() : inner.getPassword(service, account),
    setPassword: (service, account, password) => {
      if (refusing()) return refused();
      onWrite();
      return inner.setPassword(service, account, password);
    },
    deletePassword: (service, account) => {
      if (refusing()) return refused();
      onWrite();
      return inner.deletePassword(service, account);
    },
  };
}

function startServices(directory: string, keychain: Keychain, state: Harness | null) {
  return createMainServices({
    userDataDir: directory,
    systemLocales: ['de-DE'],
    appOrigin: APP,
    settingsPath: join(directory, 'settings.json'),
    createSettingsFile: () => new Conf({ cwd: directory, configName: 'settings' }),
    fetch: () => Promise.resolve(new Response(null, { status: 200 })),
    clipboard: { writeText: (text) => state?.copied.push(text) },
    saveFile: (name) => {
      state?.saved.push(name);
      return Promise.resolve(join(directory, name));
    },
    openMeetingWindow: () => {
      if (!state) return Promise.reject(new Error('no meeting window after the fuzz'));
      let close = () => {};
      const closed = new Promise<void>((resolve) => (close = resolve));
      const window: FakeMeetingWindow = {
        contentsId: FIRST_MEETING_WINDOW + state.windows.length,
        loaded: false,
        isClosed: false,
        closed,
        load: () => {
          window.loaded = true;
          if (state.autoClose) window.close();
          return Promise.resolve();
        },
        close: () => {
          window.isClosed = true;
          close();
        },
        wipe: () => Promise.resolve(),
      };
      state.windows.push(window);
      return Promise.resolve(window);
    },
    mainContentsId: MAIN_WINDOW,
    keychain,
    logSink: () => {},
  });
}

beforeEach(async () => {
  const directory = await mkdtemp(join(tmpdir(), 'sprechstunde-ipc-fuzz-'));
  const state = {
    directory,
    keychainWrites: 0,
    copied: [],
    saved: [],
    windows: [],
    autoClose: true,
    keychainRefuses: false,
  } as unknown as Harness;
  state.keychain = countingKeychain(
    memoryKeychain(),
    () => state.keychainWrites++,
    () => state.keychainRefuses,
  );
  state.services = await startServices(directory, state.keychain, state);
  harness = state;
  checkedStore = null;
  checkedSettings = null;
  // A server and two appointments, so requests reach invitations and consultations.
  await trusted('settings:update', { serverUrl: 'https://meet.example.org' });
  await trusted('appointments:create', validRequests['appointments:create']());
  await trusted('appointments:create', validRequests['appointments:create']());
});
afterEach(async () => {
  for (const window of harness.windows) window.close();
  await rm(harness.directory, { recursive: true, force: true, maxRetries: 3 });
});

const mainWindow: Sender = { url: `${APP}/index.html`, isMainFrame: true, contentsId: MAIN_WINDOW };
const meetingWindow = (contentsId: number): Sender => ({
  url: `${APP}/meeting.html`,
  isMainFrame: true,
  contentsId,
});

async function within<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} did not answer within ${ANSWER_WITHIN_MS} ms`)),
      ANSWER_WITHIN_MS,
    );
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function dispatch(channel: Channel, request: unknown, sender: Sender) {
  return within(harness.services.router.dispatch(channel, request, sender), channel);
}

/**
 * Starts a consultation that lasts until its window is closed (no time limit:
 * it runs while the fuzz does) and resolves once the meeting window has loaded.
 */
async function startConsultation() {
  const count = harness.windows.length;
  const request = await withExistingId(validRequests['consultation:join']());
  const over = harness.services.router.dispatch('consultation:join', request, mainWindow);
  await expect.poll(() => harness.windows[count]?.loaded).toBe(true);
  const window = harness.windows[count]!;
  return {
    sender: meetingWindow(window.contentsId),
    window,
    /** Once the window is closed, the join's answer, which must come soon. */
    over: () => within(over, 'consultation:join after its window closed'),
  };
}

async function trusted(channel: Channel, request: unknown): Promise<unknown> {
  const reply = await dispatch(channel, request, mainWindow);
  if (!reply.ok) throw new Error(`${channel}: ${JSON.stringify(reply.error)}`);
  return reply.value;
}

/** The store file last checked, and what it held: an unchanged file is not read twice. */
let checkedStore: { bytes: Buffer | null; appointments: readonly Appointment[] } | null = null;

/** The store as a fresh start would find it: open, without notices, every appointment valid. */
async function reopenedStore(): Promise<readonly Appointment[]> {
  const bytes = await readFile(join(harness.directory, APPOINTMENTS_FILE)).catch(() => null);
  const last = checkedStore?.bytes;
  if (checkedStore && (bytes && last ? bytes.equals(last) : bytes === last)) {
    return checkedStore.appointments;
  }
  const { store, notices } = await openAppointmentStore({
    directory: harness.directory,
    credentials: createCredentials(harness.keychain, silent),
    log: silent,
  });
  expect(notices).toEqual([]);
  // Locked only in the test that takes the key away, and then for that reason alone.
  if (store.state().status === 'locked') {
    expect(store.state()).toEqual({ status: 'locked', reason: 'key-missing' });
    checkedStore = { bytes, appointments: [] };
    return [];
  }
  expect(store.state()).toEqual({ status: 'open' });
  for (const appointment of store.list()) {
    const parsed = appointmentSchema.strict().safeParse(appointment);
    expect(parsed.error?.issues ?? [], JSON.stringify(appointment).slice(0, 300)).toEqual([]);
  }
  checkedStore = { bytes, appointments: store.list() };
  return store.list();
}

/** The settings file holds known keys only, each one a value the next start accepts. */
let checkedSettings: string | null = null;

async function storedSettingsValid() {
  const text = await readFile(join(harness.directory, 'settings.json'), 'utf8');
  if (text === checkedSettings) return;
  const stored: unknown = JSON.parse(text);
  expect(isPlainObject(stored)).toBe(true);
  for (const [key, value] of Object.entries(stored as Record<string, unknown>)) {
    expect(Object.keys(defaultUserSettings)).toContain(key);
    const schema = userSettingsSchema.shape[key as keyof typeof defaultUserSettings];
    expect(schema.safeParse(value).success, `stored ${key}: ${describeValue(value)}`).toBe(true);
  }
  checkedSettings = text;
}

const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();

async function isOpen(): Promise<boolean> {
  const screen = await trusted('app:firstScreen', validRequests['app:firstScreen']());
  return (screen as { store: { status: string } }).store.status === 'open';
}

/** Replaces the `id` placeholder with an appointment that exists now (making one if need be). */
async function withExistingId(request: unknown): Promise<unknown> {
  if (!isPlainObject(request) || request['id'] !== EXISTING_ID) return request;
  let appointments = await reopenedStore();
  if (appointments.length === 0 && (await isOpen())) {
    await trusted('appointments:create', validRequests['appointments:create']());
    appointments = await reopenedStore();
  }
  // Own keys as they are (a JSON-parsed `__proto__` stays a key), prototype kept.
  const copy = Object.create(Object.getPrototypeOf(request) as object | null) as object;
  Object.defineProperties(copy, Object.getOwnPropertyDescriptors(request));
  Object.defineProperty(copy, 'id', {
    value: appointments[0]?.id ?? EXISTING_ID,
    enumerable: true,
  });
  return copy;
}

/** Every string in a value, without recursion and with a bound (requests nest 50,000 deep). */
function stringsIn(value: unknown, limit = 10_000): string[] {
  const found: string[] = [];
  const pending: unknown[] = [value];
  while (pending.length > 0 && found.length < limit) {
    const next = pending.pop();
    if (typeof next === 'string') found.push(next);
    else if (next instanceof Map) pending.push(...next.keys(), ...next.values());
    else if (next instanceof Set) pending.push(...next);
    else if (typeof next === 'object' && next !== null) {
      for (const key of Reflect.ownKeys(next)) {
        if (typeof key === 'string') found.push(key);
        pending.push((next as Record<PropertyKey, unknown>)[key]);
      }
    }
  }
  return found;
}

/** A notice's `movedTo` / `keptAt` paths, and a copy of the reply without them. */
function keptAtPaths(reply: unknown): { paths: string[]; rest: unknown } {
  const paths: string[] = [];
  const rest: unknown = JSON.parse(
    JSON.stringify(reply, (key, value: unknown) => {
      if ((key === 'movedTo' || key === 'keptAt') && typeof value === 'string') {
        paths.push(value);
        return undefined;
      }
      return value;
    }) ?? 'null',
  );
  return { paths, rest };
}

/** What would give away the app's internals: stack frames and paths of this machine. */
const leakPatterns = [
  /\bat (?:async )?\S+ \((?:file:|node:|\/|[A-Za-z]:\\)/,
  /\bat (?:file:|node:|\/)\S*:\d+:\d+/,
  /\/work\b/,
  /node_modules/,
  /[A-Za-z]:\\/,
  /\\/,
];

function assertAnswer(channel: Channel, request: unknown, reply: unknown) {
  const result = reply as { ok: boolean; value?: unknown; error?: { code: string } };
  expect(typeof result.ok).toBe('boolean');
  if (result.ok) {
    // Whatever was accepted answers in the reply's own schema.
    const parsed = (
      ipcContract[channel].reply as { safeParse(v: unknown): { success: boolean } }
    ).safeParse(result.value);
    expect(parsed.success, `${channel} replied outside its schema`).toBe(true);
  } else {
    expect(appErrorCodes).toContain(result.error?.code);
    expect(result.error?.code).not.toBe('internal');
  }
  const sent = stringsIn(request);
  const markers = [...leakPatterns, tmpdir(), harness.directory];
  const { paths, rest } = keptAtPaths(reply);
  // Where a file was kept aside is told on purpose, and it is in the app's own folder.
  for (const path of paths) expect(path.startsWith(join(harness.directory, '/'))).toBe(true);
  for (const text of stringsIn(rest)) {
    for (const marker of markers) {
      const match =
        typeof marker === 'string'
          ? text.includes(marker)
            ? marker
            : null
          : marker.exec(text)?.[0];
      // Echoing the caller's own text back (a title, say) gives nothing away.
      if (match && !sent.some((own) => own.includes(match))) {
        throw new Error(
          `${channel} reply gives away ${JSON.stringify(match)}: ${text.slice(0, 200)}`,
        );
      }
    }
  }
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
}

/** For fast-check's report: the request in short (it may be a megabyte long or deeply nested). */
function labelled(arbitrary: fc.Arbitrary<unknown>) {
  return arbitrary.map((request) => ({
    request,
    [fc.toStringMethod]: () => describeValue(request),
  }));
}

const options = (runs: number) => ({
  seed: SEED,
  numRuns: runs,
  endOnFailure: true,
  ...(process.env['FUZZ_PATH'] ? { path: process.env['FUZZ_PATH'] } : {}),
});

/** After the fuzz, a new start from the same folder and keychain opens cleanly. */
async function startsAgainCleanly(store: readonly object[] = [{ status: 'open' }]) {
  const services = await startServices(harness.directory, harness.keychain, null);
  const reply = await within(
    services.router.dispatch('app:firstScreen', validRequests['app:firstScreen'](), mainWindow),
    'app:firstScreen after the fuzz',
  );
  expect(reply.ok).toBe(true);
  const screen = (reply as { value: { store: unknown; notices: unknown[] } }).value;
  expect(store).toContainEqual(screen.store);
  expect(screen.notices).toEqual([]);
}

/** Everything a handler could have changed: the files, the keychain, clipboard, dialogs, windows. */
async function effects() {
  const read = (name: string) => readFile(join(harness.directory, name)).catch(() => null);
  return {
    settings: await read('settings.json'),
    store: await read(APPOINTMENTS_FILE),
    keychainWrites: harness.keychainWrites,
    copied: harness.copied.length,
    saved: harness.saved.length,
    windows: harness.windows.map((window) => window.isClosed),
  };
}

describe(`IPC fuzz (seed ${SEED}, ${RUNS} runs per channel)`, () => {
  it.each(mainChannels)(
    '%s: answers any request from the main window safely',
    async (channel) => {
      await fc.assert(
        fc.asyncProperty(labelled(requestFor(channel)), async ({ request }) => {
          const reply = await dispatch(channel, await withExistingId(request), mainWindow);
          assertAnswer(channel, request, reply);
          await storedSettingsValid();
          await reopenedStore();
        }),
        options(RUNS),
      );
      await startsAgainCleanly();
    },
    120_000,
  );

  it.each(meetingChannels)(
    '%s: answers any request from the running meeting window safely',
    async (channel) => {
      harness.autoClose = false;
      let consultation = await startConsultation();
      await fc.assert(
        fc.asyncProperty(labelled(requestFor(channel)), async ({ request }) => {
          const reply = await dispatch(channel, request, consultation.sender);
          assertAnswer(channel, request, reply);
          // After `meeting:leave`, the consultation keeps its report, and the next one starts.
          if (consultation.window.isClosed) {
            assertAnswer('consultation:join', null, await consultation.over());
            consultation = await startConsultation();
          }
          await storedSettingsValid();
          await reopenedStore();
        }),
        options(RUNS),
      );
      consultation.window.close();
      assertAnswer('consultation:join', null, await consultation.over());
      await startsAgainCleanly();
    },
    120_000,
  );

  it('answers every main channel safely while the store is locked without its key', async () => {
    // The key gone from the keychain (a new profile, a wiped keyring): the store locks.
    await harness.keychain.deletePassword(KEYCHAIN_SERVICE, 'store-key');
    harness.services = await startServices(harness.directory, harness.keychain, harness);
    checkedStore = null;
    expect(await isOpen()).toBe(false);
    const call = fc
      .constantFrom(...mainChannels)
      .chain((channel) => fc.tuple(fc.constant(channel), labelled(requestFor(channel))));
    await fc.assert(
      fc.asyncProperty(call, async ([channel, { request }]) => {
        const reply = await dispatch(channel, await withExistingId(request), mainWindow);
        assertAnswer(channel, request, reply);
        await storedSettingsValid();
        await reopenedStore();
      }),
      options(RUNS * 3),
    );
    // Still locked, or started empty on request (the old file then kept aside).
    await startsAgainCleanly([{ status: 'open' }, { status: 'locked', reason: 'key-missing' }]);
  }, 120_000);

  it('answers every main channel safely while the keychain refuses', async () => {
    // The store is open (its key read at start); then the keyring locks.
    const appointments = await reopenedStore();
    harness.keychainRefuses = true;
    const call = fc
      .constantFrom(...mainChannels)
      .chain((channel) => fc.tuple(fc.constant(channel), labelled(requestFor(channel))));
    await fc.assert(
      fc.asyncProperty(call, async ([channel, { request }]) => {
        // The store cannot be reopened without the keychain: the id is one known before.
        const named = isPlainObject(request) && request['id'] === EXISTING_ID;
        const sent = named ? { ...request, id: appointments[0]!.id } : request;
        assertAnswer(channel, request, await dispatch(channel, sent, mainWindow));
        await storedSettingsValid();
      }),
      options(RUNS * 3),
    );
    harness.keychainRefuses = false;
    await reopenedStore();
    await startsAgainCleanly();
  }, 120_000);

  it('refuses every channel from a foreign sender, with no effect', async () => {
    // A meeting runs, so that the meeting's channels would have something to give away.
    harness.autoClose = false;
    const consultation = await startConsultation();
    // The kiosk's channels belong to the main window too (it is the kiosk's page there).
    const ownWindow = (channel: Channel) =>
      windowOf(channel) === 'meeting' ? consultation.window.contentsId : MAIN_WINDOW;
    const otherWindow = (channel: Channel) =>
      windowOf(channel) === 'meeting' ? MAIN_WINDOW : consultation.window.contentsId;
    const call = fc.constantFrom(...channels).chain((channel) =>
      fc.record({
        channel: fc.constant(channel),
        sender: foreignSender(channel, { own: ownWindow(channel), other: otherWindow(channel) }),
        request: labelled(
          fc.oneof(
            fc.constant(null).map(() => validRequests[channel]()),
            requestFor(channel),
          ),
        ),
      }),
    );
    await fc.assert(
      fc.asyncProperty(call, async ({ channel, sender, request: { request } }) => {
        const sent = await withExistingId(request);
        const before = await effects();
        const reply = await dispatch(channel, sent, sender);
        expect(reply).toEqual({ ok: false, error: { code: 'untrusted-sender' } });
        expect(await effects()).toEqual(before);
      }),
      options(RUNS * 8),
    );
    // The meeting window still gets its spec, once: no foreign call read it or ended the meeting.
    expect((await dispatch('meeting:spec', undefined, consultation.sender)).ok).toBe(true);
    expect(consultation.window.isClosed).toBe(false);
    await dispatch('meeting:leave', undefined, consultation.sender);
    assertAnswer('consultation:join', null, await consultation.over());
    await startsAgainCleanly();
  }, 120_000);
});
