import {
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type ReactElement,
} from 'react';
import { useTranslation } from '../i18n/react';
import { formatTimeRange, formatWhen } from '../format';
import { rowsInView, sameRowsInView, scrollTopFor, type Viewport } from '../row-window';
import type { AppointmentPages } from '../use-appointment-pages';
import { StatusBadge } from './StatusBadge';

const ROW_HEIGHT = 64;
/** Rows rendered beyond each edge of the view, so a quick scroll shows no gap. */
const OVERSCAN = 6;

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
  const { t } = useTranslation();
  const rowId = `${useId()}-row`;
  const box = useRef<HTMLDivElement | null>(null);
  // Rows render in the first pass, before the real height is measured.
  const [view, setView] = useState<Viewport>({ top: 0, height: window.innerHeight });
  const [active, setActive] = useState(0);
  /** A row to scroll to once the list has that many rows (the new tab's answer may be pending). */
  const [scrollTarget, setScrollTarget] = useState<{ index: number } | null>(null);
  const scrolledTo = useRef<{ index: number } | null>(null);
  const { ensureRange, key } = pages;
  /** The rows rendered, overscan included: the ones to load. */
  const { first, last } = rowsInView(view.top, view.height, ROW_HEIGHT, pages.total, OVERSCAN);

  const measure = useCallback(() => {
    const element = box.current;
    if (!element) return;
    const next = { top: element.scrollTop, height: element.clientHeight };
    // Renders again only when another row comes into view, not at every pixel scrolled.
    setView((previous) => (sameRowsInView(previous, next, ROW_HEIGHT) ? previous : next));
  }, []);
  /** The listbox comes and goes with its rows: measured whenever it is in the page and resized. */
  const attach = useCallback(
    (element: HTMLDivElement | null) => {
      box.current = element;
      if (!element) return;
      // Its first observation comes after layout, before the first paint.
      const resized = new ResizeObserver(measure);
      resized.observe(element);
      return () => {
        resized.disconnect();
        box.current = null;
      };
    },
    [measure],
  );

  useEffect(() => {
    if (first >= 0) ensureRange(first, last);
  }, [ensureRange, first, last, key]);

  /** Scrolls as little as needed for the row to be wholly in view. */
  const scrollToRow = useCallback((index: number) => {
    const element = box.current;
    if (element) {
      element.scrollTop = scrollTopFor(index, element.scrollTop, element.clientHeight, ROW_HEIGHT);
    }
  }, []);

  const { locate } = pages;
  useEffect(() => {
    if (!revealing) return;
    let current = true;
    void locate(revealing.id).then((index) => {
      if (!current || index === null) return;
      setActive(index);
      setScrollTarget({ index });
    });
    return () => {
      current = false;
    };
  }, [revealing, locate]);

  useEffect(() => {
    if (!scrollTarget || scrollTarget === scrolledTo.current) return;
    if (scrollTarget.index >= pages.total || !box.current) return;
    scrollToRow(scrollTarget.index);
    scrolledTo.current = scrollTarget;
  }, [scrollTarget, pages.total, scrollToRow]);

  const activeIndex = Math.min(active, Math.max(pages.total - 1, 0));
  const activeRow = pages.rowAt(activeIndex);

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(pages.total - 1, index));
    setActive(next);
    scrollToRow(next);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const page = Math.max(1, Math.floor((box.current?.clientHeight ?? 0) / ROW_HEIGHT));
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

  const rows: ReactElement[] = [];
  for (let index = first; index <= last; index += 1) {
    rows.push(
      <AppointmentRow
        key={index}
        index={index}
        style={{ transform: `translateY(${index * ROW_HEIGHT}px)`, height: ROW_HEIGHT }}
        pages={pages}
        rowId={rowId}
        activeIndex={activeIndex}
        selectedId={selectedId}
        today={today}
        open={(id) => {
          setActive(index);
          onOpen(id);
        }}
      />,
    );
  }
  return (
    <div
      ref={attach}
      className="list-scroll"
      role="listbox"
      tabIndex={0}
      aria-label={t('list.label')}
      aria-activedescendant={activeRow ? `${rowId}-${activeIndex}` : undefined}
      onKeyDown={onKeyDown}
      onScroll={measure}
    >
      {rows}
      {/* Gives the box the whole list's height, so the scroll bar says where one is. */}
      <div aria-hidden="true" style={{ height: pages.total * ROW_HEIGHT }} />
    </div>
  );
}

interface RowProps {
  index: number;
  /** Where the list places the row. */
  style: CSSProperties;
  pages: AppointmentPages;
  rowId: string;
  activeIndex: number;
  selectedId: string | null;
  today: boolean;
  open: (id: string) => void;
}

/** One row of the listbox, placed by the list (`style`). */
function AppointmentRow({
  index,
  style,
  pages,
  rowId,
  activeIndex,
  selectedId,
  today,
  open,
}: RowProps): ReactElement {
  const { t, i18n } = useTranslation();
  const row = pages.rowAt(index);
  if (!row) return <div className="list-row loading" style={style} aria-hidden="true" />;
  return (
    <div
      id={`${rowId}-${index}`}
      role="option"
      // Of the whole list, not of the rows in the page: "3 of 5,000".
      aria-setsize={pages.total}
      aria-posinset={index + 1}
      aria-selected={row.id === selectedId}
      className={['list-row', index === activeIndex ? 'active' : '', row.status].join(' ')}
      style={style}
      onClick={() => open(row.id)}
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
}
