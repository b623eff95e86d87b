import { z } from 'zod';

/** Where an appointment came from: the calendar event's identity, for a safe re-import. */
export const appointmentSourceSchema = z.strictObject({
  /** The event's UID, as the calendar wrote it. */
  uid: z.string().min(1).max(1_000),
  /** The occurrence's original start (UTC ISO) for a recurring event; null for a single one. */
  recurrenceId: z.iso.datetime().nullable(),
});
export type AppointmentSource = z.infer<typeof appointmentSourceSchema>;
