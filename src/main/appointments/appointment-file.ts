import { readFile, stat } from 'node:fs/promises';
import { writeFile } from 'atomically';
import type { Appointment } from '../../shared/appointment';
import {
  APPOINTMENT_SCHEMA_VERSION,
  parseAppointmentDocument,
  type AppointmentDocument,
} from '../../shared/appointment-document';
import type { Logger } from '../log/logger';
import { seal, unseal, UnsealFailed } from '../storage/sealed-file';

/** The encrypted appointment file. */
export const APPOINTMENTS_FILE = 'appointments.sealed';
/** The unencrypted file of version 0.1, migrated and removed on first start. */
export const PLAIN_APPOINTMENTS_FILE = 'appointments.json';

export type FileProblem = 'corrupt' | 'newer-version' | 'unreadable' | 'undecryptable';

export type ReadDocument =
  | { kind: 'document'; document: AppointmentDocument; migratedFrom: number | null }
  | { kind: 'unusable'; reason: FileProblem };

/**
 * Far beyond any counsellor's list (about 1 KiB per appointment): a larger
 * file is not read into memory at all.
 */
export const MAX_APPOINTMENT_FILE_BYTES = 64 * 1024 * 1024;

/**
 * The file's bytes, null when there is none, 'unreadable' when it cannot be
 * read, 'too-large' when it is larger than any file the app writes.
 */
export async function readBytes(
  path: string,
  log: Logger,
): Promise<Buffer | null | 'unreadable' | 'too-large'> {
  try {
    if ((await stat(path)).size > MAX_APPOINTMENT_FILE_BYTES) {
      log.warn('the appointment file is larger than any the app writes; it is not read');
      return 'too-large';
    }
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    log.error('reading the appointment file failed', error);
    return 'unreadable';
  }
}

export function decodeSealed(bytes: Buffer, key: Buffer, log: Logger): ReadDocument {
  let text: string;
  try {
    text = unseal(bytes, key).toString('utf8');
  } catch (error) {
    if (!(error instanceof UnsealFailed)) throw error;
    log.warn(`appointment file cannot be decrypted: ${error.reason}`);
    return { kind: 'unusable', reason: 'undecryptable' };
  }
  return decodeText(text, log);
}

export function decodeText(text: string, log: Logger): ReadDocument {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    log.warn('appointment file is not JSON');
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

// Appointments are never changed in place (a change makes a new object), so
// each one's JSON can be kept: a write stringifies only what changed.
const encoded = new WeakMap<Appointment, string>();
const documentStart = `{"schemaVersion":${APPOINTMENT_SCHEMA_VERSION},"appointments":[`;
const documentEnd = ']}';

/** The document's JSON, and whether most of its appointments' JSON is still to be kept. */
function serialize(appointments: readonly Appointment[]): { text: string; keepLater: boolean } {
  let unknown = 0;
  for (const appointment of appointments) if (!encoded.has(appointment)) unknown++;
  if (unknown > appointments.length / 2) {
    // Mostly new (a calendar import, the first write after start): one JSON.stringify
    // of the whole document takes about half the time of one per appointment.
    const text = JSON.stringify({ schemaVersion: APPOINTMENT_SCHEMA_VERSION, appointments });
    return { text, keepLater: true };
  }
  const parts = new Array<string>(appointments.length);
  for (const [index, appointment] of appointments.entries()) parts[index] = encodingOf(appointment);
  return { text: documentStart + parts.join(',') + documentEnd, keepLater: false };
}

export function serializeDocument(appointments: readonly Appointment[]): string {
  return serialize(appointments).text;
}

function encodingOf(appointment: Appointment): string {
  let json = encoded.get(appointment);
  if (json === undefined) {
    json = JSON.stringify(appointment);
    encoded.set(appointment, json);
  }
  return json;
}

/** Seals and writes atomically (temp file, fsync, rename), readable by the user only. */
export async function writeSealed(
  path: string,
  appointments: readonly Appointment[],
  key: Buffer,
): Promise<void> {
  const { text, keepLater } = serialize(appointments);
  await writeFile(path, seal(text, key), { mode: 0o600 });
  // The next write's JSON is made once this one is done, not while the counsellor waits.
  if (keepLater) setImmediate(() => appointments.forEach(encodingOf));
}
