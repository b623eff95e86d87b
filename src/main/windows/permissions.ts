import type { Session } from 'electron';
import type { Logger } from '../log/logger';

/**
 * Deny by default. Camera, microphone, display capture and fullscreen will be
 * granted to the configured Jitsi origin only, once the meeting view exists.
 */
export function denyAllPermissions(session: Session, log: Logger): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log.warn(`denied permission request: ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
}
