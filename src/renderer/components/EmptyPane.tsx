import { useId } from 'react';
import { useTranslation } from '../i18n/react';

/** The main area with no appointment open: what to do next, with the button for it. */
export function EmptyPane({
  hasAppointments,
  onCreate,
}: {
  hasAppointments: boolean;
  onCreate: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const texts = hasAppointments ? 'empty.choose' : 'empty.first';
  return (
    <section className="empty-pane" aria-labelledby={id}>
      <h2 id={id}>{t(`${texts}.heading`)}</h2>
      <p>{t(`${texts}.body`)}</p>
      <button type="button" className="primary" onClick={onCreate}>
        {t(`${texts}.action`)}
      </button>
    </section>
  );
}
