import { existsSync, renameSync } from 'node:fs';
import { rename, stat } from 'node:fs/promises';

/** `2026-11-23T09-30-00-000Z`: sortable, and valid in Windows file names. */
export function fileTimestamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
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
    if (!existsSync(target)) {
      renameSync(path, target);
      return target;
    }
  }
  throw new Error('no free name to move the file aside');
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
