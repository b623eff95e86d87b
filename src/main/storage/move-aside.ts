import { rename, stat } from 'node:fs/promises';

/** `2026-11-23T09-30-00-000Z`: sortable, and valid in Windows file names. */
export function fileTimestamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/**
 * Moves a file we cannot use out of the way, never deleting it:
 * `<name>.<label>-<timestamp>`, with a counter if that name is taken.
 * Returns the new path.
 */
export async function moveAside(path: string, label: string, now: Date): Promise<string> {
  const base = `${path}.${label}-${fileTimestamp(now)}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    const target = attempt === 0 ? base : `${base}-${attempt}`;
    if (!(await exists(target))) {
      await rename(path, target);
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
