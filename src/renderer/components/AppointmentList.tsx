import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTimeRange, formatWhen } from '../format';
import type { AppointmentPages } from '../use-appointment-pages';
import { StatusBadge } from './StatusBadge';

const ROW_HEIGHT = 64;

interface Props {
  pages: AppointmentPages;
  selectedId: string | null;
  /** An appointment to bring into view and mark, once per request (after a save). */
  revealing: { id: string; at: number } | null;
  /** The rows are today's: they show their times only. */
  today: boolean;
  onOpen: (id: string) => void;
  emptyText: string;
}

/**
 * A listbox over only the rows in view, loaded from main as they scroll in, so
 * thousands of appointments stay fast. Keyboard: arrows, Home/End, Page Up/Down
 * move; Enter or Space opens.
 */
export function AppointmentList({ pages, selectedId, revealing, today, onOpen, emptyText }: Props) {
  const { t, i18n } = useTranslation();
  const rowId = `${useId()}-row`;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  /** A row to scroll to once the list has that many rows (the new tab's answer may be pending). */
  const [scrollTarget, setScrollTarget] = useState<number | null>(null);
  // The app does not use the React Compiler, whose memoisation this warning is about.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: pages.total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    // Rows render in the first pass; the real size is measured right after.
    initialRect: { width: 380, height: window.innerHeight },
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const { ensureRange, key } = pages;

  useEffect(() => {
    if (pages.total > 0) ensureRange(first, last);
  }, [ensureRange, first, last, key, pages.total]);

  const { locate } = pages;
  useEffect(() => {
    if (!revealing) return;
    let current = true;
    void locate(revealing.id).then((index) => {
      if (!current || index === null) return;
      setActive(index);
      setScrollTarget(index);
    });
    return () => {
      current = false;
    };
  }, [revealing, locate]);

  useEffect(() => {
    if (scrollTarget === null || scrollTarget >= pages.total) return;
    virtualizer.scrollToIndex(scrollTarget, { align: 'auto' });
    setScrollTarget(null);
  }, [scrollTarget, pages.total, virtualizer]);

  const activeIndex = Math.min(active, Math.max(pages.total - 1, 0));
  const activeRow = pages.rowAt(activeIndex);

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(pages.total - 1, index));
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
      End: pages.total - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      moveTo(moves[event.key]!);
    } else if ((event.key === 'Enter' || event.key === ' ') && activeRow) {
      event.preventDefault();
      onOpen(activeRow.id);
    }
  };

  if (pages.total === 0) return <p className="list-empty">{emptyText}</p>;

  return (
    <div
      ref={scrollRef}
      className="list-scroll"
      role="listbox"
      tabIndex={0}
      aria-label={t('list.label')}
      aria-activedescendant={activeRow ? `${rowId}-${activeIndex}` : undefined}
      onKeyDown={onKeyDown}
    >
      <div className="list-inner" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const row = pages.rowAt(item.index);
          const style = { transform: `translateY(${item.start}px)`, height: ROW_HEIGHT };
          if (!row) {
            return (
              <div key={item.key} className="list-row loading" style={style} aria-hidden="true" />
            );
          }
          return (
            <div
              key={item.key}
              id={`${rowId}-${item.index}`}
              role="option"
              // Of the whole list, not of the rows in the page: "3 of 5,000".
              aria-setsize={pages.total}
              aria-posinset={item.index + 1}
              aria-selected={row.id === selectedId}
              className={['list-row', item.index === activeIndex ? 'active' : '', row.status].join(
                ' ',
              )}
              style={style}
              onClick={() => {
                setActive(item.index);
                onOpen(row.id);
              }}
            >
              <span className="row-when">
                {/* Under "Today" the date goes without saying. */}
                {today ? formatTimeRange(row, i18n.language) : formatWhen(row, i18n.language)}
              </span>
              <span className="row-title">{row.title}</span>
              <span className="row-client">
                {row.clientLabel || t('list.untitledClient')}
                {row.status !== 'planned' && <StatusBadge status={row.status} />}
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
