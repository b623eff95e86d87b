import type { AppUpdater } from 'electron-updater';
import type { UpdateFailedNotice } from '../../shared/ipc-contract';
import { DAY_MS } from '../../shared/time';
import type { Logger } from '../log/logger';
import type { UpdateDecision } from './update-decision';

/** What the updater sets and calls of electron-updater's AppUpdater (NsisUpdater in the app). */
export type UpdateEngine = Pick<
  AppUpdater,
  | 'setFeedURL'
  | 'checkForUpdates'
  | 'autoDownload'
  | 'autoInstallOnAppQuit'
  | 'allowDowngrade'
  | 'allowPrerelease'
  | 'disableWebInstaller'
  | 'logger'
>;

export type UpdateFailureReason = UpdateFailedNotice['reason'];

export type UpdateOutcome =
  | { readonly kind: 'off' }
  | { readonly kind: 'up-to-date' }
  /** Downloaded and its sha512 checked: it installs when the app quits. */
  | { readonly kind: 'downloaded'; readonly version: string }
  /** Nothing was kept and nothing installs; the notice tells the user. */
  | { readonly kind: 'failed'; readonly reason: UpdateFailureReason };

export interface UpdaterOptions {
  /** decideUpdates() on what was read at start: UpdateUrl applies at the next start. */
  decision: UpdateDecision;
  /**
   * Builds electron-updater's updater for the update server at `url`; called only
   * when updates are on. The app guards the updater's session there.
   */
  createEngine: (url: string) => UpdateEngine;
  /** Runs `task` every `ms` (setInterval, unref'd, in the app). */
  every: (task: () => void, ms: number) => void;
  log: Logger;
  /** Tells the user about an update that was not installed. */
  notify: (notice: UpdateFailedNotice) => void;
}

export interface Updater {
  /** The check the updater makes at start. */
  firstCheck: Promise<UpdateOutcome>;
  /** Asks the update server now; also runs every 24 h. */
  check(): Promise<UpdateOutcome>;
}

/**
 * Updates from the organisation's own server only, through electron-updater's
 * generic provider: at start and daily, the download checked against the
 * sha512 in latest.yml, installed when the app quits. Never a downgrade, never
 * a prerelease, never a web installer. Off unless `decision` says on.
 */
export function startUpdater(options: UpdaterOptions): Updater {
  const { decision, log } = options;
  if (decision.updates === 'off') {
    log.info(`updates off: ${decision.reason}`);
    const off = () => Promise.resolve<UpdateOutcome>({ kind: 'off' });
    return { firstCheck: off(), check: off };
  }
  const engine = options.createEngine(decision.url);
  engine.logger = firstLines(log);
  engine.autoDownload = true;
  engine.autoInstallOnAppQuit = true;
  engine.allowDowngrade = false;
  engine.allowPrerelease = false;
  // Our installer is the full NSIS one; a web installer's package is fetched unsigned.
  engine.disableWebInstaller = true;
  engine.setFeedURL({ provider: 'generic', url: decision.url });

  const check = async (): Promise<UpdateOutcome> => {
    try {
      const result = await engine.checkForUpdates();
      if (!result?.isUpdateAvailable || !result.downloadPromise) return { kind: 'up-to-date' };
      await result.downloadPromise;
      log.info(`update ${result.updateInfo.version} downloaded; it installs when the app quits`);
      return { kind: 'downloaded', version: result.updateInfo.version };
    } catch (error) {
      const reason = updateFailureReason(error);
      log.error(`update not installed: ${reason}`, error);
      options.notify({ kind: 'update-failed', reason });
      return { kind: 'failed', reason };
    }
  };
  const firstCheck = check();
  options.every(() => void check(), DAY_MS);
  return { firstCheck, check };
}

/** Node's and Chromium's ways of saying the server could not be reached. */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

const INVALID_UPDATE_INFO_CODES = new Set([
  'ERR_UPDATER_CHANNEL_FILE_NOT_FOUND',
  'ERR_UPDATER_INVALID_UPDATE_INFO',
  'ERR_UPDATER_NO_FILES_PROVIDED',
  'ERR_UPDATER_NO_CHECKSUM',
  'ERR_UPDATER_INVALID_VERSION',
  'ERR_UPDATER_ZIP_FILE_NOT_FOUND',
]);

/** What went wrong, by electron-updater's error codes (builder-util-runtime's newError). */
export function updateFailureReason(error: unknown): UpdateFailureReason {
  if (!(error instanceof Error)) return 'failed';
  const code = (error as { code?: unknown }).code;
  if (code === 'ERR_CHECKSUM_MISMATCH') return 'checksum-mismatch';
  if (code === 'ERR_UPDATER_INVALID_SIGNATURE') return 'signature-invalid';
  if (typeof code === 'string' && INVALID_UPDATE_INFO_CODES.has(code)) {
    return 'invalid-update-info';
  }
  // HttpError (code HTTP_ERROR_<status>): the server answered with an error.
  if (typeof code === 'string' && (UNREACHABLE_CODES.has(code) || code.startsWith('HTTP_ERROR_'))) {
    return 'unreachable';
  }
  // Electron's net fails with Chromium's error name as the message, without a code
  // (net::ERR_CONNECTION_REFUSED, net::ERR_NAME_NOT_RESOLVED, net::ERR_BLOCKED_BY_CLIENT …).
  if (/^net::ERR_/.test(error.message) || error.message === 'Request timed out') {
    return 'unreachable';
  }
  return 'failed';
}

/**
 * electron-updater's log lines through ours (redacted: URLs keep only their
 * host), without the stack traces it appends: they name folders of the machine.
 */
function firstLines(log: Logger): UpdateEngine['logger'] {
  const first = (message: unknown) => String(message).split('\n', 1)[0] ?? '';
  return {
    info: (message: unknown) => log.info(first(message)),
    warn: (message: unknown) => log.warn(first(message)),
    error: (message: unknown) => log.error(first(message)),
  };
}
