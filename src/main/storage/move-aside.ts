import { lstatSync, renameSync } from 'node:fs';
import { lstat, rename } from 'node:fs/promises';

/** `2026-11-23T09-30-00-000Z`: sortable, and valid in Windows file names. */
export function fileTimestamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

const FILE_TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/;

/** The date `fileTimestamp` wrote, or null for any text it cannot have written. */
export function parseFileTimestamp(text: string): Date | null {
  const parts = FILE_TIMESTAMP.exec(text);
  if (!parts) return null;
  const [, day, hours, minutes, seconds, millis] = parts;
  const date = new Date(`${day}T${hours}:${minutes}:${seconds}.${millis}Z`);
  return !Number.isNaN(date.getTime()) && fileTimestamp(date) === text ? date : null;
}

/** `<name>.<label>-<timestamp>`, then with a counter: where a file goes aside. */
function* asideNames(path: string, label: string, now: Date): Generator<string> {
  const base = `${path}.${label}-${fileTimestamp(now)}`;
  yield base;
  for (let attempt = 1; attempt < 100; attempt++) yield `${base}-${attempt}`;
}

/**
 * Moves a file we cannot use out of the way, never deleting it:
 * `<name>.<label>-<timestamp>`, with a counter if that name is taken.
 * Returns the new path.
 */
export async function moveAside(path: string, label: string, now: Date): Promise<string> {
  for (const target of asideNames(path, label, now)) {
    if (!(await exists(target))) {
      await rename(path, target);
      return target;
    }
  }
  throw new Error('no free name to move the file aside');
}

/** The same, for the log sink, which must work before anything async runs. */
export function moveAsideSync(path: string, label: string, now: Date): string {
  for (const target of asideNames(path, label, now)) {
    if (!lstatSync(target, { throwIfNoEntry: false })) {
      renameSync(path, target);
      return target;
    }
  }
  throw new Error('no free name to move the file aside');
}

/** lstat: a dangling symlink is a name taken too, and rename would replace it. */
async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
