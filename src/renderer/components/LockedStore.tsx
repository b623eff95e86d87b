import { useId, useState } from 'react';
import { useTranslation } from '../i18n/react';
import type { StoreState } from '../../shared/ipc-contract';

type Locked = Extract<StoreState, { status: 'locked' }>;

/** What the counsellor sees instead of the list while the store cannot be opened. */
export function LockedStore({
  state,
  onAction,
}: {
  state: Locked;
  onAction: () => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [stillLocked, setStillLocked] = useState(false);
  const act = async () => {
    setBusy(true);
    const opened = await onAction();
    setBusy(false);
    setStillLocked(!opened);
  };
  return (
    <section className="locked" role="alert" aria-labelledby={id}>
      <h2 id={id}>{t(`locked.${state.reason}.title`)}</h2>
      <p>{t(`locked.${state.reason}.body`)}</p>
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void act()}>
          {t(`locked.${state.reason}.action`)}
        </button>
        {stillLocked && <span role="status">{t('locked.stillLocked')}</span>}
      </div>
    </section>
  );
}
