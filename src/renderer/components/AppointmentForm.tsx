import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n/react';
import type { AccessMode } from '../../shared/access';
import {
  appointmentDraftSchema,
  type Appointment,
  type AppointmentDraft,
} from '../../shared/appointment';
import { fieldIssues, type FieldIssue } from '../../shared/result';
import { onEscape } from '../escape';
import {
  formatDateInput,
  fromLocalInputs,
  parseDateInput,
  parseTimeInput,
  toLocalInputs,
} from '../format';
import { AccessChoice } from './AccessChoice';
import { fieldAria, FieldNotes } from './FieldNotes';

interface Props {
  appointment: Appointment | null;
  /** What a new appointment starts with: the organisation's or counsellor's default. */
  defaultAccess: AccessMode;
  /** Resolves to field issues from main, or null when saved. */
  onSave: (draft: AppointmentDraft) => Promise<FieldIssue[] | null>;
  onDiscard: () => void;
}

/** Date and time as the fields show them: in the app's language, 24-hour time. */
function localFields(iso: string, language: string) {
  const { date, time } = toLocalInputs(iso);
  return { date: formatDateInput(date, language), time };
}

function initialValues(appointment: Appointment | null, language: string) {
  if (appointment) {
    return {
      title: appointment.title,
      clientLabel: appointment.clientLabel,
      ...localFields(appointment.start, language),
      duration: String(appointment.durationMinutes),
      notes: appointment.notes,
    };
  }
  const nextHour = new Date();
  nextHour.setHours(nextHour.getHours() + 1, 0, 0, 0);
  return {
    title: '',
    clientLabel: '',
    ...localFields(nextHour.toISOString(), language),
    duration: '50',
    notes: '',
  };
}

type Values = ReturnType<typeof initialValues>;
type Field = keyof Values;

// Schema paths to the input that shows the problem.
const fieldOfPath: Record<string, Field> = {
  title: 'title',
  clientLabel: 'clientLabel',
  start: 'date',
  durationMinutes: 'duration',
  notes: 'notes',
};

export function AppointmentForm({ appointment, defaultAccess, onSave, onDiscard }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const formId = useId();
  const [values, setValues] = useState<Values>(() => initialValues(appointment, language));
  const [issues, setIssues] = useState<Partial<Record<Field, string>>>({});
  const [saving, setSaving] = useState(false);
  const [access, setAccess] = useState<AccessMode>(appointment?.access ?? defaultAccess);

  const showIssues = (list: FieldIssue[]) => {
    const byField: Partial<Record<Field, string>> = {};
    for (const issue of list) {
      const field = fieldOfPath[issue.path.split('.').pop() ?? ''] ?? 'title';
      byField[field] ??= issue.message;
    }
    setIssues(byField);
    const first = Object.values(fieldOfPath).find((field) => byField[field]);
    if (first) document.getElementById(`${formId}-${first}`)?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = appointmentDraftSchema.safeParse({
      title: values.title,
      clientLabel: values.clientLabel,
      start: fromLocalInputs(parseDateInput(values.date, language), parseTimeInput(values.time)),
      durationMinutes: values.duration.trim() === '' ? Number.NaN : Number(values.duration),
      notes: values.notes,
      access,
    });
    if (!parsed.success) {
      showIssues(fieldIssues(parsed.error));
      return;
    }
    setSaving(true);
    const problems = await onSave(parsed.data);
    setSaving(false);
    if (problems) showIssues(problems);
  };

  const field = (name: Field, hint?: string) => {
    const id = `${formId}-${name}`;
    const issue = issues[name];
    return {
      input: {
        id,
        name,
        value: values[name],
        ...fieldAria(id, { issue, hint }),
        onChange: (event: { target: { value: string } }) =>
          setValues((old) => ({ ...old, [name]: event.target.value })),
      },
      issue: <FieldNotes id={id} issue={issue} />,
      hint: hint ? <FieldNotes id={id} hint={hint} /> : null,
      id,
    };
  };

  const title = field('title');
  const clientLabel = field('clientLabel');
  // Text fields, not type=date/time: those follow the system's language, not the app's.
  const date = field('date', t('appointment.dateHint'));
  const time = field('time', t('appointment.timeHint'));
  const duration = field('duration');
  const notes = field('notes');
  const hasIssues = Object.keys(issues).length > 0;

  return (
    <form
      className="appointment-form"
      onSubmit={(event) => void submit(event)}
      onKeyDown={onEscape(onDiscard)}
      noValidate
    >
      <h2>{t(appointment ? 'appointment.editHeading' : 'appointment.newHeading')}</h2>
      {hasIssues && (
        <p className="form-summary" role="alert">
          {t('validation.summary')}
        </p>
      )}
      <label htmlFor={title.id}>{t('appointment.title')}</label>
      <input {...title.input} type="text" autoComplete="off" autoFocus maxLength={250} />
      {title.issue}

      <label htmlFor={clientLabel.id}>{t('appointment.clientLabel')}</label>
      <input {...clientLabel.input} type="text" autoComplete="off" maxLength={150} />
      <p className="hint">{t('appointment.clientLabelHint')}</p>
      {clientLabel.issue}

      <div className="form-row">
        <div>
          <label htmlFor={date.id}>{t('appointment.date')}</label>
          <input {...date.input} type="text" autoComplete="off" spellCheck={false} />
          {date.hint}
        </div>
        <div>
          <label htmlFor={time.id}>{t('appointment.time')}</label>
          <input
            {...time.input}
            type="text"
            autoComplete="off"
            inputMode="numeric"
            spellCheck={false}
          />
          {time.hint}
        </div>
        <div>
          <label htmlFor={duration.id}>{t('appointment.duration')}</label>
          <input
            {...duration.input}
            type="number"
            autoComplete="off"
            inputMode="numeric"
            min={5}
            max={480}
            step={5}
          />
        </div>
      </div>
      {date.issue}
      {duration.issue}

      <label htmlFor={notes.id}>{t('appointment.notes')}</label>
      <textarea {...notes.input} autoComplete="off" rows={6} />
      <p className="hint">{t('appointment.notesHint')}</p>
      {notes.issue}
      <AccessChoice value={access} onChange={setAccess} legend={t('access.legend')} />

      <div className="actions">
        <button type="submit" className="primary" disabled={saving}>
          {t('actions.save')}
        </button>
        <button type="button" onClick={onDiscard}>
          {t('actions.discard')}
        </button>
      </div>
    </form>
  );
}
