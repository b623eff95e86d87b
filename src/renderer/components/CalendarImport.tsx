import { Suspense, useEffect, useRef } from 'react';
import { lazyWithTexts, useTranslation } from '../i18n/react';
import { ICS_ACCEPT, type CalendarFile } from '../use-calendar-file';
import type { ImportDone } from './CalendarImportDialog';
import { ErrorNotice } from './ErrorNotice';

// The dialog, its table, its texts and its zod schemas load only when a file is
// chosen: the start bundle carries the button, the drop target and the notices.
const CalendarImportDialog = lazyWithTexts('calendarImport', () =>
  import('./CalendarImportDialog').then((module) => module.CalendarImportDialog),
);

/** "Import from calendar file…": opens the system's file picker, .ics files only. */
export function CalendarFileButton({ onFiles }: { onFiles: (files: File[]) => void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        {t('calendarFile.open')}
      </button>
      <input
        ref={input}
        type="file"
        autoComplete="off"
        accept={ICS_ACCEPT}
        hidden
        onChange={(event) => {
          onFiles([...(event.target.files ?? [])]);
          // The same file chosen again (after a cancel) is a change again.
          event.target.value = '';
        }}
      />
    </>
  );
}

/**
 * Everything of the import outside the list's button: the drop target while a
 * file is dragged over the window, what is wrong with a file not taken, the
 * dialog for one that is, and the notice of what was imported.
 */
export function CalendarImport({
  calendarFile: { file, dragging, problem, dismissProblem, close },
  done,
  onImported,
  onDismissDone,
}: {
  calendarFile: CalendarFile;
  done: ImportDone | null;
  onImported: (done: ImportDone) => void;
  onDismissDone: () => void;
}) {
  const { t } = useTranslation();
  const doneText = useRef<HTMLParagraphElement>(null);
  // After an import the focus goes to what it did: the dialog and its button are gone.
  useEffect(() => {
    if (done) doneText.current?.focus();
  }, [done]);

  return (
    <>
      {dragging && (
        <div className="drop-target" aria-hidden="true">
          <p>{t('calendarFile.dropHere')}</p>
        </div>
      )}
      {problem && (
        <ErrorNotice onClose={dismissProblem}>
          {problem.kind === 'one-file-only'
            ? t('calendarFile.oneFileOnly')
            : t('calendarFile.notIcsFile', { name: problem.name })}
        </ErrorNotice>
      )}
      {done && (
        <div className="notice success" role="status">
          <p ref={doneText} tabIndex={-1}>
            {t('calendarFile.done', {
              added: t('calendarFile.added', { count: done.added }),
              updated: t('calendarFile.updated', { count: done.updated }),
            })}
          </p>
          <button type="button" onClick={onDismissDone}>
            {t('actions.close')}
          </button>
        </div>
      )}
      {file && (
        <Suspense fallback={null}>
          <CalendarImportDialog
            key={`${file.name}-${file.lastModified}-${file.size}`}
            file={file}
            onClose={close}
            onImported={(result) => {
              close();
              onImported(result);
            }}
          />
        </Suspense>
      )}
    </>
  );
}
