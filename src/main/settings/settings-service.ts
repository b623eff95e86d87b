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
 * Opens the settings file. electron-store refuses a file that is not JSON; such
 * a file is moved aside (never deleted) and a fresh one is started.
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
    if (!(error instanceof SyntaxError)) throw error;
    const movedTo = await moveAside(path, 'corrupt', now());
    log.warn('settings file was corrupt and has been moved aside');
    return {
      file: create(),
      notices: [{ kind: 'store-moved-aside', file: 'settings', reason: 'corrupt', movedTo }],
    };
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
