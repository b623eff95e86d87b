import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFile } from 'atomically';
import Conf from 'conf';
import {
  APPOINTMENTS_FILE,
  decodeText,
  serializeDocument,
  writeSealed,
} from '../src/main/appointments/appointment-file';
import { openAppointmentStore } from '../src/main/appointments/appointment-store';
import { createCredentials } from '../src/main/credentials/credentials';
import { newKey } from '../src/main/storage/sealed-file';
import { manyAppointments } from '../test/fixtures/appointments';
import { memoryKeychain } from '../test/fixtures/memory-keychain';
import { median, ms, type Row } from './stats';

const COUNT = 10_000;
const RUNS = 21;
const quiet = { info() {}, warn() {}, error() {} };

async function timed(runs: number, run: (index: number) => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  await run(-1); // warm-up
  for (let index = 0; index < runs; index++) {
    const start = performance.now();
    await run(index);
    times.push(performance.now() - start);
  }
  return median(times);
}

/**
 * At 10,000 appointments: open (read, decrypt, parse, validate) and one atomic
 * write, sealed as the app does it and in plain JSON as before, in one run.
 */
export async function benchStore(): Promise<Row[]> {
  const directory = await mkdtemp(join(tmpdir(), 'sprechstunde-bench-'));
  try {
    const appointments = manyAppointments(COUNT);
    // The keychain is asked once per open; an in-memory one keeps its latency
    // (a D-Bus round trip) out of what is measured here: the file work.
    const credentials = createCredentials(memoryKeychain(), quiet);
    const key = newKey();
    await credentials.set({ kind: 'store-key' }, key.toString('base64'));
    await writeSealed(join(directory, APPOINTMENTS_FILE), appointments, key);
    const plainPath = join(directory, 'plain.json');
    const plainDocument = JSON.stringify({ schemaVersion: 1, appointments });
    await writeFile(plainPath, plainDocument);

    let store = (await openAppointmentStore({ directory, credentials, log: quiet })).store;
    const sealedOpen = await timed(RUNS, async () => {
      store = (await openAppointmentStore({ directory, credentials, log: quiet })).store;
    });
    if (store.list().length !== COUNT) throw new Error('store did not load every appointment');
    const plainOpen = await timed(RUNS, async () => {
      const read = decodeText(await readFile(plainPath, 'utf8'), quiet);
      if (read.kind !== 'document') throw new Error('plain file did not load');
    });

    const id = appointments[0]!.id;
    const sealedWrite = await timed(RUNS, (index) =>
      store.setStatus(id, index % 2 ? 'done' : 'planned'),
    );
    // Same serialisation, same atomic write, no sealing: the ratio is the encryption's cost.
    const plainWrite = await timed(RUNS, () =>
      writeFile(plainPath, serializeDocument(store.list())),
    );

    // electron-store's `store` setter (conf underneath) re-reads and re-parses
    // the file before every write.
    const conf = new Conf<Record<string, unknown>>({ cwd: directory, configName: 'conf-compare' });
    const document = { schemaVersion: 1, appointments: store.list() };
    const confWrite = await timed(RUNS, () => {
      conf.store = document;
      return Promise.resolve();
    });

    const n = COUNT.toLocaleString('en');
    return [
      {
        measure: `store: open + decrypt + validate ${n} appointments (median of ${RUNS})`,
        result: ms(sealedOpen),
        goal: '≤ 100 ms',
        met: sealedOpen <= 100,
      },
      {
        measure: '  the same, unencrypted (read + parse + validate)',
        result: `${ms(plainOpen)} (encrypted ${(sealedOpen / plainOpen).toFixed(2)}×)`,
        goal: '—',
        met: true,
      },
      {
        measure: `store: one atomic encrypted write at ${n} (median of ${RUNS})`,
        result: ms(sealedWrite),
        goal: '≤ 15 ms',
        met: sealedWrite <= 15,
      },
      {
        measure: '  the same, unencrypted',
        result: `${ms(plainWrite)} (encrypted ${(sealedWrite / plainWrite).toFixed(2)}×)`,
        goal: '—',
        met: true,
      },
      {
        measure: "  the same through electron-store's setter, unencrypted",
        result: `${ms(confWrite)} (${(confWrite / plainWrite).toFixed(1)}× plain)`,
        goal: '—',
        met: true,
      },
    ];
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
