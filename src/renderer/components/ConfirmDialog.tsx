import { useId, type ReactNode } from 'react';
import { useModalDialog } from '../use-modal-dialog';

interface Props {
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** `danger` for what cannot be undone (the default), `primary` for a plain yes. */
  tone?: 'danger' | 'primary';
  /** More to show under the question. */
  children?: ReactNode;
}

/**
 * A modal `<dialog>`: the browser traps focus and Escape cancels. When it goes,
 * the focus returns to what opened it (Delete, say) while that is still there.
 */
export function ConfirmDialog({
  title,
  body,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  tone = 'danger',
  children,
}: Props) {
  const ref = useModalDialog();
  const titleId = useId();
  return (
    <dialog
      ref={ref}
      className="confirm"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <p>{body}</p>
      {children}
      <div className="actions">
        {/* The safe choice has the focus. */}
        <button type="button" autoFocus onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="button" className={tone} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
