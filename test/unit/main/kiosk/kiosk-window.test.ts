import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import {
  isExitCombination,
  isSwallowedShortcut,
  kioskWindowOptions,
  lockKioskWindow,
  type KeyInput,
  type KioskWindow,
} from '../../../../src/main/kiosk/kiosk-window';
import { createLogger } from '../../../../src/main/log/logger';
import { mainWindowOptions } from '../../../../src/main/windows/main-window';

const none = { control: false, meta: false, alt: false, shift: false };
/** A key going down: `key('w', 'control')`, with `code` as on a US layout. */
function key(name: string, ...modifiers: ('control' | 'meta' | 'alt' | 'shift')[]): KeyInput {
  const code = /^[a-z]$/i.test(name)
    ? `Key${name.toUpperCase()}`
    : /^\d$/.test(name)
      ? `Digit${name}`
      : name;
  const input: KeyInput = { type: 'keyDown', key: name, code, ...none };
  for (const modifier of modifiers) input[modifier] = true;
  return input;
}

describe('kioskWindowOptions', () => {
  const options = kioskWindowOptions({ preload: '/app/preload.js', title: 'Sprechstunde' });

  it('opens in kiosk full screen, without menu bar, not closable, minimizable, movable or resizable', () => {
    expect(options).toMatchObject({
      title: 'Sprechstunde',
      kiosk: true,
      fullscreen: true,
      fullscreenable: true,
      autoHideMenuBar: true,
      closable: false,
      minimizable: false,
      maximizable: false,
      movable: false,
      resizable: false,
    });
  });

  it('keeps every web preference of the main window, with DevTools, spellcheck and dialogs off', () => {
    const main = mainWindowOptions({ preload: '/app/preload.js', devTools: true, title: 'x' });
    expect(options.webPreferences).toEqual({
      ...main.webPreferences,
      devTools: false,
      spellcheck: false,
      disableDialogs: true,
    });
    expect(options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
  });
});

type Row = [what: string, input: KeyInput, platform: NodeJS.Platform, swallowed: boolean];
const shortcutTable: Row[] = [
  ['Alt+F4', key('F4', 'alt'), 'win32', true],
  ['Alt+F4 on Linux', key('F4', 'alt'), 'linux', true],
  ['Ctrl+F4', key('F4', 'control'), 'win32', true],
  ['Ctrl+W', key('w', 'control'), 'win32', true],
  ['Cmd+W', key('w', 'meta'), 'darwin', true],
  ['Ctrl+Shift+W', key('W', 'control', 'shift'), 'linux', true],
  ['Ctrl+Q', key('q', 'control'), 'linux', true],
  ['Cmd+Q', key('q', 'meta'), 'darwin', true],
  ['Ctrl+R', key('r', 'control'), 'win32', true],
  ['Ctrl+Shift+R', key('R', 'control', 'shift'), 'win32', true],
  ['Cmd+R', key('r', 'meta'), 'darwin', true],
  ['Cmd+Shift+R', key('R', 'meta', 'shift'), 'darwin', true],
  ['Ctrl+N', key('n', 'control'), 'win32', true],
  ['Ctrl+Shift+N', key('N', 'control', 'shift'), 'win32', true],
  ['Cmd+N', key('n', 'meta'), 'darwin', true],
  ['Ctrl+T', key('t', 'control'), 'linux', true],
  ['Ctrl+P', key('p', 'control'), 'win32', true],
  ['Cmd+P', key('p', 'meta'), 'darwin', true],
  ['Ctrl+O', key('o', 'control'), 'win32', true],
  ['Ctrl+S', key('s', 'control'), 'win32', true],
  ['Cmd+H (hide)', key('h', 'meta'), 'darwin', true],
  ['Cmd+Option+H (hide others)', { ...key('h', 'meta', 'alt'), key: '˙' }, 'darwin', true],
  ['Cmd+M (minimise)', key('m', 'meta'), 'darwin', true],
  ['Cmd+` (next window)', key('`', 'meta'), 'darwin', true],
  ['F5', key('F5'), 'win32', true],
  ['F11', key('F11'), 'linux', true],
  ['F12', key('F12'), 'win32', true],
  ['Ctrl+Shift+I', key('I', 'control', 'shift'), 'win32', true],
  ['Ctrl+Shift+J', key('J', 'control', 'shift'), 'linux', true],
  ['Cmd+Option+I, typing ˆ', { ...key('i', 'meta', 'alt'), key: 'ˆ' }, 'darwin', true],
  ['Ctrl+plus', key('+', 'control', 'shift'), 'win32', true],
  ['Ctrl+= (plus without Shift)', { ...key('=', 'control'), code: 'Equal' }, 'win32', true],
  ['Ctrl+minus', { ...key('-', 'control'), code: 'Minus' }, 'linux', true],
  ['Ctrl+0', key('0', 'control'), 'win32', true],
  ['Ctrl+numpad plus', { ...key('+', 'control'), code: 'NumpadAdd' }, 'win32', true],
  ['Cmd+minus', { ...key('-', 'meta'), code: 'Minus' }, 'darwin', true],
  ['Alt+Left (back)', key('ArrowLeft', 'alt'), 'win32', true],
  ['Cmd+[ (back)', key('[', 'meta'), 'darwin', true],
  ['the mouse’s back key', key('BrowserBack'), 'win32', true],
  ['Ctrl+Q on AZERTY, typing a at KeyQ', { ...key('a', 'control'), code: 'KeyQ' }, 'win32', true],
  ['Ctrl+W on AZERTY, typing w at KeyZ', { ...key('w', 'control'), code: 'KeyZ' }, 'win32', true],
  ['the key going up as well', { ...key('w', 'control'), type: 'keyUp' }, 'win32', true],
  // What the page needs stays.
  ['Escape', key('Escape'), 'win32', false],
  ['Escape on macOS', key('Escape'), 'darwin', false],
  ['a letter', key('w'), 'win32', false],
  ['a capital letter', key('W', 'shift'), 'win32', false],
  ['Tab', key('Tab'), 'win32', false],
  ['Shift+Tab', key('Tab', 'shift'), 'linux', false],
  ['Enter', key('Enter'), 'win32', false],
  ['Backspace', key('Backspace'), 'win32', false],
  ['Left in a field', key('ArrowLeft'), 'win32', false],
  ['Ctrl+C', key('c', 'control'), 'win32', false],
  ['Ctrl+V', key('v', 'control'), 'win32', false],
  ['Ctrl+A', key('a', 'control'), 'linux', false],
  ['Ctrl+Z', key('z', 'control'), 'win32', false],
  ['Cmd+V', key('v', 'meta'), 'darwin', false],
  ['Ctrl+Left (word left) in a field', key('ArrowLeft', 'control'), 'win32', false],
  [
    'AltGr+Q typing @ on a German keyboard',
    { ...key('@', 'control', 'alt'), code: 'KeyQ' },
    'win32',
    false,
  ],
  [
    'AltGr+0 typing } on a German keyboard',
    { ...key('}', 'control', 'alt'), code: 'Digit0' },
    'win32',
    false,
  ],
  ['AltGr+E typing €', { ...key('€', 'control', 'alt'), code: 'KeyE' }, 'win32', false],
  ['Ctrl+Alt+W still', key('w', 'control', 'alt'), 'win32', true],
  ['Ctrl+W on macOS is not a shortcut there', key('w', 'control'), 'darwin', false],
  ['Cmd (the Windows key)+W on Windows', key('w', 'meta'), 'win32', false],
  ['Ctrl+H on Windows', key('h', 'control'), 'win32', false],
  ['the exit combination itself', key('K', 'control', 'alt', 'shift'), 'win32', false],
];

describe('isSwallowedShortcut', () => {
  it.each(shortcutTable)('%s (%s): %s', (_what, input, platform, swallowed) => {
    expect(isSwallowedShortcut(input, platform)).toBe(swallowed);
  });
});

describe('isExitCombination', () => {
  it.each([
    ['Ctrl+Alt+Shift+K', key('K', 'control', 'alt', 'shift'), 'win32', true],
    ['Ctrl+Alt+Shift+K on Linux', key('K', 'control', 'alt', 'shift'), 'linux', true],
    [
      'Cmd+Option+Shift+K, typing ',
      { ...key('K', 'meta', 'alt', 'shift'), key: '' },
      'darwin',
      true,
    ],
    ['Ctrl+Alt+Shift+K on macOS', key('K', 'control', 'alt', 'shift'), 'darwin', false],
    ['Ctrl+Alt+K', key('k', 'control', 'alt'), 'win32', false],
    ['Ctrl+Shift+K', key('K', 'control', 'shift'), 'win32', false],
    ['with the Windows key as well', key('K', 'control', 'alt', 'shift', 'meta'), 'win32', false],
    ['Ctrl+Alt+Shift+J', key('J', 'control', 'alt', 'shift'), 'win32', false],
    ['the key going up', { ...key('K', 'control', 'alt', 'shift'), type: 'keyUp' }, 'win32', false],
    [
      'a repeat while held',
      { ...key('K', 'control', 'alt', 'shift'), isAutoRepeat: true },
      'win32',
      false,
    ],
  ] as Row[])('%s: %s', (_what, input, platform, expected) => {
    expect(isExitCombination(input, platform)).toBe(expected);
  });
});

/** A BrowserWindow as far as lockKioskWindow uses it. */
class FakeKioskWindow extends EventEmitter {
  readonly calls: string[] = [];
  kiosk = true;
  fullScreen = true;
  closable = false;
  readonly webContents = Object.assign(new EventEmitter(), {
    devToolsOpen: false,
    closeDevTools: () => {
      this.webContents.devToolsOpen = false;
      this.calls.push('closeDevTools');
    },
  });
  removeMenu() {
    this.calls.push('removeMenu');
  }
  setMenuBarVisibility(visible: boolean) {
    this.calls.push(`setMenuBarVisibility(${visible})`);
  }
  isKiosk() {
    return this.kiosk;
  }
  setKiosk(flag: boolean) {
    this.kiosk = flag;
    this.fullScreen = flag;
    this.calls.push(`setKiosk(${flag})`);
  }
  isFullScreen() {
    return this.fullScreen;
  }
  setFullScreen(flag: boolean) {
    this.fullScreen = flag;
    this.calls.push(`setFullScreen(${flag})`);
  }
  setClosable(flag: boolean) {
    this.closable = flag;
  }
  asWindow() {
    return this as unknown as KioskWindow;
  }
}

/** An Electron event: records whether the listener prevented the default. */
function fakeEvent() {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

function locked(platform: NodeJS.Platform = 'win32') {
  const window = new FakeKioskWindow();
  const lines: string[] = [];
  let exits = 0;
  const lock = lockKioskWindow(window.asWindow(), {
    platform,
    onExitCombination: () => exits++,
    log: createLogger('kiosk', (line) => lines.push(line)),
  });
  const press = (input: KeyInput) => {
    const event = fakeEvent();
    window.webContents.emit('before-input-event', event, input);
    return event.defaultPrevented;
  };
  return { window, lines, lock, press, exits: () => exits };
}

describe('lockKioskWindow', () => {
  it('removes the menu', () => {
    const { window } = locked();
    expect(window.calls).toEqual(['removeMenu', 'setMenuBarVisibility(false)']);
  });

  it('swallows the shortcuts and lets the page have everything else', () => {
    const { press } = locked('win32');
    expect(press(key('F4', 'alt'))).toBe(true);
    expect(press(key('r', 'control'))).toBe(true);
    expect(press(key('Escape'))).toBe(false);
    expect(press(key('a'))).toBe(false);
  });

  it('calls onExitCombination on the combination and lets the page ask for the PIN', () => {
    const { press, exits, lines } = locked('darwin');
    expect(press({ ...key('K', 'meta', 'alt', 'shift'), key: '' })).toBe(false);
    expect(exits()).toBe(1);
    expect(press({ ...key('K', 'meta', 'alt', 'shift'), isAutoRepeat: true })).toBe(false);
    expect(press({ ...key('K', 'meta', 'alt', 'shift'), type: 'keyUp' })).toBe(false);
    expect(exits()).toBe(1);
    expect(lines.join('\n')).toContain('exit combination');
  });

  it('suppresses the context menu', () => {
    const { window } = locked();
    const event = fakeEvent();
    window.webContents.emit('context-menu', event, { x: 1, y: 1 });
    expect(event.defaultPrevented).toBe(true);
  });

  it('closes DevTools again should they open', () => {
    const { window, lines } = locked();
    window.webContents.devToolsOpen = true;
    window.webContents.emit('devtools-opened');
    expect(window.webContents.devToolsOpen).toBe(false);
    expect(lines.join('\n')).toContain('DevTools opened');
  });

  it('puts the window back into kiosk full screen when it leaves it', () => {
    const { window } = locked();
    window.calls.length = 0;
    window.kiosk = false;
    window.fullScreen = false;
    window.emit('leave-full-screen');
    expect(window.kiosk && window.fullScreen).toBe(true);
    expect(window.calls).toContain('setKiosk(true)');
  });

  it('leaves the window alone when only an element left full screen', () => {
    const { window } = locked();
    window.calls.length = 0;
    window.emit('leave-html-full-screen');
    expect(window.calls).toEqual([]);
  });

  it('after release, lets the window close and no longer forces full screen', () => {
    const { window, lock } = locked();
    lock.release();
    expect(window.closable).toBe(true);
    window.calls.length = 0;
    window.fullScreen = false;
    window.emit('leave-full-screen');
    expect(window.calls).toEqual([]);
  });
});
