import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n/react';
import type { AppError } from '../../shared/result';
import type { Language } from '../../shared/settings';
import { FieldNotes, fieldAria } from '../components/FieldNotes';

export type JoinOutcome = { ended: true } | { ended: false; error: AppError };

type Field = 'input' | 'displayName';
type Issues = Partial<Record<Field, string>>;

/** Each language named in itself, so a client finds their own. */
const languageNames: Record<Language, string> = { de: 'Deutsch', en: 'English' };

/**
 * The start page: the code or link (or the whole invitation), the name to
 * show, one button. Main checks both before anything loads; its issues are
 * shown at the fields, and the first field with one gets the focus.
 */
export function StartPage(props: {
  languages: readonly Language[];
  language: Language;
  onLanguage: (language: Language) => void;
  unreachable: boolean;
  connecting: boolean;
  onJoin: (input: string, displayName: string) => Promise<JoinOutcome>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const ids = { heading: `${id}-heading`, input: `${id}-input`, name: `${id}-name` };
  const [input, setInput] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [issues, setIssues] = useState<Issues>({});
  const [failed, setFailed] = useState<string | null>(null);
  const inputField = useRef<HTMLTextAreaElement>(null);
  const nameField = useRef<HTMLInputElement>(null);
  const [focusIssue, setFocusIssue] = useState(0);

  useEffect(() => {
    if (focusIssue === 0) return;
    (issues.input ? inputField : nameField).current?.focus();
  }, [focusIssue, issues.input]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailed(null);
    const outcome = await props.onJoin(input, displayName);
    if (outcome.ended) return;
    const fieldIssues: Issues = {};
    for (const issue of outcome.error.issues ?? []) {
      if ((issue.path === 'input' || issue.path === 'displayName') && !fieldIssues[issue.path]) {
        fieldIssues[issue.path] = issue.message;
      }
    }
    setIssues(fieldIssues);
    if (fieldIssues.input || fieldIssues.displayName) setFocusIssue((count) => count + 1);
    else
      setFailed(
        outcome.error.code === 'server-unreachable' ? 'kiosk.unreachable' : 'kiosk.joinFailed',
      );
  };

  const inputNotes = { hint: t('kiosk.input.hint'), issue: issues.input };
  const nameNotes = { hint: t('kiosk.name.hint'), issue: issues.displayName };

  return (
    <main className="kiosk kiosk-start" aria-labelledby={ids.heading} aria-busy={props.connecting}>
      {props.languages.length > 1 && (
        <div className="kiosk-languages" role="group" aria-label={t('kiosk.languages')}>
          {props.languages.map((language) => (
            <button
              key={language}
              type="button"
              lang={language}
              aria-pressed={language === props.language}
              onClick={() => props.onLanguage(language)}
            >
              {languageNames[language]}
            </button>
          ))}
        </div>
      )}
      <h1 id={ids.heading}>{t('kiosk.heading')}</h1>
      <p className="kiosk-lead">{t('kiosk.intro')}</p>
      {props.unreachable && (
        <p className="notice warning" role="status">
          {t('kiosk.unreachable')}
        </p>
      )}
      {/* autoComplete off: nothing a client types may stay in the browser's form history. */}
      <form className="kiosk-form" autoComplete="off" noValidate onSubmit={(e) => void submit(e)}>
        <div className="kiosk-field">
          <label htmlFor={ids.input}>{t('kiosk.input.label')}</label>
          <textarea
            id={ids.input}
            ref={inputField}
            rows={3}
            value={input}
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            disabled={props.connecting}
            onChange={(event) => setInput(event.target.value)}
            {...fieldAria(ids.input, inputNotes)}
          />
          <FieldNotes id={ids.input} {...inputNotes} />
        </div>
        <div className="kiosk-field">
          <label htmlFor={ids.name}>{t('kiosk.name.label')}</label>
          <input
            id={ids.name}
            ref={nameField}
            value={displayName}
            autoComplete="off"
            spellCheck={false}
            disabled={props.connecting}
            onChange={(event) => setDisplayName(event.target.value)}
            {...fieldAria(ids.name, nameNotes)}
          />
          <FieldNotes id={ids.name} {...nameNotes} />
        </div>
        {failed && (
          <p className="notice error" role="alert">
            {t(failed)}
          </p>
        )}
        <button type="submit" className="primary kiosk-join" disabled={props.connecting}>
          {t('kiosk.join')}
        </button>
        <p className="kiosk-connecting" role="status">
          {props.connecting ? (
            <>
              <strong>{t('kiosk.connecting')}</strong> {t('kiosk.connectingHint')}
            </>
          ) : (
            ''
          )}
        </p>
      </form>
    </main>
  );
}
