import { describe, expect, it } from 'vitest';
import { devToolsAllowed } from '../../../../src/main/windows/dev-tools';

describe('DevTools', () => {
  it('open in a development build', () => {
    expect(devToolsAllowed({ isPackaged: false, kioskMode: false })).toBe(true);
  });

  it('never open in a packaged app', () => {
    expect(devToolsAllowed({ isPackaged: true, kioskMode: false })).toBe(false);
    expect(devToolsAllowed({ isPackaged: true, kioskMode: true })).toBe(false);
  });

  it('never open in kiosk mode, not even in a development build', () => {
    expect(devToolsAllowed({ isPackaged: false, kioskMode: true })).toBe(false);
  });

  it('policy (KioskMode, its only input) can turn them off, never on', () => {
    for (const isPackaged of [true, false]) {
      const withKiosk = devToolsAllowed({ isPackaged, kioskMode: true });
      const withoutKiosk = devToolsAllowed({ isPackaged, kioskMode: false });
      expect(withKiosk && !withoutKiosk).toBe(false);
    }
  });
});
