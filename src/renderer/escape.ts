import type { KeyboardEvent } from 'react';

/**
 * A keydown handler: Escape leaves a form or panel, unless a dialog inside it
 * takes Escape for itself (the dialog's own cancel comes first).
 */
export function onEscape(close: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    if ((event.target as Element).closest('dialog')) return;
    event.preventDefault();
    close();
  };
}
