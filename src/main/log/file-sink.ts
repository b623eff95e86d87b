import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { StartupNotice } from '../../shared/ipc-contract';
import { moveAsideSync } from '../storage/move-aside';
import { moveAsideSymlinkSync } from '../storage/symlink-refusal';
import type { LogSink } from './logger';

const MAX_BYTES = 1024 * 1024;

export interface FileSink extends LogSink {
  /** What the user should be told: a log path moved aside, or no log at all. */
  readonly notices: readonly StartupNotice[];
}

/**
 * Appends log lines to a file in the user-data folder for support, keeping
 * one previous file (`.1`) once it passes 1 MiB. Lines arrive redacted.
 * It never throws: a file where the `logs` folder should be, or a folder where
 * the log file should be, is moved aside (never deleted) once; so is a symlink
 * in either place, which it never writes through; if the log still cannot be
 * written, the app runs without it and says so.
 */
export function createFileSink(
  path: string,
  echo: LogSink | null = null,
  now: () => Date = () => new Date(),
): FileSink {
  const notices: StartupNotice[] = [];
  const moveAsideOnce = (target: string) => {
    try {
      const movedTo = moveAsideSync(target, 'unreadable', now());
      notices.push({ kind: 'store-moved-aside', file: 'log', reason: 'unreadable', movedTo });
      return true;
    } catch {
      return false;
    }
  };
  const refuseSymlink = (target: string) => {
    try {
      const refused = moveAsideSymlinkSync(target, 'log', now());
      if (refused) notices.push(refused);
      return true;
    } catch {
      return false;
    }
  };
  const giveUp = () => {
    working = false;
    notices.push({ kind: 'not-saved', file: 'log' });
  };

  let working = true;
  const folder = dirname(path);
  // mkdir accepts a link to a folder, and appending follows a link (a dangling one creates its target).
  if (!refuseSymlink(folder)) giveUp();
  try {
    if (working) mkdirSync(folder, { recursive: true, mode: 0o700 });
  } catch {
    // A file in the folder's place: out of the way, then try once more.
    try {
      if (!statSync(folder).isDirectory() && moveAsideOnce(folder)) {
        mkdirSync(folder, { recursive: true, mode: 0o700 });
      } else giveUp();
    } catch {
      if (working) giveUp();
    }
  }
  if (working && !refuseSymlink(path)) giveUp();
  let triedMovingFile = false;

  const write = (line: string) => {
    if ((statSync(path, { throwIfNoEntry: false })?.size ?? 0) > MAX_BYTES) {
      renameSync(path, `${path}.1`);
    }
    appendFileSync(path, `${line}\n`, { mode: 0o600 });
  };
  const sink = (line: string) => {
    try {
      echo?.(line);
    } catch {
      // An echo that fails must not stop the file.
    }
    if (!working) return;
    try {
      write(line);
    } catch (error) {
      // A folder where the log file should be: out of the way, once.
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EISDIR' && !triedMovingFile) {
        triedMovingFile = true;
        if (moveAsideOnce(path)) {
          try {
            write(line);
            return;
          } catch {
            // Falls through: no log then.
          }
        }
      }
      giveUp();
    }
  };
  return Object.assign(sink, { notices });
}
