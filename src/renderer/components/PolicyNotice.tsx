import { useTranslation } from '../i18n/react';
import type { SettingsView } from '../../shared/ipc-contract';
import { hasPolicyNotice, policyNoticeText } from '../policy-notice';

/**
 * What is wrong with the organisation's policy, and what waits for a restart.
 * It looks like the start-up notices but has no "Dismiss": it stays as long as
 * main reports the problem, and goes once IT has fixed it.
 */
export function PolicyNotice({ managed }: { managed: SettingsView['managed'] }) {
  const { t, i18n } = useTranslation();
  const isText = (key: string) =>
    typeof i18n.getResource(i18n.resolvedLanguage ?? i18n.language, 'translation', key) ===
    'string';
  if (!hasPolicyNotice(managed)) return null;
  const text = policyNoticeText(managed, t, isText);
  return (
    <div className="notices">
      {(text.problems.length > 0 || text.networkClosed) && (
        <div className="notice warning policy-notice" role="alert">
          <div>
            <p className="notice-title">{t('policy.problem.title')}</p>
            {text.problems.length > 0 && (
              <ul>
                {text.problems.map((line, index) => (
                  <li key={index}>{line}</li>
                ))}
              </ul>
            )}
            {text.networkClosed && <p>{text.networkClosed}</p>}
          </div>
        </div>
      )}
      {text.restart && (
        <div className="notice warning" role="alert">
          <p>{text.restart}</p>
        </div>
      )}
    </div>
  );
}
