import { describe, expect, it } from 'vitest';
import { bringUpMainWindow } from '../../../../src/main/windows/main-window';
import { FakeWindow } from './fake-window';

function opener() {
  const opened: FakeWindow[] = [];
  const open = () => {
    const window = new FakeWindow({});
    opened.push(window);
    return window;
  };
  return { opened, open };
}

describe('a second start of the app', () => {
  it('opens a main window when none is open (only a meeting or a stray window was left)', () => {
    const { opened, open } = opener();
    const window = bringUpMainWindow(null, open);
    expect(opened).toEqual([window]);
  });

  it('opens a new main window in place of a destroyed one', () => {
    const { opened, open } = opener();
    const gone = new FakeWindow({});
    gone.close();
    expect(bringUpMainWindow(gone, open)).toBe(opened[0]);
    expect(opened).toHaveLength(1);
  });

  it('restores and focuses the open main window instead of opening another', () => {
    const { opened, open } = opener();
    const current = new FakeWindow({});
    current.minimize();
    expect(bringUpMainWindow(current, open)).toBe(current);
    expect(current.isMinimized()).toBe(false);
    expect(current.focused).toBe(true);
    expect(opened).toEqual([]);
  });
});
