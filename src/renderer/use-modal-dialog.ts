import { useEffect, useRef } from 'react';

/**
 * A <dialog> shown modal while mounted: the browser keeps the focus inside it and
 * Escape fires its cancel event. Unmounted, the focus goes back to what had it
 * before (the dialog is out of the page by then, so the browser cannot restore it).
 */
export function useModalDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement;
    dialog?.showModal();
    return () => {
      dialog?.close();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);
  return ref;
}
