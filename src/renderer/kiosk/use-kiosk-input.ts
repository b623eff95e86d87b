import { useEffect } from 'react';
import { kioskApi } from './api';
import { ACTIVITY_THROTTLE_MS, throttle } from './kiosk-timing';

/**
 * Someone is at the terminal: any pointer, key or touch on the page restarts
 * main's idle countdown, told at most once per 5 s.
 */
export function useActivity(): void {
  useEffect(() => {
    const notify = throttle(() => void kioskApi().kiosk.activity(), ACTIVITY_THROTTLE_MS);
    const kinds = ['pointerdown', 'keydown', 'touchstart'] as const;
    for (const kind of kinds) {
      document.addEventListener(kind, notify, { capture: true, passive: true });
    }
    return () => {
      for (const kind of kinds) document.removeEventListener(kind, notify, { capture: true });
    };
  }, []);
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
