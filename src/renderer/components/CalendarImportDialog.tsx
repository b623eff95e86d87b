import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../i18n/react';
import {
  DEFAULT_WINDOW_WEEKS,
  MAX_ICS_BYTES,
  MAX_ICS_EVENTS,
  MAX_IMPORT_OCCURRENCES,
  type IcsError,
  type ImportPreview,
} from '../../shared/calendar-import';
import { api } from '../api';
import { useMainCall } from '../use-main-call';
import { CalendarImportPreview } from './CalendarImportPreview';
import { useModalDialog } from '../use-modal-dialog';

/** The periods offered for expanding recurring events, in weeks (issue 19). */
const PERIODS = [2, 4, DEFAULT_WINDOW_WEEKS, 12, 26] as const;

export interface ImportDone {
  added: number;
  updated: number;
  /** The earliest start among the appointments written, for the list to show its tab. */
  earliest: string | null;
}

type Step =
  | { kind: 'options' }
  | { kind: 'reading' }
  | { kind: 'refused'; error: IcsError | 'read-failed' | 'expired' }
  | { kind: 'preview'; preview: ImportPreview }
  | { kind: 'importing'; preview: ImportPreview };

/** The file's bytes as base64, as `calendar:preview` takes them; the page never parses them. */
function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      // readAsDataURL's result is a string: `data:<type>;base64,<bytes>`.
      const url = reader.result as string;
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

function earliestOf(preview: ImportPreview): string | null {
  const starts = [...preview.add, ...preview.update].map((row) => row.start);
  return starts.reduce<string | null>(
    (first, start) => (first === null || Date.parse(start) < Date.parse(first) ? start : first),
    null,
  );
}

/**
 * Import from an .ics file: options, then main's preview, then one write when
 * the counsellor confirms. A modal `<dialog>`: Escape and Cancel leave without
 * a change, and the focus returns to what opened it.
 */
export function CalendarImportDialog({
  file,
  onClose,
  onImported,
}: {
  file: File;
  onClose: () => void;
  onImported: (done: ImportDone) => void;
}) {
  const { t } = useTranslation();
  const { ask } = useMainCall();
  /** A refusal that is not about the file (a full disk, say), in the counsellor's words. */
  const [failure, setFailure] = useState<string | null>(null);
  const ref = useModalDialog();
  const stepStart = useRef<HTMLElement | null>(null);
  const [step, setStep] = useState<Step>({ kind: 'options' });
  const [weeks, setWeeks] = useState<number>(DEFAULT_WINDOW_WEEKS);
  const [takeDescription, setTakeDescription] = useState(false);
  const titleId = useId();
  const periodId = useId();
  const periodHintId = useId();
  const warningId = useId();
  const captionId = useId();

  // Each step's first thing has the focus, so a screen reader starts reading there.
  useEffect(() => {
    if (step.kind !== 'reading' && step.kind !== 'importing') stepStart.current?.focus();
  }, [step.kind]);

  const showPreview = async () => {
    if (file.size > MAX_ICS_BYTES)
      return setStep({ kind: 'refused', error: { code: 'too-large' } });
    setStep({ kind: 'reading' });
    setFailure(null);
    let bytes: string;
    try {
      bytes = await base64Of(file);
    } catch {
      return setStep({ kind: 'refused', error: 'read-failed' });
    }
    const result = await ask(
      api().calendar.preview({ file: bytes, windowWeeks: weeks, takeDescription }),
    );
    if (!result) return; // the dialog is gone
    if (!result.ok) {
      setFailure(t(`errors.${result.error.code}`));
      return setStep({ kind: 'options' });
    }
    const reply = result.value;
    setStep(
      reply.status === 'preview'
        ? { kind: 'preview', preview: reply }
        : { kind: 'refused', error: reply.error },
    );
  };

  const confirm = async (preview: ImportPreview) => {
    setStep({ kind: 'importing', preview });
    setFailure(null);
    const result = await ask(api().calendar.import({ previewId: preview.previewId }));
    if (!result) return;
    if (result.ok) return onImported({ ...result.value, earliest: earliestOf(preview) });
    // Main keeps a preview for a while only; anything else left the list as it was too.
    if (result.error.code === 'not-found') return setStep({ kind: 'refused', error: 'expired' });
    setFailure(t(`errors.${result.error.code}`));
    setStep({ kind: 'preview', preview });
  };

  const refusal = (error: IcsError | 'read-failed' | 'expired') =>
    error === 'read-failed'
      ? t('calendarImport.readFailed')
      : error === 'expired'
        ? t('calendarImport.expired')
        : t(`calendarImport.errors.${error.code}`, {
            timeZone: error.timeZone ?? '',
            max: (error.code === 'too-many-events'
              ? MAX_ICS_EVENTS
              : MAX_IMPORT_OCCURRENCES
            ).toLocaleString(),
          });

  const preview = step.kind === 'preview' || step.kind === 'importing' ? step.preview : null;
  const count = preview ? preview.add.length + preview.update.length : 0;
  const focusHere = (element: HTMLElement | null) => {
    stepStart.current = element;
  };

  return (
    <dialog
      ref={ref}
      className="calendar-import"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (step.kind !== 'importing') onClose();
      }}
    >
      <h2 id={titleId}>{t('calendarImport.title')}</h2>
      <p className="hint">{t('calendarImport.file', { name: file.name })}</p>

      {(step.kind === 'options' || step.kind === 'reading') && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (step.kind === 'options') void showPreview();
          }}
        >
          <label htmlFor={periodId}>{t('calendarImport.period')}</label>
          <select
            id={periodId}
            autoComplete="off"
            ref={focusHere}
            aria-describedby={periodHintId}
            value={weeks}
            onChange={(event) => setWeeks(Number(event.target.value))}
          >
            {PERIODS.map((period) => (
              <option key={period} value={period}>
                {t('calendarImport.weeks', { count: period })}
              </option>
            ))}
          </select>
          <p className="hint" id={periodHintId}>
            {t('calendarImport.periodHint')}
          </p>
          <label className="checkbox">
            <input
              type="checkbox"
              autoComplete="off"
              aria-describedby={warningId}
              checked={takeDescription}
              onChange={(event) => setTakeDescription(event.target.checked)}
            />
            {t('calendarImport.takeDescription')}
          </label>
          <p className="hint" id={warningId}>
            {t('calendarImport.takeDescriptionWarning')}
          </p>
          {failure && (
            <p className="field-issue" role="alert">
              {failure}
            </p>
          )}
          {step.kind === 'reading' && <p role="status">{t('calendarImport.reading')}</p>}
          <div className="actions">
            <button type="submit" className="primary" disabled={step.kind === 'reading'}>
              {t('calendarImport.showPreview')}
            </button>
            <button type="button" onClick={onClose}>
              {t('calendarImport.cancel')}
            </button>
          </div>
        </form>
      )}

      {step.kind === 'refused' && (
        <>
          <div className="notice error" role="alert">
            <p>
              <strong ref={focusHere} tabIndex={-1}>
                {t('calendarImport.refusedTitle')}
              </strong>{' '}
              {refusal(step.error)} {t('calendarImport.unchangedNote')}
            </p>
          </div>
          <div className="actions">
            <button type="button" onClick={() => setStep({ kind: 'options' })}>
              {t('calendarImport.changeOptions')}
            </button>
            <button type="button" onClick={onClose}>
              {t('actions.close')}
            </button>
          </div>
        </>
      )}

      {preview && (
        <>
          <div ref={focusHere} tabIndex={-1} className="import-result">
            <CalendarImportPreview preview={preview} captionId={captionId} />
          </div>
          <p className="hint">
            {count > 0 ? t('calendarImport.confirmNote') : t('calendarImport.nothingToImport')}
          </p>
          {failure && (
            <p className="field-issue" role="alert">
              {failure}
            </p>
          )}
          {step.kind === 'importing' && <p role="status">{t('calendarImport.importing')}</p>}
          <div className="actions">
            {count > 0 && (
              <button
                type="button"
                className="primary"
                disabled={step.kind === 'importing'}
                onClick={() => void confirm(preview)}
              >
                {t('calendarImport.confirm', { count })}
              </button>
            )}
            <button
              type="button"
              disabled={step.kind === 'importing'}
              onClick={() => setStep({ kind: 'options' })}
            >
              {t('calendarImport.changeOptions')}
            </button>
            <button type="button" disabled={step.kind === 'importing'} onClick={onClose}>
              {t('calendarImport.cancel')}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
