import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactElement,
} from 'react';
import { useTranslation } from 'react-i18next';
import { List, useListRef, type RowComponentProps } from 'react-window';
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
  const { t } = useTranslation();
  const rowId = `${useId()}-row`;
  const list = useListRef(null);
  const [active, setActive] = useState(0);
  /** A row to scroll to once the list has that many rows (the new tab's answer may be pending). */
  const [scrollTarget, setScrollTarget] = useState<{ index: number } | null>(null);
  const scrolledTo = useRef<{ index: number } | null>(null);
  /** The rows rendered, overscan included: the ones to load. */
  const [rendered, setRendered] = useState({ first: 0, last: 0 });
  const { ensureRange, key } = pages;

  useEffect(() => {
    if (pages.total > 0) ensureRange(rendered.first, rendered.last);
  }, [ensureRange, rendered, key, pages.total]);

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
    if (scrollTarget.index >= pages.total) return;
    list.current?.scrollToRow({ index: scrollTarget.index, align: 'auto' });
    scrolledTo.current = scrollTarget;
  }, [scrollTarget, pages.total, list]);

  const activeIndex = Math.min(active, Math.max(pages.total - 1, 0));
  const activeRow = pages.rowAt(activeIndex);

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(pages.total - 1, index));
    setActive(next);
    list.current?.scrollToRow({ index: next, align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const height = list.current?.element?.clientHeight ?? 0;
    const page = Math.max(1, Math.floor(height / ROW_HEIGHT));
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

  const open = useCallback(
    (index: number, id: string) => {
      setActive(index);
      onOpen(id);
    },
    [onOpen],
  );
  // A new object re-renders every row: only when what they show changes.
  const rowProps = useMemo(
    (): RowProps => ({ pages, rowId, activeIndex, selectedId, today, open }),
    [pages, rowId, activeIndex, selectedId, today, open],
  );
  const onRowsRendered = useCallback(
    (_visible: unknown, all: { startIndex: number; stopIndex: number }) =>
      setRendered((previous) =>
        previous.first === all.startIndex && previous.last === all.stopIndex
          ? previous
          : { first: all.startIndex, last: all.stopIndex },
      ),
    [],
  );

  if (pages.total === 0) return <p className="list-empty">{emptyText}</p>;

  return (
    <List
      listRef={list}
      className="list-scroll"
      // The library's own maxHeight (100 %) would override the stacked layout's.
      style={{ maxHeight: undefined }}
      role="listbox"
      tabIndex={0}
      aria-label={t('list.label')}
      aria-activedescendant={activeRow ? `${rowId}-${activeIndex}` : undefined}
      onKeyDown={onKeyDown}
      rowComponent={AppointmentRow}
      rowCount={pages.total}
      rowHeight={ROW_HEIGHT}
      rowProps={rowProps}
      overscanCount={6}
      // Rows render in the first pass; the real height is measured right after.
      defaultHeight={window.innerHeight}
      onRowsRendered={onRowsRendered}
    />
  );
}

interface RowProps {
  pages: AppointmentPages;
  rowId: string;
  activeIndex: number;
  selectedId: string | null;
  today: boolean;
  open: (index: number, id: string) => void;
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
}: RowComponentProps<RowProps>): ReactElement {
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
      onClick={() => open(index, row.id)}
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
