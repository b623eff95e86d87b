import { useEffect } from 'react';
import { ACTIVITY_THROTTLE_MS, throttle } from './kiosk-timing';

/**
 * Someone is at the terminal: any pointer, key or touch on the page calls
 * `notify` (which tells main, restarting its idle countdown), at most once per
 * 5 s, while `enabled`. The start page's and the kiosk's meeting window's.
 */
export function useActivity(notify: () => void, enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    const throttled = throttle(notify, ACTIVITY_THROTTLE_MS);
    const kinds = ['pointerdown', 'keydown', 'touchstart'] as const;
    for (const kind of kinds) {
      document.addEventListener(kind, throttled, { capture: true, passive: true });
    }
    return () => {
      for (const kind of kinds) document.removeEventListener(kind, throttled, { capture: true });
    };
  }, [notify, enabled]);
}

/**
 * Staff's way out: Ctrl+Alt+Shift+K (Cmd+Option+Shift+K on macOS). By the key's
 * position (`code`): Option changes the character `key` reports on a Mac.
 */
export function useExitShortcut(open: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (
        (event.ctrlKey || event.metaKey) &&
        event.altKey &&
        event.shiftKey &&
        event.code === 'KeyK'
      ) {
        event.preventDefault();
        open();
      }
    };
    document.addEventListener('keydown', onKey, { capture: true });
    return () => document.removeEventListener('keydown', onKey, { capture: true });
  }, [open]);
}
