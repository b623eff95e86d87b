import { useTranslation } from 'react-i18next';

interface Notes {
  /** The field's hint, already translated. */
  hint?: string;
  /** The field's problem as an i18n key, or nothing. */
  issue?: string | null | undefined;
}

/** aria-invalid and aria-describedby of the field with id `id`, matching <FieldNotes>. */
export function fieldAria(id: string, { hint, issue }: Notes) {
  const described = [hint ? `${id}-hint` : '', issue ? `${id}-issue` : ''].filter(Boolean);
  return {
    'aria-invalid': issue ? true : undefined,
    'aria-describedby': described.length > 0 ? described.join(' ') : undefined,
  };
}

/** The hint under a field and its inline problem, in the user's language. */
export function FieldNotes({ id, hint, issue }: Notes & { id: string }) {
  const { t } = useTranslation();
  return (
    <>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {issue && (
        <p className="field-issue" id={`${id}-issue`}>
          {t(issue)}
        </p>
      )}
    </>
  );
}
