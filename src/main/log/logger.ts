import { redact } from './redact';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

export type LogSink = (line: string) => void;

/**
 * One logger per module. Messages are fixed texts written by us; errors are
 * reduced to their name and code, because an error message can carry a path,
 * a URL or user data; and every line passes the redactor.
 */
export function createLogger(scope: string, sink: LogSink = (line) => console.error(line)): Logger {
  const write = (level: string, message: string) =>
    sink(redact(`${new Date().toISOString()} ${level} [${scope}] ${message}`));
  return {
    info: (message) => write('info', message),
    warn: (message) => write('warn', message),
    error: (message, error) =>
      write('error', error ? `${message} (${describeError(error)})` : message),
  };
}

export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code ? `${error.name} ${code}` : error.name;
  }
  return typeof error;
}
