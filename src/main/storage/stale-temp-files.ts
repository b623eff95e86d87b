import { lstat, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../log/logger';

/**
 * atomically (2.1.1, dist/utils/temp.js `Temp.create`) writes `<file>.tmp-`,
 * ten digits of Date.now() and six hex digits, then renames it over `<file>`.
 * Only names longer than 128 characters are shortened; ours never are.
 */
const TEMP_SUFFIX = /^\.tmp-\d{10}[0-9a-f]{6}$/;

/**
 * Deletes the temp files atomically leaves beside `names` (file names in
 * `directory`) when the process is killed mid-write: encrypted snapshots of
 * the store, or settings. Only files of exactly atomically's naming are
 * touched. Call it before anything of this process writes these files: a
 * write in progress owns its temp file. Never throws; returns how many.
 */
export async function removeStaleTempFiles(
  directory: string,
  names: readonly string[],
  log: Logger,
): Promise<number> {
  let entries: string[];
  try {
    entries = await readdir(directory);
  } catch {
    return 0; // no folder yet: nothing left over
  }
  let removed = 0;
  for (const entry of entries) {
    const name = names.find((candidate) => entry.startsWith(`${candidate}.tmp-`));
    if (name === undefined || !TEMP_SUFFIX.test(entry.slice(name.length))) continue;
    const path = join(directory, entry);
    try {
      // A folder or a link of that name is not atomically's: left alone.
      if (!(await lstat(path)).isFile()) continue;
      await unlink(path);
      removed++;
    } catch (error) {
      log.error('a temp file left by an interrupted write could not be removed', error);
    }
  }
  if (removed > 0) log.info(`removed ${removed} temp files left by interrupted writes`);
  return removed;
}
