import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { LogSink } from './logger';

const MAX_BYTES = 1024 * 1024;

/**
 * Appends log lines to a file in the user-data folder for support, keeping
 * one previous file (`.1`) once it passes 1 MiB. Lines arrive redacted.
 */
export function createFileSink(path: string, echo: LogSink | null = null): LogSink {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  return (line) => {
    echo?.(line);
    try {
      if ((statSync(path, { throwIfNoEntry: false })?.size ?? 0) > MAX_BYTES) {
        renameSync(path, `${path}.1`);
      }
      appendFileSync(path, `${line}\n`, { mode: 0o600 });
    } catch {
      // Logging must never take the app down.
    }
  };
}
