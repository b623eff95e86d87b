import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '../../shared/appointment';
import { formatStart } from '../format';

const ROW_HEIGHT = 64;

interface Props {
  appointments: Appointment[];
  selectedId: string | null;
  onOpen: (id: string) => void;
  emptyText: string;
}

/**
 * A listbox over only the rows in view, so thousands of appointments stay fast.
 * Keyboard: arrows, Home/End, Page Up/Down move; Enter or Space opens.
 */
export function AppointmentList({ appointments, selectedId, onOpen, emptyText }: Props) {
  const { t, i18n } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  // The app does not use the React Compiler, whose memoisation this warning is about.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: appointments.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
  });

  useEffect(() => {
    const index = appointments.findIndex((a) => a.id === selectedId);
    if (index >= 0) setActive(index);
  }, [appointments, selectedId]);

  const activeIndex = Math.min(active, Math.max(appointments.length - 1, 0));
  const activeAppointment = appointments[activeIndex];

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(appointments.length - 1, index));
    setActive(next);
    virtualizer.scrollToIndex(next);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 0) / ROW_HEIGHT));
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + page,
      PageUp: activeIndex - page,
      Home: 0,
      End: appointments.length - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      moveTo(moves[event.key]!);
    } else if ((event.key === 'Enter' || event.key === ' ') && activeAppointment) {
      event.preventDefault();
      onOpen(activeAppointment.id);
    }
  };

  if (appointments.length === 0) return <p className="list-empty">{emptyText}</p>;

  return (
    <div
      ref={scrollRef}
      className="list-scroll"
      role="listbox"
      tabIndex={0}
      aria-label={t('list.label')}
      aria-activedescendant={activeAppointment ? `appointment-${activeAppointment.id}` : undefined}
      onKeyDown={onKeyDown}
    >
      <div className="list-inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const appointment = appointments[row.index]!;
          return (
            <div
              key={appointment.id}
              id={`appointment-${appointment.id}`}
              role="option"
              aria-selected={appointment.id === selectedId}
              className={[
                'list-row',
                row.index === activeIndex ? 'active' : '',
                appointment.status,
              ].join(' ')}
              style={{ transform: `translateY(${row.start}px)`, height: ROW_HEIGHT }}
              onClick={() => {
                setActive(row.index);
                onOpen(appointment.id);
              }}
            >
              <span className="row-when">{formatStart(appointment, i18n.language)}</span>
              <span className="row-title">{appointment.title}</span>
              <span className="row-client">
                {appointment.clientLabel || t('list.untitledClient')}
                {appointment.status !== 'planned' && (
                  <span className={`badge ${appointment.status}`}>
                    {t(`status.${appointment.status}`)}
                  </span>
                )}
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
