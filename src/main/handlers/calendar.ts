import type { AccessMode } from '../../shared/access';
import type { Channel } from '../../shared/ipc-contract';
import { AppFailure } from '../../shared/result';
import type { AppointmentStore } from '../appointments/appointment-store';
import { applyImport, previewImport, type PreparedImport } from '../calendar/ics-import';
import type { Handlers } from '../ipc/router';
import type { Logger } from '../log/logger';

/** A preview not confirmed within this time is dropped: its file may have changed since. */
const PREVIEW_KEPT_MS = 30 * 60_000;

export function calendarHandlers(options: {
  appointments: AppointmentStore;
  /** The access new appointments get, as for one made by hand. */
  defaultAccess: () => AccessMode;
  now: () => Date;
  /** The counsellor's zone, for floating times; the system's unless a test sets one. */
  timeZone?: () => string;
  log: Logger;
}): Pick<Handlers, Extract<Channel, `calendar:${string}`>> {
  const { appointments, now, log } = options;
  const timeZone = options.timeZone ?? (() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  // One import at a time: a new preview replaces the one before.
  let pending: { id: string; prepared: PreparedImport; at: number } | null = null;

  return {
    'calendar:preview': ({ file, windowWeeks, takeDescription }) => {
      pending = null;
      const prepared = previewImport(Buffer.from(file, 'base64'), {
        now: now(),
        windowWeeks,
        takeDescription,
        existing: appointments.list(),
        timeZone: timeZone(),
      });
      const { reply } = prepared;
      if (reply.status === 'refused') {
        log.warn(`calendar file refused: ${reply.error.code}`);
        return reply;
      }
      pending = { id: reply.previewId, prepared, at: now().getTime() };
      log.info(
        `calendar preview: ${reply.add.length} to add, ${reply.update.length} to update, ${reply.skip.length} skipped`,
      );
      return reply;
    },
    'calendar:import': async ({ previewId }) => {
      const kept = pending;
      if (!kept || kept.id !== previewId || now().getTime() - kept.at > PREVIEW_KEPT_MS) {
        throw new AppFailure('not-found');
      }
      const counts = await applyImport(appointments, kept.prepared, options.defaultAccess());
      // Written: the same preview cannot be imported twice.
      if (pending === kept) pending = null;
      log.info(`calendar import: ${counts.added} added, ${counts.updated} updated`);
      return counts;
    },
  };
}
