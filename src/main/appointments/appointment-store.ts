import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFile } from 'atomically';
import type { Appointment, AppointmentDraft, AppointmentStatus } from '../../shared/appointment';
import {
  APPOINTMENT_SCHEMA_VERSION,
  parseAppointmentDocument,
  type AppointmentDocument,
} from '../../shared/appointment-document';
import type { StartupNotice } from '../../shared/ipc-contract';
import { AppFailure } from '../../shared/result';
import { generateRoomName } from '../../shared/room-name';
import { createLogger, describeError, type Logger } from '../log/logger';
import { fileTimestamp, moveAside } from '../storage/move-aside';

export const APPOINTMENTS_FILE = 'appointments.json';

export interface AppointmentStore {
  readonly path: string;
  /** The current list; never mutated in place, each change replaces it. */
  list(): readonly Appointment[];
  get(id: string): Appointment;
  create(draft: AppointmentDraft): Promise<Appointment>;
  update(id: string, draft: AppointmentDraft): Promise<Appointment>;
  setStatus(id: string, status: AppointmentStatus): Promise<Appointment>;
  delete(id: string): Promise<void>;
}

export interface AppointmentStoreOptions {
  directory: string;
  now?: () => Date;
  newId?: () => string;
  newRoomName?: () => string;
  log?: Logger;
}

export interface OpenedAppointmentStore {
  store: AppointmentStore;
  notices: StartupNotice[];
}

type Loaded =
  | { kind: 'document'; document: AppointmentDocument; migratedFrom: number | null }
  | { kind: 'missing' }
  | { kind: 'unusable'; reason: StartupNotice['reason'] };

/**
 * The counsellor's appointments: one JSON document in the user-data folder, held
 * in memory, rewritten atomically (temp file, fsync, rename) on every change.
 * A file that cannot be used is moved aside, never deleted, and reported.
 */
export async function openAppointmentStore(
  options: AppointmentStoreOptions,
): Promise<OpenedAppointmentStore> {
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? (() => globalThis.crypto.randomUUID());
  const newRoomName = options.newRoomName ?? (() => generateRoomName());
  const log = options.log ?? createLogger('appointments');
  const path = join(options.directory, APPOINTMENTS_FILE);
  const notices: StartupNotice[] = [];

  const loaded = await load(path);
  let appointments: Appointment[] = [];
  if (loaded.kind === 'unusable') {
    const movedTo = await moveAside(path, loaded.reason, now());
    log.warn(`appointment file was ${loaded.reason} and has been moved aside`);
    notices.push({
      kind: 'store-moved-aside',
      file: 'appointments',
      reason: loaded.reason,
      movedTo,
    });
  } else if (loaded.kind === 'document') {
    appointments = loaded.document.appointments;
    if (loaded.migratedFrom !== null) {
      // Keep the old version beside the new one until the user deletes it.
      await copyFile(path, `${path}.v${loaded.migratedFrom}-${fileTimestamp(now())}`);
      await persist(appointments);
      log.info(`appointment file migrated from version ${loaded.migratedFrom}`);
    }
  }

  let writes: Promise<unknown> = Promise.resolve();

  async function persist(next: Appointment[]): Promise<void> {
    const document: AppointmentDocument = {
      schemaVersion: APPOINTMENT_SCHEMA_VERSION,
      appointments: next,
    };
    await writeFile(path, JSON.stringify(document), { mode: 0o600 });
  }

  /**
   * Runs one change at a time against the latest list; the change takes effect
   * in memory only once it is safely on disk.
   */
  function mutate<T>(change: (current: Appointment[]) => { next: Appointment[]; result: T }) {
    const run = writes.then(async () => {
      const { next, result } = change(appointments);
      try {
        await persist(next);
      } catch (error) {
        log.error('writing the appointment file failed', error);
        throw new AppFailure('storage-failed');
      }
      appointments = next;
      return result;
    });
    writes = run.catch(() => undefined);
    return run;
  }

  function indexIn(list: Appointment[], id: string): number {
    const index = list.findIndex((appointment) => appointment.id === id);
    if (index === -1) throw new AppFailure('not-found');
    return index;
  }

  function replace(id: string, change: (old: Appointment) => Appointment) {
    return mutate((current) => {
      const index = indexIn(current, id);
      const updated = { ...change(current[index]!), updatedAt: now().toISOString() };
      const next = current.slice();
      next[index] = updated;
      return { next, result: updated };
    });
  }

  const store: AppointmentStore = {
    path,
    list: () => appointments,
    get: (id) => appointments[indexIn(appointments, id)]!,
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
    delete(id) {
      return mutate((current) => {
        indexIn(current, id);
        return { next: current.filter((appointment) => appointment.id !== id), result: undefined };
      });
    },
  };
  return { store, notices };

  async function load(file: string): Promise<Loaded> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
      log.error('reading the appointment file failed', error);
      return { kind: 'unusable', reason: 'unreadable' };
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      log.warn(`appointment file is not JSON (${describeError(error)})`);
      return { kind: 'unusable', reason: 'corrupt' };
    }
    const parsed = parseAppointmentDocument(value);
    if (parsed.ok) return { kind: 'document', ...parsed };
    log.warn(`appointment file refused: ${parsed.problem.kind}`);
    return {
      kind: 'unusable',
      reason: parsed.problem.kind === 'newer-version' ? 'newer-version' : 'corrupt',
    };
  }
}
