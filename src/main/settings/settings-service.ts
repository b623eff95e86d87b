import { lstat } from 'node:fs/promises';
import {
  defaultUserSettings,
  resolveLanguage,
  userSettingsSchema,
  type SettingsChange,
  type UserSettings,
} from '../../shared/settings';
import type { SettingsView, StartupNotice } from '../../shared/ipc-contract';
import { createLogger, type Logger } from '../log/logger';
import { moveAside } from '../storage/move-aside';

/** The part of electron-store (and the `conf` it wraps) that settings use. */
export interface SettingsFile {
  readonly path: string;
  store: Record<string, unknown>;
}

export interface SettingsService {
  view(): SettingsView;
  update(change: SettingsChange): SettingsView;
}

/**
 * Opens the settings file. A file electron-store cannot use — not JSON, a
 * folder in its place, unreadable — is moved aside (never deleted) and a fresh
 * one is started. If even that fails (the folder cannot be written), the app
 * runs on settings kept in memory and says so: it never stops at start.
 */
export async function openSettingsFile(
  create: () => SettingsFile,
  path: string,
  now: () => Date,
  log: Logger = createLogger('settings'),
): Promise<{ file: SettingsFile; notices: StartupNotice[] }> {
  try {
    return { file: create(), notices: [] };
  } catch (error) {
    const reason = error instanceof SyntaxError ? 'corrupt' : 'unreadable';
    const notices: StartupNotice[] = [];
    try {
      if (
        await lstat(path).then(
          () => true,
          () => false,
        )
      ) {
        const movedTo = await moveAside(path, reason, now());
        log.warn(`settings file was ${reason} and has been moved aside`);
        notices.push({ kind: 'store-moved-aside', file: 'settings', reason, movedTo });
      }
      return { file: create(), notices };
    } catch (again) {
      log.error('the settings file cannot be used; settings are kept in memory only', again);
      return {
        file: { path, store: {} },
        notices: [...notices, { kind: 'not-saved', file: 'settings' }],
      };
    }
  }
}

export function createSettingsService(options: {
  file: SettingsFile;
  systemLocales: readonly string[];
}): SettingsService {
  const { file, systemLocales } = options;
  let settings = readValid(file.store);

  const view = (): SettingsView => ({
    settings,
    language: resolveLanguage(settings.language, systemLocales),
  });

  return {
    view,
    update(change) {
      settings = { ...settings, ...change };
      file.store = { ...settings };
      return view();
    },
  };
}

/** Keeps every stored value that is still valid; a bad value falls back to its default. */
function readValid(stored: Record<string, unknown>): UserSettings {
  const settings: Record<string, unknown> = { ...defaultUserSettings };
  for (const key of Object.keys(defaultUserSettings) as (keyof UserSettings)[]) {
    const parsed = userSettingsSchema.shape[key].safeParse(stored[key]);
    if (parsed.success) settings[key] = parsed.data;
  }
  return settings as UserSettings;
}
