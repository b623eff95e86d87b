import { z } from 'zod';
import { accessModes, DEFAULT_ACCESS } from './access';
import { MAX_REPORTED_HOSTS } from './privacy-report';
import { appointmentSourceSchema } from './appointment-source';

// Messages are i18n keys: the renderer translates them, so the same schema
// serves the form, the IPC contract and the store.
export const appointmentStatuses = ['planned', 'done', 'cancelled'] as const;
export type AppointmentStatus = (typeof appointmentStatuses)[number];

export const MIN_DURATION_MINUTES = 5;
export const MAX_DURATION_MINUTES = 480;

export const roomNamePattern = /^[a-z2-7]{26}$/;

export const appointmentDraftSchema = z.object({
  title: z
    .string({ error: 'validation.title.required' })
    .trim()
    .min(1, { error: 'validation.title.required' })
    .max(200, { error: 'validation.title.tooLong' }),
  clientLabel: z
    .string({ error: 'validation.clientLabel.tooLong' })
    .trim()
    .max(100, { error: 'validation.clientLabel.tooLong' }),
  start: z.iso.datetime({ offset: true, error: 'validation.start.invalid' }),
  durationMinutes: z
    .number({ error: 'validation.duration.invalid' })
    .int({ error: 'validation.duration.invalid' })
    .min(MIN_DURATION_MINUTES, { error: 'validation.duration.range' })
    .max(MAX_DURATION_MINUTES, { error: 'validation.duration.range' }),
  notes: z.string({ error: 'validation.notes.tooLong' }).max(20_000, {
    error: 'validation.notes.tooLong',
  }),
  /** Who enters directly and who knocks: see access.ts. */
  access: z.enum(accessModes, { error: 'validation.access.invalid' }).default(DEFAULT_ACCESS),
});
export type AppointmentDraft = z.output<typeof appointmentDraftSchema>;

/** See privacy-report.ts: blocked requests per host, kept on the appointment. */
export const privacyReportSchema = z.object({
  total: z.number().int().min(0),
  hosts: z
    .array(z.object({ host: z.string().min(1).max(300), count: z.number().int().min(1) }))
    .max(MAX_REPORTED_HOSTS + 1),
});

export const appointmentIdSchema = z.uuid({ error: 'validation.id.invalid' });

export const appointmentSchema = appointmentDraftSchema.extend({
  id: appointmentIdSchema,
  roomName: z.string().regex(roomNamePattern),
  status: z.enum(appointmentStatuses),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  /** What was blocked during its consultation(s); absent until one took place. */
  privacyReport: privacyReportSchema.optional(),
  /**
   * The calendar event it was imported from (issue 19), so that a re-import
   * updates it; absent for appointments made by hand. Optional, so files of
   * earlier versions read as they are and need no migration.
   */
  source: appointmentSourceSchema.optional(),
});
export type Appointment = z.infer<typeof appointmentSchema>;

export function appointmentEnd(appointment: Pick<Appointment, 'start' | 'durationMinutes'>): Date {
  return new Date(Date.parse(appointment.start) + appointment.durationMinutes * 60_000);
}
