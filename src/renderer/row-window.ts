// The arithmetic of a list whose rows all have one height: which rows are in
// view, and where to scroll so a row is. With fixed rows this is all a windowed
// list needs; react-window's List (6.5 KB gzip) measured rows of any height, which
// the main window's start bundle could not afford (issue 18: ≤ 100 KB gzip).

export interface RowRange {
  /** The first row to render, overscan included; -1 when there is none. */
  first: number;
  /** The last row to render, overscan included; -1 when there is none. */
  last: number;
}

/** The rows that intersect the viewport, with `overscan` more on each side. */
export function rowsInView(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  rowCount: number,
  overscan: number,
): RowRange {
  if (rowCount <= 0) return { first: -1, last: -1 };
  const top = Math.max(0, scrollTop);
  const firstVisible = Math.min(rowCount - 1, Math.floor(top / rowHeight));
  const lastVisible = Math.min(
    rowCount - 1,
    Math.max(firstVisible, Math.ceil((top + viewportHeight) / rowHeight) - 1),
  );
  return {
    first: Math.max(0, firstVisible - overscan),
    last: Math.min(rowCount - 1, lastVisible + overscan),
  };
}

/** A scroll position and the viewport's height, in px. */
export interface Viewport {
  top: number;
  height: number;
}

/**
 * Whether two viewports show the same rows: scrolling within a row's height
 * changes nothing to render, so the list need not render again.
 */
export function sameRowsInView(a: Viewport, b: Viewport, rowHeight: number): boolean {
  return (
    Math.floor(a.top / rowHeight) === Math.floor(b.top / rowHeight) &&
    Math.ceil((a.top + a.height) / rowHeight) === Math.ceil((b.top + b.height) / rowHeight)
  );
}

/**
 * Where to scroll so the row is wholly in view, moving as little as possible
 * (a row above goes to the top, a row below to the bottom); the same scrollTop
 * when it already is.
 */
export function scrollTopFor(
  index: number,
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
): number {
  const rowTop = index * rowHeight;
  const rowBottom = rowTop + rowHeight;
  if (rowTop < scrollTop) return rowTop;
  if (rowBottom > scrollTop + viewportHeight) return Math.max(0, rowBottom - viewportHeight);
  return scrollTop;
}
