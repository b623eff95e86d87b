import { useId, type ReactNode } from 'react';
import { useTranslation } from '../i18n/react';
import { accessModes, type AccessMode } from '../../shared/access';

interface Props {
  value: AccessMode;
  onChange: (value: AccessMode) => void;
  /** The legend: the appointment's own choice, or the default for new ones. */
  legend: string;
  /** Policy sets the choice: shown, not changeable. */
  disabled?: boolean;
  /** Notes on the whole choice (set by the organisation, an issue), under the legend. */
  notes?: ReactNode;
  /** The ids of those notes. */
  describedBy?: string | undefined;
}

/**
 * The access choice as radio buttons, each saying in plain words who enters
 * directly and who has to knock (the rules of a real Jitsi server, access.ts).
 */
export function AccessChoice({ value, onChange, legend, disabled, notes, describedBy }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="access-choice" disabled={disabled} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {notes}
      {accessModes.map((mode) => (
        <div key={mode} className="choice">
          <label className="checkbox">
            <input
              type="radio"
              autoComplete="off"
              name={id}
              value={mode}
              checked={value === mode}
              aria-describedby={`${id}-${mode}-explain`}
              onChange={() => onChange(mode)}
            />
            {t(`access.${mode}.label`)}
          </label>
          <p className="hint" id={`${id}-${mode}-explain`}>
            {t(`access.${mode}.explain`)}
          </p>
        </div>
      ))}
    </fieldset>
  );
}
