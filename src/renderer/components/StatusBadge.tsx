import { Ban, CalendarClock, CircleCheck, type LucideIcon } from 'lucide-react';
import { useTranslation } from '../i18n/react';
import type { AppointmentStatus } from '../../shared/appointment';

// A shape for each status besides its colour and its word (WCAG 1.4.1).
const icons: Record<AppointmentStatus, LucideIcon> = {
  planned: CalendarClock,
  done: CircleCheck,
  cancelled: Ban,
};

/** An appointment's status: icon (decorative, the word says it) and word. */
export function StatusBadge({ status }: { status: AppointmentStatus }) {
  const { t } = useTranslation();
  const Icon = icons[status];
  return (
    <span className={`badge ${status}`}>
      <Icon className="icon" aria-hidden="true" />
      {t(`status.${status}`)}
    </span>
  );
}
