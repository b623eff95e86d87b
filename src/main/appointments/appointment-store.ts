import { randomBytes } from 'node:crypto';
import { copyFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import {
  appointmentEnd,
  type Appointment,
  type AppointmentDraft,
  type AppointmentStatus,
} from '../../shared/appointment';
import type { AccessMode } from '../../shared/access';
import { planImport, type ImportItem } from '../../shared/calendar-import';
import type { MovedAsideNotice, StartupNotice, StoreState } from '../../shared/ipc-contract';
import { mergePrivacyReports, type PrivacyReport } from '../../shared/privacy-report';
import { AppFailure } from '../../shared/result';
import { generateRoomName, ROOM_NAME_LENGTH } from '../../shared/room-name';
import type { Credentials } from '../credentials/credentials';
import { createLogger, type Logger } from '../log/logger';
import { fileTimestamp, moveAside } from '../storage/move-aside';
import { newKey } from '../storage/sealed-file';
import { storageFailure } from '../storage/storage-failure';
import { removeStaleTempFiles } from '../storage/stale-temp-files';
import { moveAsideSymlink } from '../storage/symlink-refusal';
import {
  APPOINTMENTS_FILE,
  decodeSealed,
  decodeText,
  PLAIN_APPOINTMENTS_FILE,
  readBytes,
  writeSealed,
} from './appointment-file';

export interface AppointmentStore {
  readonly path: string;
  state(): StoreState;
  /** The current list; never mutated in place, each change replaces it. */
  list(): readonly Appointment[];
  get(id: string): Appointment;
  create(draft: AppointmentDraft): Promise<Appointment>;
  update(id: string, draft: AppointmentDraft): Promise<Appointment>;
  setStatus(id: string, status: AppointmentStatus): Promise<Appointment>;
  delete(id: string): Promise<void>;
  /** Adds what was blocked during a consultation to the appointment's privacy report. */
  addPrivacyReport(id: string, report: PrivacyReport): Promise<Appointment>;
  /**
   * Adds and updates the occurrences of a calendar import in one write, all or
   * nothing: matched to earlier imports by their source (planImport), new ones
   * with their own room and the given access.
   */
  importMany(
    items: readonly ImportItem[],
    access: AccessMode,
  ): Promise<{ added: number; updated: number }>;
  /** Deletes every appointment that ended before `cutoff`; returns their ids. */
  purgeEndedBefore(cutoff: Date): Promise<string[]>;
  /** Locked by a missing key: keeps the old file aside and starts empty with a new key. */
  startEmpty(): Promise<StartupNotice[]>;
  /** Locked by an unreachable keychain: tries to open again. */
  retry(): Promise<StartupNotice[]>;
}

export interface AppointmentStoreOptions {
  directory: string;
  credentials: Credentials;
  now?: () => Date;
  newId?: () => string;
  newRoomName?: () => string;
  log?: Logger;
}

export interface OpenedAppointmentStore {
  store: AppointmentStore;
  notices: StartupNotice[];
}

/**
 * The AES-256 key from its keychain text: exactly 32 bytes in canonical
 * base64, else null (a key someone edited, truncated or another tool stored
 * would otherwise stop the app at start with ERR_CRYPTO_INVALID_KEYLEN).
 */
function storeKeyFrom(stored: string): Buffer | null {
  const key = Buffer.from(stored, 'base64');
  return key.length === 32 && key.toString('base64') === stored ? key : null;
}

const STORE_KEY = { kind: 'store-key' } as const;

/**
 * The counsellor's appointments: one document, sealed with AES-256-GCM under a
 * key kept in the OS keychain, held in memory and rewritten atomically on every
 * change. A file that cannot be used is moved aside, never deleted, and
 * reported. Without the keychain, or without the key, the store stays locked:
 * it never falls back to plain text.
 */
export async function openAppointmentStore(
  options: AppointmentStoreOptions,
): Promise<OpenedAppointmentStore> {
  const { credentials } = options;
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? (() => globalThis.crypto.randomUUID());
  const newRoomName = options.newRoomName ?? (() => generateRoomName());
  const newRoomNames = options.newRoomName
    ? (count: number) => Array.from({ length: count }, options.newRoomName!)
    : roomNamesAtOnce;
  const log = options.log ?? createLogger('appointments');
  const path = join(options.directory, APPOINTMENTS_FILE);
  const plainPath = join(options.directory, PLAIN_APPOINTMENTS_FILE);

  let state: StoreState = { status: 'locked', reason: 'keychain-unavailable' };
  let key: Buffer | null = null;
  let appointments: readonly Appointment[] = [];
  let writes: Promise<unknown> = Promise.resolve();

  async function movedAside(
    file: string,
    reason: MovedAsideNotice['reason'],
  ): Promise<StartupNotice> {
    const movedTo = await moveAside(file, reason, now());
    log.warn(`appointment file moved aside: ${reason}`);
    return { kind: 'store-moved-aside', file: 'appointments', reason, movedTo };
  }

  /** Reads key and file; leaves the store open, or locked with the reason. */
  async function load(): Promise<StartupNotice[]> {
    const notices: StartupNotice[] = [];
    let invalidKey = false;
    try {
      const stored = await credentials.get(STORE_KEY);
      key = stored ? storeKeyFrom(stored) : null;
      invalidKey = stored !== null && key === null;
    } catch {
      state = { status: 'locked', reason: 'keychain-unavailable' };
      return notices;
    }
    let bytes = await readBytes(path, log);
    if (bytes === 'unreadable' || bytes === 'too-large') {
      notices.push(await movedAside(path, bytes));
      bytes = null;
    }
    if (bytes !== null && key === null) {
      log.warn(`appointment file present but its key is ${invalidKey ? 'not a key' : 'missing'}`);
      state = { status: 'locked', reason: invalidKey ? 'key-invalid' : 'key-missing' };
      return notices;
    }
    // Without a file to open, a key that is not one is simply replaced.
    if (invalidKey) log.warn('the stored key is not a 256-bit key; a new one replaces it');
    if (key === null) {
      const fresh = newKey();
      try {
        await credentials.set(STORE_KEY, fresh.toString('base64'));
      } catch {
        state = { status: 'locked', reason: 'keychain-unavailable' };
        return notices;
      }
      key = fresh;
    }
    appointments = [];
    if (bytes !== null) {
      const read = decodeSealed(bytes, key, log);
      if (read.kind === 'unusable') {
        notices.push(await movedAside(path, read.reason));
        bytes = null;
      } else {
        appointments = read.document.appointments;
        if (read.migratedFrom !== null) {
          // The old version stays beside the new one, sealed as it was.
          await copyFile(path, `${path}.v${read.migratedFrom}-${fileTimestamp(now())}`);
          await writeSealed(path, appointments, key);
          log.info(`appointment file migrated from version ${read.migratedFrom}`);
        }
      }
    }
    notices.push(...(await adoptPlainFile(key, bytes !== null)));
    state = { status: 'open' };
    return notices;
  }

  /**
   * The unencrypted file of the previous version: sealed, read back, and only
   * then removed. Left over next to a sealed file with the same content (a
   * migration cut short before the removal), it is removed; with other
   * content it is kept aside.
   */
  async function adoptPlainFile(sealingKey: Buffer, hadSealed: boolean) {
    const bytes = await readBytes(plainPath, log);
    if (bytes === null) return [];
    if (bytes === 'unreadable' || bytes === 'too-large')
      return [await movedAside(plainPath, bytes)];
    const read = decodeText(bytes.toString('utf8'), log);
    if (read.kind === 'unusable') return [await movedAside(plainPath, read.reason)];
    const plain = read.document.appointments;
    if (hadSealed) {
      if (isDeepStrictEqual(plain, appointments)) {
        await unlink(plainPath);
        return [];
      }
      return [await movedAside(plainPath, 'unmigrated')];
    }
    await writeSealed(path, plain, sealingKey);
    const check = await readBytes(path, log);
    const back = Buffer.isBuffer(check) ? decodeSealed(check, sealingKey, log) : null;
    if (back?.kind !== 'document' || !isDeepStrictEqual(back.document.appointments, plain)) {
      log.error('sealed copy of the unencrypted file did not read back; both kept');
      throw new AppFailure('storage-failed');
    }
    await unlink(plainPath);
    appointments = plain;
    log.info('unencrypted appointment file sealed and removed');
    return [];
  }

  function openKey(): Buffer {
    if (state.status !== 'open' || key === null) throw new AppFailure('store-locked');
    return key;
  }

  /**
   * Runs one change at a time against the latest list; the change takes effect
   * in memory only once it is safely on disk.
   */
  function mutate<T>(
    change: (current: readonly Appointment[]) => { next: readonly Appointment[]; result: T },
  ) {
    const run = writes.then(async () => {
      const sealingKey = openKey();
      const { next, result } = change(appointments);
      if (next === appointments) return result; // nothing changed: nothing to write
      try {
        await writeSealed(path, next, sealingKey);
      } catch (error) {
        log.error('writing the appointment file failed', error);
        throw storageFailure(error);
      }
      appointments = next;
      return result;
    });
    writes = run.catch(() => undefined);
    return run;
  }

  function indexIn(list: readonly Appointment[], id: string): number {
    const index = list.findIndex((appointment) => appointment.id === id);
    if (index === -1) throw new AppFailure('not-found');
    return index;
  }

  function replace(id: string, change: (old: Appointment) => Appointment) {
    return mutate((current) => {
      const index = indexIn(current, id);
      const updated = { ...change(current[index]!), updatedAt: now().toISOString() };
      return { next: current.with(index, updated), result: updated };
    });
  }

  /**
   * Before anything is read or written: a symlink in either file's place is
   * moved aside, and temp files of writes a crash cut short are removed (no
   * write of this store has started yet). Version 0.1 wrote the plain file
   * through atomically too.
   */
  async function clearTheWay(): Promise<StartupNotice[]> {
    const notices: StartupNotice[] = [];
    for (const file of [path, plainPath]) {
      const refused = await moveAsideSymlink(file, 'appointments', now());
      if (refused === null) continue;
      log.warn('appointment file moved aside: symlink');
      notices.push(refused);
    }
    await removeStaleTempFiles(
      options.directory,
      [APPOINTMENTS_FILE, PLAIN_APPOINTMENTS_FILE],
      log,
    );
    return notices;
  }

  const startupNotices = [...(await clearTheWay()), ...(await load())];

  const store: AppointmentStore = {
    path,
    state: () => state,
    list: () => {
      openKey();
      return appointments;
    },
    get: (id) => {
      openKey();
      return appointments[indexIn(appointments, id)]!;
    },
    create(draft) {
      return mutate((current) => {
        const stamp = now().toISOString();
        const appointment: Appointment = {
          ...draft,
          id: newId(),
          roomName: newRoomName(),
          status: 'planned',
          createdAt: stamp,
          updatedAt: stamp,
        };
        return { next: [...current, appointment], result: appointment };
      });
    },
    update: (id, draft) => replace(id, (old) => ({ ...old, ...draft })),
    setStatus: (id, status) => replace(id, (old) => ({ ...old, status })),
    addPrivacyReport: (id, report) =>
      replace(id, (old) => ({
        ...old,
        privacyReport: mergePrivacyReports(old.privacyReport, report),
      })),
    delete(id) {
      return mutate((current) => {
        indexIn(current, id);
        return { next: current.filter((appointment) => appointment.id !== id), result: undefined };
      });
    },
    importMany(items, access) {
      return mutate((current) => {
        const stamp = now().toISOString();
        const next = [...current];
        const indexOf = new Map(current.map((appointment, index) => [appointment.id, index]));
        let added = 0;
        let updated = 0;
        const changes = planImport(current, items);
        const rooms = newRoomNames(changes.filter(({ kind }) => kind === 'add').length);
        for (const change of changes) {
          if (change.kind === 'update') {
            next[indexOf.get(change.old.id)!] = { ...change.next, updatedAt: stamp };
            updated++;
          } else if (change.kind === 'add') {
            const { item } = change;
            next.push({
              title: item.title,
              clientLabel: '',
              start: item.start,
              durationMinutes: item.durationMinutes,
              notes: item.notes,
              access,
              id: newId(),
              roomName: rooms[added]!,
              status: 'planned',
              createdAt: stamp,
              updatedAt: stamp,
              source: item.source,
            });
            added++;
          }
        }
        const result = { added, updated };
        return { next: added + updated === 0 ? current : next, result };
      });
    },
    purgeEndedBefore(cutoff) {
      return mutate((current) => {
        const ended = (a: Appointment) => appointmentEnd(a).getTime() < cutoff.getTime();
        const purged = current.filter(ended).map((appointment) => appointment.id);
        if (purged.length === 0) return { next: current, result: purged };
        return { next: current.filter((appointment) => !ended(appointment)), result: purged };
      });
    },
    async startEmpty() {
      if (state.status !== 'locked' || state.reason === 'keychain-unavailable') {
        throw new AppFailure('invalid-request');
      }
      const notice = await movedAside(path, state.reason);
      return [notice, ...(await load())];
    },
    async retry() {
      if (state.status === 'open') return [];
      return load();
    },
  };
  return { store, notices: startupNotices };
}

/**
 * Room names for a calendar import: the same names as generateRoomName, from
 * one draw of random bytes instead of thousands (a 5,000-event import).
 */
function roomNamesAtOnce(count: number): string[] {
  const pool = randomBytes(ROOM_NAME_LENGTH * count);
  let offset = 0;
  return Array.from({ length: count }, () =>
    generateRoomName((bytes) => {
      bytes.set(pool.subarray(offset, offset + bytes.length));
      offset += bytes.length;
      return bytes;
    }),
  );
}
