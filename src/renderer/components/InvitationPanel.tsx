import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from '../i18n/react';
import { languageNames, languages, type Language } from '../../shared/language';
import { api } from '../api';
import { onEscape } from '../escape';
import { useMainCall } from '../use-main-call';

interface Texts {
  link: string;
  invitation: string;
  /** Null when the client knocks: there is no password to send. */
  password: string | null;
  /** Dial-in configured but its services failed: the invitation has no phone numbers. */
  dialIn: 'not-configured' | 'unavailable' | 'found';
}

/**
 * The client's invitation: the link with advice, and the room password as a
 * separate text to send another way; copy buttons and the calendar file.
 */
export function InvitationPanel({
  appointmentId,
  withPassword,
}: {
  appointmentId: string;
  /** The appointment's access hands the client a password (not when they knock). */
  withPassword: boolean;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [language, setLanguage] = useState<Language>(i18n.language === 'en' ? 'en' : 'de');
  const [texts, setTexts] = useState<Texts | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { call, busy, message } = useMainCall();

  const showButton = useRef<HTMLButtonElement>(null);

  const load = async (wanted: Language, { focus = false } = {}) => {
    setDone(null);
    const outcome = await call(api().invitation.get({ id: appointmentId, language: wanted }));
    if (!outcome.ok) return;
    // The button pressed goes away: the focus moves to the text it brought.
    flushSync(() => setTexts(outcome.value));
    if (focus) document.getElementById(`${id}-text`)?.focus();
  };
  /** Escape folds the texts away again, back to the button that showed them. */
  const hide = () => {
    if (!texts) return; // nothing open: Escape is not the panel's
    flushSync(() => {
      setTexts(null);
      setDone(null);
    });
    showButton.current?.focus();
  };
  const copy = async (text: string, what: 'invitation' | 'password') => {
    const outcome = await call(api().clipboard.writeText({ text }));
    setDone(outcome.ok ? t(`invitation.copied.${what}`) : null);
  };
  const saveIcs = async () => {
    const outcome = await call(api().invitation.saveIcs({ id: appointmentId, language }));
    if (outcome.ok) setDone(outcome.value.saved ? t('invitation.icsSaved') : null);
  };

  return (
    <section
      className="invitation"
      aria-labelledby={`${id}-heading`}
      onKeyDown={(event) => onEscape(hide)(event)}
    >
      <h3 id={`${id}-heading`}>{t('invitation.heading')}</h3>
      <label htmlFor={`${id}-language`}>{t('invitation.language')}</label>
      <select
        id={`${id}-language`}
        autoComplete="off"
        value={language}
        onChange={(event) => {
          const next = event.target.value as Language;
          setLanguage(next);
          if (texts) void load(next);
        }}
      >
        {languages.map((code) => (
          <option key={code} value={code}>
            {languageNames[code]}
          </option>
        ))}
      </select>
      {!texts && (
        <p>
          <button
            type="button"
            ref={showButton}
            disabled={busy}
            onClick={() => void load(language, { focus: true })}
          >
            {t(withPassword ? 'invitation.show' : 'invitation.showLinkOnly')}
          </button>
        </p>
      )}
      {message && (
        <p className="field-issue" role="alert">
          {message}
        </p>
      )}
      {texts && (
        <>
          <label htmlFor={`${id}-text`}>{t('invitation.text')}</label>
          <textarea
            id={`${id}-text`}
            autoComplete="off"
            readOnly
            rows={8}
            value={texts.invitation}
          />
          {texts.dialIn === 'unavailable' && <p className="hint">{t('invitation.noDialIn')}</p>}
          <div className="actions">
            <button
              type="button"
              disabled={busy}
              onClick={() => void copy(texts.invitation, 'invitation')}
            >
              {t('invitation.copyInvitation')}
            </button>
            <button type="button" disabled={busy} onClick={() => void saveIcs()}>
              {t('invitation.saveIcs')}
            </button>
          </div>
          {texts.password === null ? (
            <p className="hint">{t('invitation.noPassword')}</p>
          ) : (
            <>
              <label htmlFor={`${id}-password`}>{t('invitation.passwordText')}</label>
              <textarea
                id={`${id}-password`}
                autoComplete="off"
                readOnly
                rows={2}
                value={texts.password}
              />
              <p className="hint">{t('invitation.passwordHint')}</p>
              <div className="actions">
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => void copy(texts.password!, 'password')}
                >
                  {t('invitation.copyPassword')}
                </button>
              </div>
            </>
          )}
        </>
      )}
      {done && <p role="status">{done}</p>}
    </section>
  );
}
