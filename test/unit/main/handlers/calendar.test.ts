import { mkdir, mkdtemp, readFile, rename, rm, rmdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APPOINTMENTS_FILE } from '../../../../src/main/appointments/appointment-file';
import { openAppointmentStore } from '../../../../src/main/appointments/appointment-store';
import { createCredentials } from '../../../../src/main/credentials/credentials';
import { calendarHandlers } from '../../../../src/main/handlers/calendar';
import { appointmentSchema } from '../../../../src/shared/appointment';
import type { PreviewReply } from '../../../../src/shared/calendar-import';
import { memoryKeychain } from '../../../fixtures/memory-keychain';
import { draft } from '../../../fixtures/appointments';

const quiet = { info() {}, warn() {}, error() {} };
const fixtures = join(import.meta.dirname, '../../../fixtures/calendar');
let directory: string;
let clock: Date;

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'sprechstunde-calendar-'));
  clock = new Date('2027-01-11T06:00:00Z');
});
afterEach(() => rm(directory, { recursive: true, force: true }));

async function setUp() {
  const credentials = createCredentials(memoryKeychain(), quiet);
  const { store } = await openAppointmentStore({
    directory,
    credentials,
    now: () => clock,
    log: quiet,
  });
  const handlers = calendarHandlers({
    appointments: store,
    defaultAccess: () => 'knock',
    now: () => clock,
    timeZone: () => 'Europe/Berlin',
    log: quiet,
  });
  const preview = async (name: string, takeDescription = false) =>
    handlers['calendar:preview']({
      file: (await readFile(join(fixtures, name))).toString('base64'),
      windowWeeks: 8,
      takeDescription,
    });
  const importFile = async (name: string, takeDescription = false) => {
    const reply = await preview(name, takeDescription);
    if (reply.status !== 'preview') throw new Error(reply.error.code);
    return handlers['calendar:import']({ previewId: reply.previewId });
  };
  return { store, handlers, preview, importFile };
}

const storeBytes = () => readFile(join(directory, APPOINTMENTS_FILE)).catch(() => null);

describe('the calendar handlers', () => {
  it('import every fixture calendar as appointments with their own rooms and the default access', async () => {
    const { store, importFile } = await setUp();
    const counts = [];
    for (const name of [
      'outlook-windows-zones.ics',
      'google-utc.ics',
      'nextcloud-rrule-exdate.ics',
      'thunderbird-all-day.ics',
      'cancelled.ics',
    ]) {
      counts.push(await importFile(name));
    }
    expect(counts).toEqual([
      { added: 6, updated: 0 },
      { added: 2, updated: 0 },
      { added: 6, updated: 0 },
      { added: 1, updated: 0 },
      { added: 0, updated: 0 },
    ]);
    const list = store.list();
    expect(list).toHaveLength(15);
    expect(new Set(list.map(({ roomName }) => roomName)).size).toBe(15);
    for (const appointment of list) {
      expect(appointmentSchema.strict().safeParse(appointment).success).toBe(true);
      expect(appointment).toMatchObject({ clientLabel: '', notes: '', access: 'knock' });
      expect(appointment.source?.uid).toBeTruthy();
    }
  });

  it('update on re-import instead of duplicating, keeping what the counsellor added', async () => {
    const { store, importFile, preview } = await setUp();
    await importFile('outlook-windows-zones.ics');
    const first = store.list();
    const [one] = first;
    await store.update(one!.id, {
      ...draft(),
      title: one!.title,
      start: one!.start,
      durationMinutes: one!.durationMinutes,
      clientLabel: 'K-17',
      notes: 'Rückruf vereinbart',
    });

    const again = (await preview('outlook-windows-zones.ics')) as Extract<
      PreviewReply,
      { status: 'preview' }
    >;
    expect(again.add).toEqual([]);
    expect(again.update).toEqual([]);
    // The April appointment lies beyond the 8 weeks: it is neither added nor updated.
    expect(again.skip.map(({ reason }) => reason).sort()).toEqual([
      'outside-window',
      ...Array<string>(6).fill('unchanged'),
    ]);
    expect(await importFile('outlook-windows-zones.ics')).toEqual({ added: 0, updated: 0 });
    expect(store.list().map(({ id }) => id)).toEqual(first.map(({ id }) => id));
    expect(store.get(one!.id)).toMatchObject({ clientLabel: 'K-17', notes: 'Rückruf vereinbart' });
  });

  it('cancel an imported appointment when the calendar cancels it', async () => {
    const { store, handlers } = await setUp();
    const cancelled = await readFile(join(fixtures, 'cancelled.ics'), 'utf8');
    const send = async (text: string) => {
      const reply = await handlers['calendar:preview']({
        file: Buffer.from(text).toString('base64'),
        windowWeeks: 8,
        takeDescription: false,
      });
      if (reply.status !== 'preview') throw new Error(reply.error.code);
      return handlers['calendar:import']({ previewId: reply.previewId });
    };
    expect(await send(cancelled.replace('STATUS:CANCELLED', 'STATUS:CONFIRMED'))).toEqual({
      added: 1,
      updated: 0,
    });
    expect(await send(cancelled)).toEqual({ added: 0, updated: 1 });
    expect(store.list()).toMatchObject([{ status: 'cancelled' }]);
  });

  it('take the description into the notes only when asked', async () => {
    const { store, importFile } = await setUp();
    await importFile('google-utc.ics', true);
    expect(store.list().map(({ notes }) => notes)).toEqual([
      'Telefonnummer: 0170 1234567\nThema: Trennung und Umgang',
      '',
    ]);
  });

  it('change nothing for a bad file', async () => {
    const { store, importFile, preview } = await setUp();
    await importFile('google-utc.ics');
    const before = await storeBytes();
    expect(await preview('broken-folding.ics')).toEqual({
      status: 'refused',
      error: { code: 'broken-folding' },
    });
    expect(await storeBytes()).toEqual(before);
    expect(store.list()).toHaveLength(2);
  });

  it('write a preview once, and only the latest one', async () => {
    const { handlers, preview } = await setUp();
    const first = await preview('google-utc.ics');
    const second = await preview('nextcloud-rrule-exdate.ics');
    if (first.status !== 'preview' || second.status !== 'preview') throw new Error('refused');
    await expect(handlers['calendar:import']({ previewId: first.previewId })).rejects.toMatchObject(
      { code: 'not-found' },
    );
    expect(await handlers['calendar:import']({ previewId: second.previewId })).toEqual({
      added: 6,
      updated: 0,
    });
    await expect(
      handlers['calendar:import']({ previewId: second.previewId }),
    ).rejects.toMatchObject({ code: 'not-found' });
  });

  it('write all or nothing: a failed write leaves list and file as they were', async () => {
    const { store, handlers, importFile, preview } = await setUp();
    await importFile('google-utc.ics');
    const before = await storeBytes();
    const reply = await preview('outlook-windows-zones.ics');
    if (reply.status !== 'preview') throw new Error('refused');
    // A folder where the file goes: the atomic rename fails (the tests run as root, so
    // taking write permission away would not).
    const path = join(directory, APPOINTMENTS_FILE);
    await rename(path, `${path}.kept`);
    await mkdir(path);
    await expect(handlers['calendar:import']({ previewId: reply.previewId })).rejects.toMatchObject(
      { code: 'storage-failed' },
    );
    await rmdir(path);
    await rename(`${path}.kept`, path);
    expect(store.list()).toHaveLength(2);
    expect(await storeBytes()).toEqual(before);
  });
});
