import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import {
  appendFile,
  chmod,
  cp,
  lstat,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  readlink,
  rm,
  symlink,
  truncate,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Keychain } from '../../../src/main/credentials/credentials';
import { seal } from '../../../src/main/storage/sealed-file';
import type { StartupNotice, StoreState } from '../../../src/shared/ipc-contract';
import { draft } from '../../fixtures/appointments';
import { fillDisk, mountSmallTmpfs, type SmallDisk } from '../../fixtures/small-disk';
import { fileKeychain } from '../../fixtures/file-keychain';
import { startApp, type FirstScreen } from '../../fixtures/start-app';
import { runsWithOverride, runWithoutOverride } from '../../fixtures/without-override';

// The corruption matrix (issue 14): every way the files the app keeps can be
// damaged, one row each, over a copy of a real user-data folder (two sealed
// appointments, settings with a server, a log). Each row asserts the same three
// things: the app starts (the first screen answers), it shows the right notice
// (or the store's locked state), and the damaged original is kept byte for byte
// (in place, or where the notice says it went).

const SEALED = 'appointments.sealed';
const SETTINGS = 'settings.json';
const LOGS = 'logs';
const LOG = 'logs/sprechstunde.log';
/** Header (20) | nonce (12) | tag (16) | ciphertext, see src/main/storage/sealed-file.ts. */
const HEADER_END = 20;
const NONCE_END = 32;
const TAG_END = 48;

interface Folder {
  /** The user-data folder. */
  dir: string;
  /** The keychain file beside it (outside the folder). */
  keychainPath: string;
  keychain: Keychain;
  /** A folder outside user data, for symlink targets: another app's files. */
  elsewhere: string;
}

type Expected = Partial<StartupNotice> & { kind: StartupNotice['kind'] };

interface Row {
  name: string;
  /** What the row damages: the path (relative to user data) whose original must be kept. */
  target: string;
  damage(folder: Folder): Promise<void>;
  /** Notices the first screen shows (partial matches, in any order). */
  notices: Expected[];
  store?: StoreState;
  /** Appointments readable after the start. */
  appointments: number;
  /** Where the original is kept when neither in place nor named by a notice. */
  keptAt?: string;
  /** Run without the right to ignore file permissions (root's DAC override). */
  withoutOverride?: true;
  /** On a full disk (a small tmpfs). */
  fullDisk?: true;
  /** After the start: a change is saved, then this must hold (e.g. a link's target untouched). */
  afterSave?: (folder: Folder) => Promise<void>;
}

const flip = (offset: (length: number) => number) => async (path: string) => {
  const bytes = await readFile(path);
  const at = offset(bytes.length);
  bytes[at] = bytes[at]! ^ 0x01;
  await writeFile(path, bytes);
};
const cut = (length: (bytes: number) => number) => async (path: string) => {
  const bytes = await readFile(path);
  await writeFile(path, bytes.subarray(0, length(bytes.length)));
};
const sealedIn = (folder: Folder) => join(folder.dir, SEALED);
const storeKey = async (folder: Folder) =>
  Buffer.from((await folder.keychain.getPassword('de.sprechstunde.test', 'store-key'))!, 'base64');
const setKey = async (folder: Folder, value: string) =>
  folder.keychain.setPassword('de.sprechstunde.test', 'store-key', value);
const sealDocument = async (folder: Folder, document: unknown) =>
  writeFile(sealedIn(folder), seal(JSON.stringify(document), await storeKey(folder)));
const appointmentJson = (overrides: Record<string, unknown> = {}) => ({
  ...draft(),
  id: '6f1c8f0e-3b7a-4c1e-9a55-1f2d3c4b5a69',
  roomName: 'abcdefghijklmnopqrstuvwxyz',
  status: 'planned',
  createdAt: '2026-11-20T08:00:00.000Z',
  updatedAt: '2026-11-20T08:00:00.000Z',
  ...overrides,
});
const settingsIn = (folder: Folder) => join(folder.dir, SETTINGS);
const movedAside = (file: 'appointments' | 'settings' | 'log', reason: string): Expected => ({
  kind: 'store-moved-aside',
  file,
  reason: reason as never,
});
const logNotSaved: Expected = { kind: 'not-saved', file: 'log' };

const rows: Row[] = [
  // The sealed appointment file: cut short, flipped in each part, replaced.
  ...(
    [
      ['empty', cut(() => 0)],
      ['cut to its header', cut(() => HEADER_END)],
      ['cut inside the nonce', cut(() => HEADER_END + 5)],
      ['cut inside the tag', cut(() => NONCE_END + 7)],
      ['cut inside the ciphertext', cut((n) => TAG_END + Math.floor((n - TAG_END) / 2))],
      ['missing its last byte', cut((n) => n - 1)],
      ['with a bit flipped in the header', flip(() => 3)],
      ['with a bit flipped in the format version', flip(() => HEADER_END - 1)],
      ['with a bit flipped in the nonce', flip(() => HEADER_END + 4)],
      ['with a bit flipped in the tag', flip(() => NONCE_END + 9)],
      ['with a bit flipped in the first ciphertext byte', flip(() => TAG_END)],
      ['with a bit flipped in the last byte', flip((n) => n - 1)],
      ['with bytes appended', (path: string) => appendFile(path, Buffer.from('trailing'))],
      ['replaced by plain JSON', (path: string) => writeFile(path, '{"schemaVersion":3}')],
    ] as const
  ).map(([how, damage]): Row => ({
    name: `the sealed file ${how}`,
    target: SEALED,
    damage: (folder) => damage(sealedIn(folder)),
    notices: [movedAside('appointments', 'undecryptable')],
    appointments: 0,
  })),
  {
    name: 'the sealed file too large (65 MiB)',
    target: SEALED,
    damage: (folder) => truncate(sealedIn(folder), 65 * 1024 * 1024),
    notices: [movedAside('appointments', 'too-large')],
    appointments: 0,
  },
  {
    name: 'the sealed file sealed with another key',
    target: SEALED,
    damage: (folder) =>
      writeFile(
        sealedIn(folder),
        seal('{"schemaVersion":3,"appointments":[]}', Buffer.alloc(32, 7)),
      ),
    notices: [movedAside('appointments', 'undecryptable')],
    appointments: 0,
  },
  {
    name: 'the sealed file holding text that is not JSON',
    target: SEALED,
    damage: async (folder) =>
      writeFile(sealedIn(folder), seal('{"schemaVersion":3,"appoint', await storeKey(folder))),
    notices: [movedAside('appointments', 'corrupt')],
    appointments: 0,
  },
  {
    name: 'the sealed file holding a document of the wrong shape',
    target: SEALED,
    damage: (folder) => sealDocument(folder, { schemaVersion: 3, appointments: [{ id: 1 }] }),
    notices: [movedAside('appointments', 'corrupt')],
    appointments: 0,
  },
  {
    name: 'the sealed file written by a newer version',
    target: SEALED,
    damage: (folder) => sealDocument(folder, { schemaVersion: 99, appointments: [] }),
    notices: [movedAside('appointments', 'newer-version')],
    appointments: 0,
  },
  {
    name: 'the sealed file with __proto__ keys in the document and an appointment',
    target: SEALED,
    damage: async (folder) => {
      const text =
        '{"schemaVersion":3,"__proto__":{"polluted":true},"appointments":[' +
        JSON.stringify(appointmentJson()).replace('{', '{"__proto__":{"polluted":true},') +
        ']}';
      await writeFile(sealedIn(folder), seal(text, await storeKey(folder)));
    },
    notices: [],
    appointments: 1,
  },
  {
    name: 'the sealed file of version 1, migrated (the old one kept as .v1-)',
    target: SEALED,
    damage: (folder) =>
      sealDocument(folder, {
        schemaVersion: 1,
        appointments: [(({ access: _access, ...old }) => old)(appointmentJson())],
      }),
    notices: [],
    appointments: 1,
    keptAt: `${SEALED}.v1-`,
  },
  {
    name: 'the sealed file replaced by a folder',
    target: SEALED,
    damage: async (folder) => {
      await rm(sealedIn(folder));
      await mkdir(sealedIn(folder));
      await writeFile(join(sealedIn(folder), 'inside.txt'), 'kept');
    },
    notices: [movedAside('appointments', 'unreadable')],
    appointments: 0,
  },
  {
    name: 'the sealed file without read permission',
    target: SEALED,
    damage: (folder) => chmod(sealedIn(folder), 0o000),
    notices: [movedAside('appointments', 'unreadable')],
    appointments: 0,
    withoutOverride: true,
  },
  {
    name: 'the sealed file a symlink to a sealed file elsewhere',
    target: SEALED,
    damage: async (folder) => {
      await cp(sealedIn(folder), join(folder.elsewhere, 'other.sealed'));
      await rm(sealedIn(folder));
      await symlink(join(folder.elsewhere, 'other.sealed'), sealedIn(folder));
    },
    notices: [movedAside('appointments', 'symlink')],
    appointments: 0,
    afterSave: async (folder) => {
      // The target was never written through the link.
      expect(await readFile(join(folder.elsewhere, 'other.sealed'))).toEqual(
        await readFile(join(folder.elsewhere, 'other.sealed.original')),
      );
    },
  },
  {
    name: 'the sealed file a dangling symlink',
    target: SEALED,
    damage: async (folder) => {
      await rm(sealedIn(folder));
      await symlink(join(folder.elsewhere, 'gone.sealed'), sealedIn(folder));
    },
    notices: [movedAside('appointments', 'symlink')],
    appointments: 0,
    afterSave: (folder) => {
      expect(existsSync(join(folder.elsewhere, 'gone.sealed'))).toBe(false);
      return Promise.resolve();
    },
  },
  {
    name: 'a temp file a killed write left beside the sealed file (removed, the file kept)',
    target: SEALED,
    damage: async (folder) => {
      await writeFile(`${sealedIn(folder)}.tmp-4410000000a1b2c3`, Buffer.alloc(64, 1));
    },
    notices: [],
    appointments: 2,
    afterSave: async (folder) => {
      expect((await readdir(folder.dir)).filter((name) => name.includes('.tmp-'))).toEqual([]);
    },
  },
  {
    name: 'the unencrypted file of 0.1 left beside with other content',
    target: 'appointments.json',
    damage: (folder) =>
      writeFile(
        join(folder.dir, 'appointments.json'),
        JSON.stringify({ schemaVersion: 1, appointments: [] }),
      ),
    notices: [movedAside('appointments', 'unmigrated')],
    appointments: 2,
  },
  {
    name: 'the unencrypted file of 0.1 too large (65 MiB)',
    target: 'appointments.json',
    damage: async (folder) => {
      await writeFile(join(folder.dir, 'appointments.json'), '{"schemaVersion":1,');
      await truncate(join(folder.dir, 'appointments.json'), 65 * 1024 * 1024);
    },
    notices: [movedAside('appointments', 'too-large')],
    appointments: 2,
  },
  {
    name: 'the unencrypted file of 0.1 corrupt',
    target: 'appointments.json',
    damage: (folder) => writeFile(join(folder.dir, 'appointments.json'), '{"schemaVersion":'),
    notices: [movedAside('appointments', 'corrupt')],
    appointments: 2,
  },

  // The key in the keychain.
  ...(
    [
      ['missing', null, 'key-missing'],
      ['16 bytes long', Buffer.alloc(16, 1).toString('base64'), 'key-invalid'],
      ['64 bytes long', Buffer.alloc(64, 1).toString('base64'), 'key-invalid'],
      ['not base64', 'this is not a key at all, is it?', 'key-invalid'],
      ['base64 with a line break', `${Buffer.alloc(32, 1).toString('base64')}\n`, 'key-invalid'],
      ['empty', '', 'key-invalid'],
    ] as const
  ).map(([how, value, reason]): Row => ({
    name: `the store key ${how}`,
    target: SEALED,
    damage: async (folder) => {
      if (value === null) await folder.keychain.deletePassword('de.sprechstunde.test', 'store-key');
      else await setKey(folder, value);
    },
    notices: [],
    store: { status: 'locked', reason },
    appointments: 0,
  })),

  // settings.json.
  ...(
    [
      ['cut short', cut((n) => n - 3)],
      ['with a bit flipped in its first byte', flip(() => 0)],
      [
        'with bytes that are not UTF-8',
        (path: string) => writeFile(path, Buffer.from([0xff, 0xfe, 0x7b])),
      ],
    ] as const
  ).map(([how, damage]): Row => ({
    name: `the settings file ${how}`,
    target: SETTINGS,
    damage: (folder) => damage(settingsIn(folder)),
    notices: [movedAside('settings', 'corrupt')],
    appointments: 2,
  })),
  ...(['[1,2,3]', 'null', '"a string"', '42'] as const).map((json): Row => ({
    name: `the settings file holding ${json}`,
    target: SETTINGS,
    damage: (folder) => writeFile(settingsIn(folder), json),
    notices: [movedAside('settings', 'corrupt')],
    appointments: 2,
  })),
  {
    name: 'the settings file empty',
    target: SETTINGS,
    damage: (folder) => writeFile(settingsIn(folder), ''),
    notices: [movedAside('settings', 'corrupt')],
    appointments: 2,
  },
  {
    name: 'the settings file too large (20 MiB)',
    target: SETTINGS,
    damage: (folder) =>
      writeFile(settingsIn(folder), JSON.stringify({ displayName: 'x'.repeat(20 * 1024 * 1024) })),
    notices: [movedAside('settings', 'too-large')],
    appointments: 2,
  },
  {
    name: 'the settings file with a refused server address',
    target: SETTINGS,
    damage: (folder) =>
      writeFile(settingsIn(folder), JSON.stringify({ serverUrl: 'http://meet.example.org' })),
    notices: [{ kind: 'settings-refused' }],
    appointments: 2,
  },
  {
    name: 'the settings file with __proto__ keys',
    target: SETTINGS,
    damage: (folder) =>
      writeFile(
        settingsIn(folder),
        '{"__proto__":{"serverUrl":"https://evil.example","polluted":true},"constructor":{"prototype":{"polluted":true}},"serverUrl":"https://meet.example.org"}',
      ),
    notices: [],
    appointments: 2,
  },
  {
    name: 'the settings file replaced by a folder',
    target: SETTINGS,
    damage: async (folder) => {
      await rm(settingsIn(folder));
      await mkdir(settingsIn(folder));
      await writeFile(join(settingsIn(folder), 'inside.txt'), 'kept');
    },
    notices: [movedAside('settings', 'unreadable')],
    appointments: 2,
  },
  {
    name: 'the settings file without read permission',
    target: SETTINGS,
    damage: (folder) => chmod(settingsIn(folder), 0o000),
    notices: [movedAside('settings', 'unreadable')],
    appointments: 2,
    withoutOverride: true,
  },
  {
    name: 'the settings file a symlink to another app’s settings',
    target: SETTINGS,
    damage: async (folder) => {
      await writeFile(join(folder.elsewhere, 'other-app.json'), '{"theirKey":"theirs"}');
      await rm(settingsIn(folder));
      await symlink(join(folder.elsewhere, 'other-app.json'), settingsIn(folder));
    },
    notices: [movedAside('settings', 'symlink')],
    appointments: 2,
    afterSave: async (folder) => {
      expect(await readFile(join(folder.elsewhere, 'other-app.json'), 'utf8')).toBe(
        '{"theirKey":"theirs"}',
      );
    },
  },
  {
    name: 'the settings file a dangling symlink',
    target: SETTINGS,
    damage: async (folder) => {
      await rm(settingsIn(folder));
      await symlink(join(folder.elsewhere, 'gone.json'), settingsIn(folder));
    },
    notices: [movedAside('settings', 'symlink')],
    appointments: 2,
    afterSave: (folder) => {
      expect(existsSync(join(folder.elsewhere, 'gone.json'))).toBe(false);
      return Promise.resolve();
    },
  },
  {
    name: 'a temp file a killed settings write left (removed, the file kept)',
    target: SETTINGS,
    damage: (folder) => writeFile(`${settingsIn(folder)}.tmp-4410000000d4e5f6`, '{"serverUrl":'),
    notices: [],
    appointments: 2,
    afterSave: async (folder) => {
      expect((await readdir(folder.dir)).filter((name) => name.includes('.tmp-'))).toEqual([]);
    },
  },

  // The log folder and file.
  {
    name: 'a file where the logs folder belongs',
    target: LOGS,
    damage: async (folder) => {
      await rm(join(folder.dir, LOGS), { recursive: true });
      await writeFile(join(folder.dir, LOGS), 'not a folder');
    },
    notices: [movedAside('log', 'unreadable')],
    appointments: 2,
  },
  {
    name: 'a folder where the log file belongs',
    target: LOG,
    damage: async (folder) => {
      await rm(join(folder.dir, LOG));
      await mkdir(join(folder.dir, LOG));
      await writeFile(join(folder.dir, LOG, 'inside.txt'), 'kept');
    },
    notices: [movedAside('log', 'unreadable')],
    appointments: 2,
  },
  {
    name: 'the log file a symlink to another file',
    target: LOG,
    damage: async (folder) => {
      await writeFile(join(folder.elsewhere, 'other.log'), 'theirs\n');
      await rm(join(folder.dir, LOG));
      await symlink(join(folder.elsewhere, 'other.log'), join(folder.dir, LOG));
    },
    notices: [movedAside('log', 'symlink')],
    appointments: 2,
    afterSave: async (folder) => {
      expect(await readFile(join(folder.elsewhere, 'other.log'), 'utf8')).toBe('theirs\n');
    },
  },
  {
    name: 'the logs folder a symlink to another folder',
    target: LOGS,
    damage: async (folder) => {
      await mkdir(join(folder.elsewhere, 'their-logs'));
      await rm(join(folder.dir, LOGS), { recursive: true });
      await symlink(join(folder.elsewhere, 'their-logs'), join(folder.dir, LOGS));
    },
    notices: [movedAside('log', 'symlink')],
    appointments: 2,
    afterSave: async (folder) => {
      expect(await readdir(join(folder.elsewhere, 'their-logs'))).toEqual([]);
    },
  },
  {
    name: 'the log file without write permission',
    target: LOG,
    damage: (folder) => chmod(join(folder.dir, LOG), 0o400),
    notices: [logNotSaved],
    appointments: 2,
    withoutOverride: true,
  },
  {
    name: 'the logs folder without permissions',
    target: LOGS,
    damage: (folder) => chmod(join(folder.dir, LOGS), 0o000),
    notices: [logNotSaved],
    appointments: 2,
    withoutOverride: true,
  },
  {
    name: 'the log file past its size limit (kept as .1)',
    target: LOG,
    damage: (folder) => appendFile(join(folder.dir, LOG), 'x'.repeat(1024 * 1024 + 1)),
    notices: [],
    appointments: 2,
    keptAt: `${LOG}.1`,
  },

  // A full disk.
  {
    name: 'a full disk, every file sound',
    target: SEALED,
    damage: async () => {},
    notices: [logNotSaved],
    appointments: 2,
    fullDisk: true,
  },
  {
    name: 'a full disk and a damaged sealed file',
    target: SEALED,
    damage: (folder) => flip((n) => n - 1)(sealedIn(folder)),
    notices: [movedAside('appointments', 'undecryptable'), logNotSaved],
    appointments: 0,
    fullDisk: true,
  },
  {
    name: 'a full disk and a refused setting (no copy can be made: the file left as it is)',
    target: SETTINGS,
    damage: (folder) =>
      writeFile(settingsIn(folder), JSON.stringify({ serverUrl: 'http://meet.example.org' })),
    notices: [{ kind: 'settings-refused', keptAt: null }, logNotSaved],
    appointments: 2,
    fullDisk: true,
  },
];

/** A file's bytes, a folder's entries, or a link's target: what "kept byte for byte" compares. */
type Snapshot =
  { file: string } | { link: string } | { folder: [string, Snapshot][] } | { missing: true };

async function snapshot(path: string): Promise<Snapshot> {
  const stats = await lstat(path).catch(() => null);
  if (!stats) return { missing: true };
  if (stats.isSymbolicLink()) return { link: await readlink(path) };
  if (stats.isDirectory()) {
    const names = (await readdir(path)).sort();
    return {
      folder: await Promise.all(
        names.map(async (name): Promise<[string, Snapshot]> => [
          name,
          await snapshot(join(path, name)),
        ]),
      ),
    };
  }
  return {
    file: createHash('sha256')
      .update(await readFile(path))
      .digest('hex'),
  };
}

/** Starts the app in a child process without root's right to ignore file permissions. */
async function startWithoutOverride(folder: Folder): Promise<FirstScreen> {
  const stdout = await runWithoutOverride(
    join(import.meta.dirname, '../../fixtures/start-app.ts'),
    [folder.dir, folder.keychainPath],
  );
  return JSON.parse(stdout) as FirstScreen;
}

let template: string;
let templateKeychain: string;
let root: string;
let smallDisk: SmallDisk | null = null;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'sprechstunde-corruption-'));
  template = join(root, 'template');
  templateKeychain = join(root, 'template-keychain.json');
  await mkdir(template);
  const app = await startApp(template, fileKeychain(templateKeychain));
  await app.call('settings:update', { serverUrl: 'https://meet.example.org' });
  await app.call('appointments:create', draft({ clientLabel: 'K-17' }));
  await app.call('appointments:create', draft({ clientLabel: 'K-18' }));
  smallDisk = mountSmallTmpfs(4096);
});
afterAll(async () => {
  smallDisk?.unmount();
  await rm(root, { recursive: true, force: true });
});

let count = 0;
async function freshFolder(row: Row): Promise<Folder> {
  count++;
  const base = row.fullDisk ? smallDisk!.path : root;
  const dir = join(base, `row-${count}`, 'user-data');
  const elsewhere = join(base, `row-${count}`, 'elsewhere');
  await mkdir(elsewhere, { recursive: true });
  await cp(template, dir, { recursive: true });
  const keychainPath = join(root, `row-${count}-keychain.json`);
  await cp(templateKeychain, keychainPath);
  return { dir, keychainPath, keychain: fileKeychain(keychainPath), elsewhere };
}

/** Where the damaged original must be now: named by a notice, given by the row, or in place. */
async function whereKept(row: Row, folder: Folder, screen: FirstScreen): Promise<string> {
  const fileOf = (target: string) =>
    target === SETTINGS ? 'settings' : target === LOG || target === LOGS ? 'log' : 'appointments';
  for (const notice of screen.notices) {
    if (notice.kind === 'settings-refused' && notice.keptAt && row.target === SETTINGS) {
      return notice.keptAt;
    }
    if (
      notice.kind === 'store-moved-aside' &&
      notice.file === fileOf(row.target) &&
      notice.movedTo.startsWith(join(folder.dir, row.target))
    ) {
      return notice.movedTo;
    }
  }
  if (row.keptAt) {
    const [name] = (await readdir(join(folder.dir, row.keptAt, '..'))).filter((entry) =>
      join(folder.dir, row.keptAt!, '..', entry).startsWith(join(folder.dir, row.keptAt!)),
    );
    return join(folder.dir, row.keptAt, '..', name!);
  }
  return join(folder.dir, row.target);
}

describe('the corruption matrix: the app starts, says what happened, and keeps the original', () => {
  it('has at least 40 modes', () => {
    expect(rows.length).toBeGreaterThanOrEqual(40);
  });

  // 60 s a row: one without root's override starts the app in a tsx child, seconds on a busy machine.
  it.each(rows)(
    '$name',
    async (row) => {
      if (row.fullDisk && !smallDisk) {
        console.warn(`skipped "${row.name}": no tmpfs can be mounted here (needs root on Linux)`);
        return;
      }
      if (row.withoutOverride && runsWithOverride && !existsSync('/usr/bin/setpriv')) {
        console.warn(`skipped "${row.name}": running as root without setpriv to drop the override`);
        return;
      }
      const folder = await freshFolder(row);
      try {
        await checkRow(row, folder);
      } finally {
        // The small disk is shared by the full-disk rows: each leaves it empty.
        if (row.fullDisk) await rm(join(folder.dir, '..'), { recursive: true, force: true });
      }
    },
    60_000,
  );

  it('says "disk full" for a change on a full disk, and changes nothing', async () => {
    if (!smallDisk) {
      console.warn(
        'skipped the full-disk change: no tmpfs can be mounted here (needs root on Linux)',
      );
      return;
    }
    const folder = await freshFolder({ fullDisk: true } as Row);
    try {
      const app = await startApp(folder.dir, folder.keychain);
      await fillDisk(join(folder.dir, '..'));
      const failed = (channel: string, payload: unknown) =>
        app.call(channel, payload).then(
          () => 'saved',
          (error: Error) => error.message,
        );
      expect(await failed('appointments:create', draft({ clientLabel: 'K-20' }))).toBe(
        'appointments:create: disk-full',
      );
      expect(await failed('settings:update', { displayName: 'Frau Berg' })).toBe(
        'settings:update: disk-full',
      );
      await rm(join(folder.dir, '..', 'filler'));
      const again = await startApp(folder.dir, folder.keychain);
      const { counts } = again.firstScreen.today;
      expect(counts.today + counts.upcoming + counts.past).toBe(2);
      expect(again.firstScreen.settings.settings.displayName).toBe('');
    } finally {
      await rm(join(folder.dir, '..'), { recursive: true, force: true });
    }
  });

  it('leaves the template it copies as the app left it: no temp file, a log', async () => {
    expect((await readdir(template)).sort()).toEqual([SEALED, SETTINGS, LOGS].sort());
    expect((await lstat(join(template, LOG))).size).toBeGreaterThan(0);
  });
});

async function checkRow(row: Row, folder: Folder) {
  await row.damage(folder);
  if (existsSync(join(folder.elsewhere, 'other.sealed'))) {
    await cp(
      join(folder.elsewhere, 'other.sealed'),
      join(folder.elsewhere, 'other.sealed.original'),
    );
  }
  const original = await snapshot(join(folder.dir, row.target));
  if (row.fullDisk) {
    // A fresh log file needs a page of its own; the old one may have room left in its last.
    await rm(join(folder.dir, LOG), { force: true });
    await fillDisk(join(folder.dir, '..'));
  }

  const screen =
    row.withoutOverride && runsWithOverride
      ? await startWithoutOverride(folder)
      : (await startApp(folder.dir, folder.keychain)).firstScreen;

  // It started, and says what happened: no more, no less.
  expect(screen.notices).toHaveLength(row.notices.length);
  expect(screen.notices).toEqual(
    expect.arrayContaining(row.notices.map((notice): unknown => expect.objectContaining(notice))),
  );
  expect(screen.store).toEqual(row.store ?? { status: 'open' });
  const { counts } = screen.today;
  expect(counts.today + counts.upcoming + counts.past).toBe(row.appointments);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();

  // The damaged original, byte for byte.
  const kept = await whereKept(row, folder, screen);
  expect(await snapshot(kept)).toEqual(original);

  if (row.afterSave) {
    if (row.fullDisk) await rm(join(folder.dir, '..', 'filler'));
    const app = await startApp(folder.dir, folder.keychain);
    await app.call('settings:update', { displayName: 'Frau Berg' });
    if (app.firstScreen.store.status === 'open') {
      await app.call('appointments:create', draft({ clientLabel: 'K-19' }));
    }
    await row.afterSave(folder);
  }
}
