import { Component, useId, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from '../i18n/react';

/** Which window failed: each says it in its reader's words and offers its own way on. */
export type CrashAudience = 'main' | 'meeting' | 'kiosk';

interface Props {
  audience: CrashAudience;
  /** The way on: reload the window, leave the consultation, or reset the terminal. */
  onRecover: () => void;
  children: ReactNode;
}

/**
 * Catches what a window's React tree throws while rendering — a bug, or a part of
 * the app that did not load — and shows a plain message with one way on instead
 * of a blank window (React unmounts the whole tree otherwise). Nothing stored is
 * touched; the error goes to the page's console.
 */
export class CrashBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('the window could not be shown', error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return <CrashNotice audience={this.props.audience} onRecover={this.props.onRecover} />;
  }
}

function CrashNotice({ audience, onRecover }: Omit<Props, 'children'>) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <main className="crash" aria-labelledby={headingId}>
      <h1 id={headingId}>{t('crash.heading')}</h1>
      <p role="alert">{t(`crash.${audience}.body`)}</p>
      <button type="button" className="primary" onClick={onRecover}>
        {t(`crash.${audience}.action`)}
      </button>
    </main>
  );
}
