import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/react';
import { MAX_DURATION_MINUTES, MIN_DURATION_MINUTES } from '../../shared/appointment';
import type { ImportPreview } from '../../shared/calendar-import';
import { formatTimestamp, formatWhen } from '../format';

/** Rows shown per kind: a 5,000-event file would make a table nobody reads (and slow to draw). */
const ROWS_SHOWN = 200;

interface Row {
  key: string;
  kind: 'add' | 'update' | 'skip';
  title: string;
  when: ReactNode;
  note: string;
}

/** The preview as a table: what will be added, updated (old → new time) and skipped, and why. */
export function CalendarImportPreview({
  preview,
  captionId,
}: {
  preview: ImportPreview;
  captionId: string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;

  const added = preview.add.map((row, index): Row => ({
    key: `add-${index}`,
    kind: 'add',
    title: row.title,
    when: <span className="when">{formatWhen(row, language)}</span>,
    note: '',
  }));
  const updated = preview.update.map((row, index): Row => ({
    key: `update-${index}`,
    kind: 'update',
    title: row.title,
    when: row.previous ? (
      <>
        <span className="visually-hidden">{t('calendarImport.before')}: </span>
        <s className="when">{formatWhen(row.previous, language)}</s>{' '}
        <span aria-hidden="true">→</span>{' '}
        <span className="visually-hidden">{t('calendarImport.now')}: </span>
        <span className="when">{formatWhen(row, language)}</span>
      </>
    ) : (
      <span className="when">{formatWhen(row, language)}</span>
    ),
    note:
      row.status === 'cancelled'
        ? t('calendarImport.cancelledInCalendar')
        : row.previous
          ? ''
          : t('calendarImport.renamed'),
  }));
  const skipped = preview.skip.map((row, index): Row => ({
    key: `skip-${index}`,
    kind: 'skip',
    title: row.title,
    when: row.start ? (
      <span className="when">{formatTimestamp(row.start, language)}</span>
    ) : (
      t('calendarImport.allDay')
    ),
    note: t(`calendarImport.skipReasons.${row.reason}`, {
      min: MIN_DURATION_MINUTES,
      hours: MAX_DURATION_MINUTES / 60,
    }),
  }));

  return (
    <>
      <p className="import-counts">
        {t('calendarImport.counts', {
          add: preview.add.length,
          update: preview.update.length,
          skip: preview.skip.length,
        })}
      </p>
      {/* Scrolls on its own; focusable, so the keyboard can scroll it too. */}
      <div className="import-preview" tabIndex={0} role="group" aria-labelledby={captionId}>
        <table>
          <caption id={captionId}>{t('calendarImport.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('calendarImport.column.change')}</th>
              <th scope="col">{t('calendarImport.column.title')}</th>
              <th scope="col">{t('calendarImport.column.when')}</th>
              <th scope="col" className="note">
                {t('calendarImport.column.note')}
              </th>
            </tr>
          </thead>
          <tbody>
            {[added, updated, skipped].map((rows) => (
              <RowsOfKind key={rows[0]?.kind ?? 'none'} rows={rows} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function RowsOfKind({ rows }: { rows: Row[] }) {
  const { t } = useTranslation();
  const hidden = rows.length - ROWS_SHOWN;
  return (
    <>
      {rows.slice(0, ROWS_SHOWN).map((row) => (
        <tr key={row.key} className={row.kind}>
          <th scope="row">{t(`calendarImport.kind.${row.kind}`)}</th>
          <td>{row.title}</td>
          <td>{row.when}</td>
          <td className="note">{row.note}</td>
        </tr>
      ))}
      {hidden > 0 && (
        <tr className={rows[0]!.kind}>
          <th scope="row">{t(`calendarImport.kind.${rows[0]!.kind}`)}</th>
          <td colSpan={3}>{t('calendarImport.more', { count: hidden })}</td>
        </tr>
      )}
    </>
  );
}
