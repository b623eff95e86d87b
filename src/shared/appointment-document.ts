import { z } from 'zod';
import type { AccessMode } from './access';
import { appointmentSchema } from './appointment';

/** The version of the appointment document this build writes. */
export const APPOINTMENT_SCHEMA_VERSION = 3;

export const appointmentDocumentSchema = z.object({
  // The version is checked (and migrated) before this schema runs.
  schemaVersion: z.number().int().positive(),
  appointments: z.array(appointmentSchema),
});
export type AppointmentDocument = z.infer<typeof appointmentDocumentSchema>;

/** One step from version `from` to `from + 1`; pure, on untrusted data. */
export interface Migration {
  from: number;
  migrate: (document: Record<string, unknown>) => Record<string, unknown>;
}

/** Applies `change` to every appointment that is an object; leaves anything else for the schema to refuse. */
function eachAppointment(
  document: Record<string, unknown>,
  change: (appointment: Record<string, unknown>) => Record<string, unknown>,
): Record<string, unknown> {
  return {
    ...document,
    appointments: Array.isArray(document.appointments)
      ? document.appointments.map((appointment: unknown) =>
          typeof appointment === 'object' && appointment !== null && !Array.isArray(appointment)
            ? change(appointment as Record<string, unknown>)
            : appointment,
        )
      : document.appointments,
  };
}

// Version 1 is the first stored format. Each later format adds its step here.
export const appointmentMigrations: readonly Migration[] = [
  {
    // 2: each appointment says whether its clients wait in the lobby; the old ones do.
    from: 1,
    migrate: (document) =>
      eachAppointment(document, (appointment) => ({ lobby: true, ...appointment })),
  },
  {
    // 3: the lobby switch becomes the access choice, with the same effect on a
    // real server: lobby on (with the password in the invitation) is "enters
    // with the password"; lobby off is "password only".
    from: 2,
    migrate: (document) =>
      eachAppointment(document, ({ lobby, ...appointment }) => ({
        ...appointment,
        access: (lobby === false ? 'password-only' : 'password') satisfies AccessMode,
      })),
  },
];

export type DocumentProblem =
  | { kind: 'not-an-object' }
  | { kind: 'unknown-version'; version: unknown }
  | { kind: 'newer-version'; version: number }
  | { kind: 'invalid'; issueCount: number };

export type ParsedDocument =
  | { ok: true; document: AppointmentDocument; migratedFrom: number | null }
  | { ok: false; problem: DocumentProblem };

/**
 * Brings a parsed JSON value up to the current version and validates it.
 * A document without a version is refused: it was not written by this app.
 */
export function parseAppointmentDocument(
  value: unknown,
  migrations: readonly Migration[] = appointmentMigrations,
  currentVersion: number = APPOINTMENT_SCHEMA_VERSION,
): ParsedDocument {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problem: { kind: 'not-an-object' } };
  }
  let document = value as Record<string, unknown>;
  const version = document.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problem: { kind: 'unknown-version', version } };
  }
  if (version > currentVersion) {
    return { ok: false, problem: { kind: 'newer-version', version } };
  }
  for (let from = version; from < currentVersion; from++) {
    const step = migrations.find((migration) => migration.from === from);
    if (!step) return { ok: false, problem: { kind: 'unknown-version', version } };
    document = { ...step.migrate(document), schemaVersion: from + 1 };
  }
  const result = appointmentDocumentSchema.safeParse(document);
  if (!result.success) {
    return { ok: false, problem: { kind: 'invalid', issueCount: result.error.issues.length } };
  }
  return {
    ok: true,
    document: result.data,
    migratedFrom: version === currentVersion ? null : version,
  };
}
