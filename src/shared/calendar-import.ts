import { z } from 'zod';
import {
  appointmentIdSchema,
  appointmentStatuses,
  type Appointment,
  type AppointmentStatus,
} from './appointment';
import type { AppointmentSource } from './appointment-source';

/** Larger files are refused before they are read (issue 19). */
export const MAX_ICS_BYTES = 10 * 1024 * 1024;
/** More VEVENTs than this (overrides included) and the file is refused. */
export const MAX_ICS_EVENTS = 5_000;
/** Occurrences one preview may hold, after recurring events are expanded. */
export const MAX_IMPORT_OCCURRENCES = 10_000;
export const DEFAULT_WINDOW_WEEKS = 8;
export const MAX_WINDOW_WEEKS = 52;

/**
 * Why a whole file is refused; nothing is imported from it. The UI translates
 * each code (calendarImport.errors.<code>).
 */
export const icsErrorCodes = [
  /** Larger than MAX_ICS_BYTES. */
  'too-large',
  /** No BEGIN:VCALENDAR … END:VCALENDAR: not a calendar file. */
  'not-ics',
  /** A line that is neither a property nor a continuation: what a broken fold leaves. */
  'broken-folding',
  /** Lines that parse, but a structure or value that does not (unclosed BEGIN, a bad date). */
  'malformed',
  /** A TZID with no VTIMEZONE in the file that is neither an IANA nor a Windows zone name. */
  'unknown-time-zone',
  /** A VEVENT without DTSTART. */
  'event-without-start',
  /** More than MAX_ICS_EVENTS events. */
  'too-many-events',
  /** Recurring events that expand to more than MAX_IMPORT_OCCURRENCES in the window. */
  'too-many-occurrences',
] as const;
export type IcsErrorCode = (typeof icsErrorCodes)[number];

/** Why one event (or occurrence) is left out; the rest of the file is imported. */
export const skipReasons = [
  /** A DATE without a time: a holiday or an absence, not a consultation. */
  'all-day',
  /** Ends before the import's start or starts after its window. */
  'outside-window',
  /** Cancelled in the calendar and never imported: nothing to cancel here. */
  'cancelled',
  /** No SUMMARY, or one of spaces only. */
  'no-title',
  /** Shorter than MIN_DURATION_MINUTES (including no end at all). */
  'too-short',
  /** Longer than MAX_DURATION_MINUTES: a day's block, not a consultation. */
  'too-long',
  /** Already imported and nothing has changed since. */
  'unchanged',
  /** The same UID and RECURRENCE-ID twice in the file: the first one counts. */
  'duplicate',
] as const;
export type SkipReason = (typeof skipReasons)[number];

export const icsErrorSchema = z.strictObject({
  code: z.enum(icsErrorCodes),
  /** For `unknown-time-zone`: the TZID, which names a zone and nothing personal. */
  timeZone: z.string().max(200).optional(),
});
export type IcsError = z.infer<typeof icsErrorSchema>;

const iso = z.iso.datetime({ offset: true });
const title = z.string().max(200);

const addRowSchema = z.strictObject({
  title,
  start: iso,
  durationMinutes: z.number().int(),
  status: z.enum(appointmentStatuses),
});
const updateRowSchema = addRowSchema.extend({
  id: appointmentIdSchema,
  /** The time before the import, when it changes; absent when only title or status change. */
  previous: z.strictObject({ start: iso, durationMinutes: z.number().int() }).optional(),
});
const skipRowSchema = z.strictObject({
  title,
  /** Null for an all-day event, which has a date but no time. */
  start: iso.nullable(),
  reason: z.enum(skipReasons),
});

export const importPreviewSchema = z.strictObject({
  status: z.literal('preview'),
  /** What `calendar:import` names to write exactly this preview. */
  previewId: z.uuid(),
  window: z.strictObject({ start: iso, end: iso }),
  add: z.array(addRowSchema),
  update: z.array(updateRowSchema),
  skip: z.array(skipRowSchema),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const previewReplySchema = z.discriminatedUnion('status', [
  importPreviewSchema,
  z.strictObject({ status: z.literal('refused'), error: icsErrorSchema }),
]);
export type PreviewReply = z.infer<typeof previewReplySchema>;

/** One occurrence as it will be written: the event's identity and what the calendar says. */
export interface ImportItem {
  source: AppointmentSource;
  title: string;
  start: string;
  durationMinutes: number;
  /** Cancelled in the calendar; otherwise the appointment's own status stands. */
  cancelled: boolean;
  /** The event's DESCRIPTION, only when the counsellor asked for it; for new appointments. */
  notes: string;
}

export function sourceKey(source: AppointmentSource): string {
  return `${source.recurrenceId ?? ''} ${source.uid}`;
}

export type PlannedChange =
  | { kind: 'add'; item: ImportItem }
  | { kind: 'update'; item: ImportItem; old: Appointment; next: Appointment }
  | { kind: 'unchanged'; item: ImportItem }
  | { kind: 'cancelled'; item: ImportItem };

/**
 * Matches occurrences to the appointments imported before by UID and
 * RECURRENCE-ID: a known one is updated (title, time, a cancellation), an
 * unknown one added unless cancelled. The counsellor's own fields (client
 * label, notes, access, room) are never touched. Preview and write both run it,
 * so the write does what the preview showed even if the list changed between.
 */
export function planImport(
  existing: readonly Appointment[],
  items: readonly ImportItem[],
): PlannedChange[] {
  const known = new Map<string, Appointment>();
  for (const appointment of existing) {
    if (appointment.source) known.set(sourceKey(appointment.source), appointment);
  }
  return items.map((item): PlannedChange => {
    const old = known.get(sourceKey(item.source));
    if (!old) return item.cancelled ? { kind: 'cancelled', item } : { kind: 'add', item };
    const status: AppointmentStatus = item.cancelled ? 'cancelled' : old.status;
    const next: Appointment = {
      ...old,
      title: item.title,
      start: item.start,
      durationMinutes: item.durationMinutes,
      status,
    };
    const same =
      next.title === old.title &&
      Date.parse(next.start) === Date.parse(old.start) &&
      next.durationMinutes === old.durationMinutes &&
      next.status === old.status;
    return same ? { kind: 'unchanged', item } : { kind: 'update', item, old, next };
  });
}
