import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import {
  APPOINTMENTS_FILE,
  openAppointmentStore,
} from '../src/main/appointments/appointment-store';
import { manyAppointments } from '../test/fixtures/appointments';
import { median, ms, type Row } from './stats';

const COUNT = 10_000;
const RUNS = 21;
const quiet = { info() {}, warn() {}, error() {} };

/** Open + parse + validate, and one atomic write (temp file, fsync, rename), at 10,000. */
export async function benchStore(): Promise<Row[]> {
  const directory = await mkdtemp(join(tmpdir(), 'sprechstunde-bench-'));
  try {
    const appointments = manyAppointments(COUNT);
    await writeFile(
      join(directory, APPOINTMENTS_FILE),
      JSON.stringify({ schemaVersion: 1, appointments }),
    );

    const opens: number[] = [];
    let store = (await openAppointmentStore({ directory, log: quiet })).store; // warm-up
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      store = (await openAppointmentStore({ directory, log: quiet })).store;
      opens.push(performance.now() - start);
    }
    if (store.list().length !== COUNT) throw new Error('store did not load every appointment');

    const writes: number[] = [];
    const id = appointments[0]!.id;
    for (let run = 0; run <= RUNS; run++) {
      const start = performance.now();
      await store.setStatus(id, run % 2 ? 'done' : 'planned');
      if (run > 0) writes.push(performance.now() - start);
    }

    // The same document through electron-store's `store` setter (conf underneath),
    // which re-reads and re-parses the file before every write.
    const conf = new Conf<Record<string, unknown>>({ cwd: directory, configName: 'conf-compare' });
    const document = { schemaVersion: 1, appointments: store.list() };
    conf.store = document;
    const confWrites: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      conf.store = document;
      confWrites.push(performance.now() - start);
    }

    const open = median(opens);
    const write = median(writes);
    const confWrite = median(confWrites);
    return [
      {
        measure: `store: open + validate ${COUNT.toLocaleString('en')} appointments (median of ${RUNS})`,
        result: ms(open),
        goal: '≤ 100 ms',
        met: open <= 100,
      },
      {
        measure: `store: one atomic write at ${COUNT.toLocaleString('en')} (median of ${RUNS})`,
        result: ms(write),
        goal: '≤ 15 ms',
        met: write <= 15,
      },
      {
        measure: "store: the same write through electron-store's setter, for comparison",
        result: `${ms(confWrite)} (${(confWrite / write).toFixed(1)}×)`,
        goal: '—',
        met: true,
      },
    ];
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
