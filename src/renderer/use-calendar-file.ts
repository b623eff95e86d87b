import { useCallback, useEffect, useState } from 'react';

/** What the file picker offers: .ics files (RFC 5545's extension and media type). */
export const ICS_ACCEPT = '.ics,text/calendar';

/** Why a chosen or dropped file is not taken; the dialog never opens for it. */
export type CalendarFileProblem = { kind: 'one-file-only' } | { kind: 'not-ics'; name: string };

/** By name: a drop or a picker may give any media type (Windows often gives none). */
const isIcsName = (name: string) => /\.ics$/i.test(name);

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/**
 * The calendar file the counsellor chose (picker) or dropped on the window,
 * and what is wrong with one that is not taken. Only the page's own drop
 * handling runs: a file dropped anywhere is never opened by the browser.
 * Reading and sending the bytes is the import dialog's part.
 */
export function useCalendarFile({ enabled }: { enabled: boolean }) {
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<CalendarFileProblem | null>(null);
  const [dragging, setDragging] = useState(false);

  const take = useCallback((files: readonly File[]) => {
    if (files.length === 0) return; // the picker was closed
    if (files.length > 1) return setProblem({ kind: 'one-file-only' });
    const [chosen] = files as [File];
    if (!isIcsName(chosen.name)) return setProblem({ kind: 'not-ics', name: chosen.name });
    setProblem(null);
    setFile(chosen);
  }, []);

  const open = file !== null;
  useEffect(() => {
    // Enter and leave fire for every element crossed: the window is left when they even out.
    let depth = 0;
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth++;
      if (enabled && !open) setDragging(true);
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Without this the drop would make the browser open the file in the window.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = enabled && !open ? 'copy' : 'none';
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      if (enabled && !open) take([...(event.dataTransfer?.files ?? [])]);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [enabled, open, take]);

  return {
    /** The file the import dialog works on; null while none is open. */
    file,
    /** A file being dragged over the window, which a drop would take. */
    dragging,
    problem,
    /** From the picker's input: one .ics file opens the dialog, anything else is a problem. */
    take,
    dismissProblem: useCallback(() => setProblem(null), []),
    /** The dialog is done (imported or cancelled). */
    close: useCallback(() => setFile(null), []),
  };
}

export type CalendarFile = ReturnType<typeof useCalendarFile>;
