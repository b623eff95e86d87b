import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from '../i18n/react';
import type { KioskState } from '../../shared/ipc-contract';
import type { Result } from '../../shared/result';
import type { Language } from '../../shared/settings';
import { switchLanguage } from '../i18n';
import { kioskApi } from './api';
import { ExitPinDialog } from './ExitPinDialog';
import type { KioskTiming } from './kiosk-timing';
import { StartPage, type JoinOutcome } from './StartPage';
import { useActivity, useExitShortcut } from './use-kiosk-input';
import { useKioskState } from './use-kiosk-state';

type Screen = 'start' | 'connecting' | 'thanks';

const tellActivity = () => void kioskApi().kiosk.activity();

/**
 * The kiosk's start page: out of order for staff, or the start form; while the
 * meeting runs in its own window above, "Connecting …"; after it, the thank-you
 * page, and then main resets the terminal and loads this page blank again.
 */
export function KioskApp({ first, timing }: { first: Result<KioskState>; timing: KioskTiming }) {
  const { t, i18n } = useTranslation();
  const state = useKioskState(first, timing.stateRetryMs);
  const [screen, setScreen] = useState<Screen>('start');
  const [exitOpen, setExitOpen] = useState(false);
  const language = i18n.language as Language;
  useActivity(tellActivity);
  useExitShortcut(useCallback(() => setExitOpen(true), []));

  useEffect(() => {
    document.title = t('kiosk.windowTitle');
  }, [t]);

  useEffect(() => {
    if (screen !== 'thanks') return;
    const timer = window.setTimeout(() => void kioskApi().kiosk.done(), timing.thankYouMs);
    return () => window.clearTimeout(timer);
  }, [screen, timing.thankYouMs]);

  const join = async (input: string, displayName: string): Promise<JoinOutcome> => {
    setScreen('connecting');
    const joined = await kioskApi().kiosk.join({ input, displayName, language });
    if (joined.ok) {
      setScreen('thanks');
      return { ended: true };
    }
    setScreen('start');
    return { ended: false, error: joined.error };
  };

  return (
    <>
      {!state.ok || state.value.status === 'out-of-order' ? (
        <OutOfOrder code={state.ok ? null : state.error.code} />
      ) : screen === 'thanks' ? (
        <ThankYou />
      ) : (
        <StartPage
          languages={state.value.languages}
          language={language}
          onLanguage={(next) => void switchLanguage(next)}
          unreachable={state.value.status === 'server-unreachable'}
          connecting={screen === 'connecting'}
          onJoin={join}
        />
      )}
      <ExitPinDialog open={exitOpen} onClose={() => setExitOpen(false)} />
    </>
  );
}

/** For staff: the terminal cannot serve clients; never the counsellor's app. */
function OutOfOrder({ code }: { code: string | null }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <main className="kiosk kiosk-message" aria-labelledby={headingId}>
      <h1 id={headingId}>{t('kiosk.outOfOrder.heading')}</h1>
      <p className="kiosk-lead">{t('kiosk.outOfOrder.body')}</p>
      <p className="kiosk-technical">
        {t('kiosk.outOfOrder.technical')}
        {code && ` (${code})`}
      </p>
    </main>
  );
}

function ThankYou() {
  const { t } = useTranslation();
  const headingId = useId();
  // A live region around the heading: a role on the h1 itself would unmake the heading.
  return (
    <main className="kiosk kiosk-message" aria-labelledby={headingId}>
      <div role="status">
        <h1 id={headingId}>{t('kiosk.thanks.heading')}</h1>
        <p className="kiosk-lead">{t('kiosk.thanks.body')}</p>
      </div>
    </main>
  );
}
