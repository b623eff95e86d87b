import { lstatSync } from 'node:fs';
import { lstat } from 'node:fs/promises';
import type { MovedAsideNotice } from '../../shared/ipc-contract';
import { moveAside, moveAsideSync } from './move-aside';

/*
 * The app never writes through a symlink where it keeps a file. atomically
 * (2.1.1, dist/index.js writeFileAsync and writeFileSync) resolves the path
 * with `realpath` first and renames its temp file over the link's target, and
 * appendFile follows a link too, even a dangling one (it creates the target).
 * So a link is moved aside at start like any file the app cannot use: rename
 * moves the link itself, and its target is left as it was.
 */

/** Moves a symlink at `path` aside; null when `path` is no symlink (or nothing). */
export async function moveAsideSymlink(
  path: string,
  file: MovedAsideNotice['file'],
  now: Date,
): Promise<MovedAsideNotice | null> {
  const found = await lstat(path).catch(() => null);
  if (!found?.isSymbolicLink()) return null;
  return notice(file, await moveAside(path, 'symlink', now));
}

/** The same, for the log sink, which must work before anything async runs. */
export function moveAsideSymlinkSync(
  path: string,
  file: MovedAsideNotice['file'],
  now: Date,
): MovedAsideNotice | null {
  if (!lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink()) return null;
  return notice(file, moveAsideSync(path, 'symlink', now));
}

function notice(file: MovedAsideNotice['file'], movedTo: string): MovedAsideNotice {
  return { kind: 'store-moved-aside', file, reason: 'symlink', movedTo };
}
