import { useTranslation } from 'react-i18next';
import type { StartupNotice } from '../../shared/ipc-contract';

export function Notices({
  notices,
  onDismiss,
}: {
  notices: StartupNotice[];
  onDismiss: (index: number) => void;
}) {
  const { t } = useTranslation();
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((notice, index) => (
        <div className="notice warning" role="alert" key={`${notice.kind}-${notice.file}-${index}`}>
          <p>
            {notice.kind === 'store-moved-aside'
              ? t(`notices.movedAside.${notice.file}`, {
                  reason: t(`notices.reason.${notice.reason}`),
                  path: notice.movedTo,
                })
              : t(`notices.notSaved.${notice.file}`)}
          </p>
          <button type="button" onClick={() => onDismiss(index)}>
            {t('notices.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
