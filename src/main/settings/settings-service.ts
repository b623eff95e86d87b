import { constants } from 'node:fs';
import { copyFile, lstat } from 'node:fs/promises';
import {
  defaultUserSettings,
  resolveLanguage,
  userSettingsSchema,
  type SettingsChange,
  type UserSettings,
} from '../../shared/settings';
import type { SettingsView, StartupNotice } from '../../shared/ipc-contract';
import { AppFailure } from '../../shared/result';
import { createLogger, type Logger } from '../log/logger';
import { fileTimestamp, moveAside } from '../storage/move-aside';

/** The part of electron-store (and the `conf` it wraps) that settings use. */
export interface SettingsFile {
  readonly path: string;
  store: Record<string, unknown>;
}

export interface SettingsService {
  view(): SettingsView;
  /**
   * Writes the change, and only once it is on disk makes it the settings in
   * use: a save that fails (a full disk) changes nothing. Throws AppFailure
   * `disk-full` or `storage-failed`.
   */
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
    const file = create();
    return { file, notices: await keepRefusedValues(file, path, now, log) };
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
      const next = { ...settings, ...change };
      try {
        file.store = { ...next };
      } catch (error) {
        throw storageFailure(error);
      }
      settings = next;
      return view();
    },
  };
}

/** What a failed write tells the user: a full disk by name, anything else as a failed save. */
export function storageFailure(error: unknown): AppFailure {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return new AppFailure(code === 'ENOSPC' || code === 'EDQUOT' ? 'disk-full' : 'storage-failed');
}

/** The longest part of a refused value the notice shows. */
const SHOWN_VALUE_CHARS = 120;

/**
 * A stored value the app no longer accepts (an admin's typo, an `http://`
 * server, an edit by hand) is not dropped in silence: the file as it was is
 * copied aside, the refused keys are removed from the file (so the notice
 * comes once), and the user is told which values were refused and where the
 * original is. If the copy cannot be made, the file is left as it is.
 */
async function keepRefusedValues(
  file: SettingsFile,
  path: string,
  now: () => Date,
  log: Logger,
): Promise<StartupNotice[]> {
  const stored = file.store;
  const refused = (Object.keys(defaultUserSettings) as (keyof UserSettings)[]).filter(
    (key) =>
      stored[key] !== undefined && !userSettingsSchema.shape[key].safeParse(stored[key]).success,
  );
  if (refused.length === 0) return [];
  const values = refused.map((key) => ({ key, value: shown(stored[key]) }));
  const keptAt = `${path}.refused-${fileTimestamp(now())}`;
  try {
    // Never over another file: COPYFILE_EXCL fails if the name is taken.
    await copyFile(path, keptAt, constants.COPYFILE_EXCL);
    file.store = Object.fromEntries(
      Object.entries(stored).filter(([key]) => !(refused as string[]).includes(key)),
    );
  } catch (error) {
    log.error('refused settings values could not be kept aside; the file is left as it is', error);
    return [{ kind: 'settings-refused', values, keptAt: null }];
  }
  log.warn(`${refused.length} stored settings values were refused; the original is kept aside`);
  return [{ kind: 'settings-refused', values, keptAt }];
}

function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > SHOWN_VALUE_CHARS ? `${text.slice(0, SHOWN_VALUE_CHARS)}…` : text;
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
