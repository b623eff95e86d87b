import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import {
  LIST_PAGE_SIZE as PAGE_SIZE,
  type AppointmentPage,
  type AppointmentSummary,
  type AppointmentView,
  type DayBounds,
} from '../shared/appointment-views';
import { api } from './api';
import { useMainCall } from './use-main-call';

export interface PagesQuery {
  view: AppointmentView;
  filter: string;
  day: DayBounds;
  /** Bumped after every change, so the shown rows are fetched again. */
  version: number;
}

interface Loaded {
  key: string;
  counts: AppointmentPage['counts'];
  total: number;
  rows: Map<number, AppointmentSummary>;
}

const keyOf = (query: PagesQuery) =>
  JSON.stringify([query.view, query.filter, query.day.start, query.version]);

function merge(into: Loaded, page: AppointmentPage): Loaded {
  const rows = new Map(into.rows);
  page.rows.forEach((row, index) => rows.set(page.offset + index, row));
  return { ...into, counts: page.counts, total: page.total, rows };
}

/**
 * The rows of one tab, loaded from main a page at a time as the list scrolls.
 * Answers to an earlier query (an older filter, say) are dropped.
 */
export function useAppointmentPages(query: PagesQuery, initial: AppointmentPage) {
  const key = keyOf(query);
  const [loaded, setLoaded] = useState<Loaded>(() => {
    const empty = { key, counts: { today: 0, upcoming: 0, past: 0 }, total: 0, rows: new Map() };
    return merge(empty, initial);
  });
  const requested = useRef({ key, pages: new Set<number>([0]) });
  const current = useRef(query);
  useLayoutEffect(() => {
    current.current = query;
  });

  const { ask } = useMainCall();
  const load = useCallback(
    async (page: number) => {
      const { view, filter, day } = current.current;
      const forKey = keyOf(current.current);
      if (requested.current.key !== forKey) requested.current = { key: forKey, pages: new Set() };
      if (requested.current.pages.has(page)) return;
      requested.current.pages.add(page);
      const result = await ask(
        api().appointments.query({ view, filter, day, offset: page * PAGE_SIZE, limit: PAGE_SIZE }),
      );
      if (!result) return;
      if (!result.ok) {
        requested.current.pages.delete(page);
        return;
      }
      setLoaded((old) => {
        if (keyOf(current.current) !== forKey) return old;
        const base = old.key === forKey ? old : { ...old, key: forKey, rows: new Map() };
        return merge(base, result.value);
      });
    },
    [ask],
  );

  useEffect(() => {
    void load(0);
  }, [key, load]);

  const ensureRange = useCallback(
    (first: number, last: number) => {
      for (let page = Math.floor(first / PAGE_SIZE); page <= Math.floor(last / PAGE_SIZE); page++) {
        void load(page);
      }
    },
    [load],
  );

  /** Where an appointment sits in the shown view and filter; null when it is not there. */
  const locate = useCallback(
    async (id: string): Promise<number | null> => {
      const { view, filter, day } = current.current;
      const result = await ask(
        api().appointments.query({ view, filter, day, offset: 0, limit: 1, find: id }),
      );
      return result?.ok ? (result.value.found ?? null) : null;
    },
    [ask],
  );

  // Until the new query answers, the old rows stay: no flash after every change.
  return {
    key,
    locate,
    counts: loaded.counts,
    total: loaded.total,
    rowAt: (index: number) => loaded.rows.get(index),
    ensureRange,
  };
}

export type AppointmentPages = ReturnType<typeof useAppointmentPages>;
