import type { AccessMode } from '../../shared/access';
import {
  MAX_DURATION_MINUTES,
  MIN_DURATION_MINUTES,
  type Appointment,
} from '../../shared/appointment';
import {
  DEFAULT_WINDOW_WEEKS,
  MAX_ICS_BYTES,
  planImport,
  sourceKey,
  type ImportItem,
  type ImportPreview,
  type PreviewReply,
  type SkipReason,
} from '../../shared/calendar-import';
import type { AppointmentStore } from '../appointments/appointment-store';
import { readEvents, type Occurrence } from './ics-events';

export interface PreviewOptions {
  now: Date;
  /** Recurring events expand, and single ones count, within this many weeks from now. */
  windowWeeks?: number;
  /** Take each event's DESCRIPTION into the new appointment's private notes. */
  takeDescription?: boolean;
  /** The appointments as they are: imported ones are matched by their source. */
  existing: readonly Appointment[];
  /** The counsellor's zone (IANA), for floating times. */
  timeZone: string;
  /** Names the preview; a random UUID unless a test sets one. */
  newId?: () => string;
}

/** What the UI is shown, and what main keeps to write when the counsellor confirms. */
export interface PreparedImport {
  reply: PreviewReply;
  /** The occurrences to write: empty for a refused file. */
  items: readonly ImportItem[];
}

const WEEK_MS = 7 * 86_400_000;
const MAX_TITLE = 200;
const MAX_NOTES = 20_000;

/**
 * Reads an .ics file and says what importing it would do: appointments to
 * add, to update (with the old time where it changes), events skipped and
 * why, or why the whole file is refused. Writes nothing.
 */
export function previewImport(bytes: Buffer, options: PreviewOptions): PreparedImport {
  if (bytes.length > MAX_ICS_BYTES) return refusedFile('too-large');
  const windowStart = options.now.getTime();
  const window = {
    start: windowStart,
    end: windowStart + (options.windowWeeks ?? DEFAULT_WINDOW_WEEKS) * WEEK_MS,
  };
  const read = readEvents(decode(bytes), { window, timeZone: options.timeZone });
  if (!read.ok) return { reply: { status: 'refused', error: read.error }, items: [] };

  const skip: ImportPreview['skip'] = [];
  const items: ImportItem[] = [];
  const seen = new Set<string>();
  const occurrences = [...read.occurrences].sort((a, b) => a.start - b.start);
  for (const occurrence of occurrences) {
    const title = titleOf(occurrence.title);
    const reason = skipReasonOf(occurrence, title, window, seen);
    if (reason) {
      skip.push({
        title,
        start: occurrence.allDay ? null : new Date(occurrence.start).toISOString(),
        reason,
      });
      continue;
    }
    items.push({
      source: occurrence.source,
      title,
      start: new Date(occurrence.start).toISOString(),
      durationMinutes: minutesOf(occurrence),
      cancelled: occurrence.cancelled,
      notes: options.takeDescription ? cut(occurrence.description.trim(), MAX_NOTES) : '',
    });
  }

  const preview: ImportPreview = {
    status: 'preview',
    previewId: (options.newId ?? (() => globalThis.crypto.randomUUID()))(),
    window: {
      start: new Date(window.start).toISOString(),
      end: new Date(window.end).toISOString(),
    },
    add: [],
    update: [],
    skip,
  };
  for (const change of planImport(options.existing, items)) {
    const { item } = change;
    const row = {
      title: item.title,
      start: item.start,
      durationMinutes: item.durationMinutes,
    };
    if (change.kind === 'add') preview.add.push({ ...row, status: 'planned' });
    else if (change.kind === 'update') {
      const { old, next } = change;
      const moved =
        Date.parse(old.start) !== Date.parse(next.start) ||
        old.durationMinutes !== next.durationMinutes;
      preview.update.push({
        ...row,
        id: old.id,
        status: next.status,
        ...(moved ? { previous: { start: old.start, durationMinutes: old.durationMinutes } } : {}),
      });
    } else preview.skip.push({ title: item.title, start: item.start, reason: change.kind });
  }
  return { reply: preview, items };
}

/**
 * Writes a prepared import in one atomic store write: all of it or, when the
 * write fails, none. New appointments get their own room as if made by hand
 * and the counsellor's default access; their room password is made in the
 * keychain on first use, as for any appointment.
 */
export function applyImport(
  store: Pick<AppointmentStore, 'importMany'>,
  prepared: PreparedImport,
  access: AccessMode,
): Promise<{ added: number; updated: number }> {
  return store.importMany(prepared.items, access);
}

function refusedFile(code: 'too-large'): PreparedImport {
  return { reply: { status: 'refused', error: { code } }, items: [] };
}

function skipReasonOf(
  occurrence: Occurrence,
  title: string,
  window: { start: number; end: number },
  seen: Set<string>,
): SkipReason | null {
  if (occurrence.allDay) return 'all-day';
  if (occurrence.end <= window.start || occurrence.start >= window.end) return 'outside-window';
  if (title === '') return 'no-title';
  const minutes = minutesOf(occurrence);
  if (minutes < MIN_DURATION_MINUTES) return 'too-short';
  if (minutes > MAX_DURATION_MINUTES) return 'too-long';
  const key = sourceKey(occurrence.source);
  if (seen.has(key)) return 'duplicate';
  seen.add(key);
  return null;
}

function minutesOf(occurrence: Occurrence): number {
  return Math.round((occurrence.end - occurrence.start) / 60_000);
}

/** One line, trimmed, at most 200 characters. */
function titleOf(summary: string): string {
  return cut(summary.replace(/\s+/g, ' ').trim(), MAX_TITLE).trim();
}

/** At most `length` UTF-16 units (what the schema counts), never half a character. */
function cut(text: string, length: number): string {
  const cut = text.slice(0, length);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** UTF-8 as RFC 5545 says; Windows-1252 for the odd old Outlook file that is not. */
function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
