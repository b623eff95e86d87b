import { describe, expect, it } from 'vitest';
import { rowsInView, sameRowsInView, scrollTopFor } from '../../../src/renderer/row-window';

describe('rowsInView', () => {
  it.each([
    // scrollTop, height, rows, overscan → first, last
    { top: 0, height: 640, rows: 5000, overscan: 0, first: 0, last: 9 },
    { top: 0, height: 640, rows: 5000, overscan: 6, first: 0, last: 15 },
    { top: 32, height: 640, rows: 5000, overscan: 0, first: 0, last: 10 },
    { top: 6400, height: 640, rows: 5000, overscan: 6, first: 94, last: 115 },
    { top: 64 * 4990, height: 640, rows: 5000, overscan: 6, first: 4984, last: 4999 },
    // Fewer rows than fit: all of them.
    { top: 0, height: 640, rows: 3, overscan: 6, first: 0, last: 2 },
    // A viewport not measured yet (0 px) still renders its first row.
    { top: 0, height: 0, rows: 100, overscan: 0, first: 0, last: 0 },
    // Scrolled past the end (the list just got shorter): its last rows.
    { top: 64 * 1000, height: 640, rows: 20, overscan: 2, first: 17, last: 19 },
    // Rubber-band scrolling above the top.
    { top: -50, height: 128, rows: 100, overscan: 0, first: 0, last: 1 },
  ])('$top px, $height px high, $rows rows, overscan $overscan', (row) => {
    expect(rowsInView(row.top, row.height, 64, row.rows, row.overscan)).toEqual({
      first: row.first,
      last: row.last,
    });
  });

  it('has no rows to render for an empty list', () => {
    expect(rowsInView(0, 640, 64, 0, 6)).toEqual({ first: -1, last: -1 });
  });
});

describe('scrollTopFor', () => {
  it('leaves a row that is wholly in view where it is', () => {
    expect(scrollTopFor(5, 0, 640, 64)).toBe(0);
    expect(scrollTopFor(9, 0, 640, 64)).toBe(0);
  });

  it('brings a row below the view up to its bottom edge', () => {
    expect(scrollTopFor(10, 0, 640, 64)).toBe(64);
    expect(scrollTopFor(4999, 0, 640, 64)).toBe(64 * 5000 - 640);
  });

  it('brings a row above the view down to its top edge', () => {
    expect(scrollTopFor(3, 6400, 640, 64)).toBe(192);
    expect(scrollTopFor(0, 6400, 640, 64)).toBe(0);
  });

  it('shows a row cut off at either edge whole', () => {
    expect(scrollTopFor(0, 10, 640, 64)).toBe(0);
    expect(scrollTopFor(9, 10, 600, 64)).toBe(40);
  });
});

describe('sameRowsInView', () => {
  it('is true while the same rows stay in view, and false once another one comes in', () => {
    const at = (top: number, height = 640) => ({ top, height });
    expect(sameRowsInView(at(1), at(63), 64)).toBe(true);
    // Row 10 comes in at the bottom edge as soon as the list moves.
    expect(sameRowsInView(at(0), at(1), 64)).toBe(false);
    expect(sameRowsInView(at(63), at(64), 64)).toBe(false);
    expect(sameRowsInView(at(10), at(30), 64)).toBe(true);
    // The same first row, but the bottom edge reaches into the next one.
    expect(sameRowsInView(at(0, 640), at(0, 641), 64)).toBe(false);
    expect(sameRowsInView(at(0, 600), at(0, 620), 64)).toBe(true);
  });

  it('agrees with rowsInView: whenever it says the same, the same rows render', () => {
    for (let top = 0; top < 2000; top += 7) {
      for (const height of [0, 100, 640, 655]) {
        const a = { top, height };
        const b = { top: top + 5, height };
        if (sameRowsInView(a, b, 64)) {
          expect(rowsInView(b.top, b.height, 64, 100, 6)).toEqual(
            rowsInView(a.top, a.height, 64, 100, 6),
          );
        }
      }
    }
  });
});
