import { constants } from 'node:fs';
import { copyFile, lstat, readFile, stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import {
  effectiveSettings,
  noPolicy,
  policyValue,
  withNetworkClosed,
  type Policy,
} from '../../shared/effective-settings';
import { AppFailure } from '../../shared/result';
import {
  defaultUserSettings,
  resolveLanguage,
  userSettingsSchema,
  type SettingsChange,
  type UserSettings,
} from '../../shared/settings';
import type { MovedAsideNotice, SettingsView, StartupNotice } from '../../shared/ipc-contract';
import { createLogger, type Logger } from '../log/logger';
import { fileTimestamp, moveAside } from '../storage/move-aside';
import { removeStaleTempFiles } from '../storage/stale-temp-files';
import { storageFailure } from '../storage/storage-failure';
import { moveAsideSymlink } from '../storage/symlink-refusal';

/** The part of electron-store (and the `conf` it wraps) that settings use. */
export interface SettingsFile {
  readonly path: string;
  store: Record<string, unknown>;
}

export interface SettingsService {
  /** The effective settings (defaults ⊕ the counsellor's ⊕ policy) and what policy locks. */
  view(): SettingsView;
  /**
   * What the network guard applies: the effective settings, or with no server
   * and no extra origins while policy keeps the network closed. The same
   * object until something changes, so the guard compiles its policy once.
   */
  network(): UserSettings;
  /**
   * Writes the change, and only once it is on disk makes it the settings in
   * use: a save that fails (a full disk) changes nothing. Throws AppFailure
   * `setting-locked` for a value policy sets, `invalid-request` for a
   * retention above policy's ceiling, `disk-full` or `storage-failed`.
   */
  update(change: SettingsChange): SettingsView;
}

/** Far beyond any real settings file: a bigger one is not ours to parse. */
export const MAX_SETTINGS_BYTES = 1024 * 1024;

/**
 * Opens the settings file. A file electron-store cannot use — not JSON, JSON
 * that is not an object (which electron-store would take apart into keys),
 * too large, a symlink, a folder in its place, unreadable — is moved aside
 * (never deleted) and a fresh one is started. Temp files a killed write left
 * are removed first. If even that fails (the folder cannot be written), the
 * app runs on settings kept in memory and says so: it never stops at start.
 */
export async function openSettingsFile(
  create: () => SettingsFile,
  path: string,
  now: () => Date,
  log: Logger = createLogger('settings'),
): Promise<{ file: SettingsFile; notices: StartupNotice[] }> {
  const notices: StartupNotice[] = [];
  const putAside = async (reason: MovedAsideNotice['reason']) => {
    const movedTo = await moveAside(path, reason, now());
    log.warn(`settings file was ${reason} and has been moved aside`);
    notices.push({ kind: 'store-moved-aside', file: 'settings', reason, movedTo });
  };
  try {
    // conf writes through atomically, as the appointment store does: same temp names.
    await removeStaleTempFiles(dirname(path), [basename(path)], log);
    const link = await moveAsideSymlink(path, 'settings', now());
    if (link) {
      log.warn('a symlink in the settings file’s place has been moved aside');
      notices.push(link);
    }
    const problem = await contentProblem(path);
    if (problem) await putAside(problem);
    const file = create();
    return { file, notices: [...notices, ...(await keepRefusedValues(file, path, now, log))] };
  } catch (error) {
    try {
      if (
        await lstat(path).then(
          () => true,
          () => false,
        )
      ) {
        await putAside(error instanceof SyntaxError ? 'corrupt' : 'unreadable');
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

/**
 * What is wrong with the file's content, before electron-store reads it: too
 * large, or not a JSON object. A file that cannot be read at all is left for
 * electron-store to meet (and for the fallback above).
 */
async function contentProblem(path: string): Promise<'too-large' | 'corrupt' | null> {
  let text: string;
  try {
    if ((await stat(path)).size > MAX_SETTINGS_BYTES) return 'too-large';
    text = await readFile(path, 'utf8');
  } catch {
    return null;
  }
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? null : 'corrupt';
  } catch {
    return 'corrupt';
  }
}

export function createSettingsService(options: {
  file: SettingsFile;
  systemLocales: readonly string[];
  /** The policy in force; it may change while the app runs (policy-service.ts). */
  policy?: () => Policy;
}): SettingsService {
  const { file, systemLocales } = options;
  const policy = options.policy ?? (() => noPolicy);
  /** The counsellor's own settings over the defaults; the file holds only the changes. */
  let user = readValid(file.store).settings;
  let cached: {
    user: UserSettings;
    policy: Policy;
    view: SettingsView;
    network: UserSettings;
  } | null = null;

  const current = () => {
    const inForce = policy();
    if (cached?.user === user && cached.policy === inForce) return cached;
    const effective = effectiveSettings(user, inForce, defaultUserSettings);
    const view: SettingsView = {
      settings: effective.settings,
      language: resolveLanguage(effective.settings.language, systemLocales),
      managed: {
        locked: effective.locked,
        retentionMaxDays: effective.retentionMaxDays,
        allowGuestJoin: policyValue(inForce, 'AllowGuestJoin'),
        networkClosed: inForce.networkClosed,
        problems: inForce.problems,
        restartNeeded: inForce.restartNeeded,
      },
    };
    const network = inForce.networkClosed
      ? withNetworkClosed(effective.settings)
      : effective.settings;
    cached = { user, policy: inForce, view, network };
    return cached;
  };

  return {
    view: () => current().view,
    network: () => current().network,
    update(change) {
      const { view } = current();
      const changed = Object.entries(change).filter(
        ([key, value]) => !isDeepStrictEqual(value, view.settings[key as keyof UserSettings]),
      );
      const locked = changed.filter(([key]) =>
        view.managed.locked.some((lock) => lock.setting === key),
      );
      if (locked.length > 0) {
        throw new AppFailure(
          'setting-locked',
          locked.map(([path]) => ({ path, message: 'validation.setting.locked' })),
        );
      }
      const ceiling = view.managed.retentionMaxDays;
      if (
        ceiling !== null &&
        change.retentionDays !== undefined &&
        change.retentionDays > ceiling
      ) {
        throw new AppFailure('invalid-request', [
          { path: 'retentionDays', message: 'validation.retentionDays.aboveCeiling' },
        ]);
      }
      const next: UserSettings = { ...user, ...Object.fromEntries(changed) };
      try {
        file.store = onlyChanges(next);
      } catch (error) {
        throw storageFailure(error);
      }
      user = next;
      return current().view;
    },
  };
}

/** The file keeps what the counsellor changed, never a default: a new default then applies. */
function onlyChanges(settings: UserSettings): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(settings).filter(
      ([key, value]) => !isDeepStrictEqual(value, defaultUserSettings[key as keyof UserSettings]),
    ),
  );
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
  const { refused } = readValid(stored);
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
function readValid(stored: Record<string, unknown>): {
  settings: UserSettings;
  /** Keys stored with a value that is not valid (a missing key is not refused). */
  refused: (keyof UserSettings)[];
} {
  const settings: Record<string, unknown> = { ...defaultUserSettings };
  const refused: (keyof UserSettings)[] = [];
  for (const key of Object.keys(defaultUserSettings) as (keyof UserSettings)[]) {
    const parsed = userSettingsSchema.shape[key].safeParse(stored[key]);
    if (parsed.success) settings[key] = parsed.data;
    else if (stored[key] !== undefined) refused.push(key);
  }
  return { settings: settings as UserSettings, refused };
}
