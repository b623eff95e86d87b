import { lstat, readdir, rm, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { MovedAsideNotice } from '../../shared/ipc-contract';
import { MOVED_ASIDE_KEEP_DAYS } from '../../shared/moved-aside';
import { DAY_MS } from '../../shared/time';
import type { Logger } from '../log/logger';
import { parseFileTimestamp } from './move-aside';

// Every reason a file is moved aside for; the compiler asks for a new one here.
const reasons = {
  corrupt: true,
  'newer-version': true,
  unreadable: true,
  undecryptable: true,
  'key-missing': true,
  'key-invalid': true,
  unmigrated: true,
  symlink: true,
  'too-large': true,
} satisfies Record<MovedAsideNotice['reason'], true>;

/**
 * The labels of the copies the app itself made: a reason it moved a file aside
 * for, `refused` (settings kept as they were), or `v<n>` (the file before a
 * migration). `<name>.<label>-<timestamp>`, then `-<counter>` if taken.
 */
const ASIDE_SUFFIX = new RegExp(
  `^\\.(?:${[...Object.keys(reasons), 'refused'].join('|')}|v\\d+)-([0-9TZ-]{24})(?:-\\d{1,2})?$`,
);

/**
 * Deletes the copies kept aside beside each of `files` (the paths the app
 * keeps its files at) once `MOVED_ASIDE_KEEP_DAYS` have passed since the time
 * in their name: the name, not the mtime, which copying or a backup restore
 * can change. A moved-aside folder goes with its content; a moved-aside
 * symlink is removed itself, never its target. Never throws; returns how many.
 */
export async function deleteExpiredAsideCopies(
  files: readonly string[],
  now: Date,
  log: Logger,
): Promise<number> {
  const cutoff = now.getTime() - MOVED_ASIDE_KEEP_DAYS * DAY_MS;
  let deleted = 0;
  let failed = 0;
  for (const file of files) {
    const directory = dirname(file);
    const name = basename(file);
    let entries: string[];
    try {
      entries = await readdir(directory);
    } catch {
      continue; // no folder: no copies
    }
    for (const entry of entries) {
      if (!entry.startsWith(`${name}.`)) continue;
      const stamp = ASIDE_SUFFIX.exec(entry.slice(name.length))?.[1];
      const movedAt = stamp === undefined ? null : parseFileTimestamp(stamp);
      if (movedAt === null || movedAt.getTime() > cutoff) continue;
      const path = join(directory, entry);
      try {
        if ((await lstat(path)).isDirectory()) await rm(path, { recursive: true });
        else await unlink(path);
        deleted++;
      } catch {
        failed++;
      }
    }
  }
  if (deleted > 0)
    log.info(`deleted ${deleted} copies kept aside for ${MOVED_ASIDE_KEEP_DAYS} days`);
  if (failed > 0) log.warn(`${failed} copies kept aside past their time could not be deleted`);
  return deleted;
}
