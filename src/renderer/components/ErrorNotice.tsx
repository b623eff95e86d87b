import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/react';

/** What went wrong, announced at once, until the counsellor closes it. */
export function ErrorNotice({ children, onClose }: { children: ReactNode; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="notice error" role="alert">
      <p>{children}</p>
      <button type="button" onClick={onClose}>
        {t('actions.close')}
      </button>
    </div>
  );
}
