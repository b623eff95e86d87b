import { useTranslation } from '../i18n/react';

interface Notes {
  /** The field's hint, already translated. */
  hint?: string | undefined;
  /** The field's problem as an i18n key, or nothing. */
  issue?: string | null | undefined;
  /** What the issue's text fills in (`{{days}}`). */
  issueValues?: Record<string, unknown> | undefined;
  /** Policy sets the field: "Set by your organisation", already translated. */
  locked?: string | undefined;
}

/** aria-invalid and aria-describedby of the field with id `id`, matching <FieldNotes>. */
export function fieldAria(id: string, { hint, issue, locked }: Notes) {
  const described = [
    locked ? `${id}-locked` : '',
    hint ? `${id}-hint` : '',
    issue ? `${id}-issue` : '',
  ].filter(Boolean);
  return {
    'aria-invalid': issue ? true : undefined,
    'aria-describedby': described.length > 0 ? described.join(' ') : undefined,
  };
}

/** The note that policy sets a field, its hint and its inline problem, in the user's language. */
export function FieldNotes({ id, hint, issue, issueValues, locked }: Notes & { id: string }) {
  const { t } = useTranslation();
  return (
    <>
      {locked && (
        <p className="locked-note" id={`${id}-locked`}>
          {locked}
        </p>
      )}
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {issue && (
        <p className="field-issue" id={`${id}-issue`}>
          {t(issue, issueValues)}
        </p>
      )}
    </>
  );
}
