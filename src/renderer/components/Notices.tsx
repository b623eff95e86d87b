import type { TFunction } from 'i18next';
import { useTranslation } from '../i18n/react';
import type { StartupNotice } from '../../shared/ipc-contract';
import { MOVED_ASIDE_KEEP_DAYS } from '../../shared/moved-aside';

export function Notices({
  notices,
  onDismiss,
}: {
  notices: StartupNotice[];
  onDismiss: (index: number) => void;
}) {
  const { t } = useTranslation();
  if (notices.length === 0) return null;
  const text = (notice: StartupNotice) => {
    switch (notice.kind) {
      case 'store-moved-aside':
        return t(`notices.movedAside.${notice.file}`, {
          reason: t(`notices.reason.${notice.reason}`),
          path: notice.movedTo,
          days: MOVED_ASIDE_KEEP_DAYS,
        });
      case 'not-saved':
        return t(`notices.notSaved.${notice.file}`);
      case 'settings-refused':
        return t(notice.keptAt ? 'notices.settingsRefused' : 'notices.settingsRefusedNotKept', {
          values: notice.values
            .map(({ key, value }) =>
              t('notices.refusedValue', { setting: settingLabel(t, key), value }),
            )
            .join('; '),
          path: notice.keptAt,
          days: MOVED_ASIDE_KEEP_DAYS,
        });
      case 'update-failed':
        return t(`notices.updateFailed.${notice.reason}`);
    }
  };
  return (
    <div className="notices">
      {notices.map((notice, index) => (
        <div className="notice warning" role="alert" key={`${notice.kind}-${index}`}>
          <p>{text(notice)}</p>
          <button type="button" onClick={() => onDismiss(index)}>
            {t('notices.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}

/** A setting's name as the settings panel labels it. */
function settingLabel(t: TFunction, key: string): string {
  return key === 'defaultAccess' ? t('access.defaultLegend') : t(`settings.${key}`, key);
}
