import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { Logger } from '../../../../src/main/log/logger';
import { guardWebContents } from '../../../../src/main/windows/web-contents-guard';
import { mainWindowOptions } from '../../../../src/main/windows/main-window';

const quiet: Logger = { info() {}, warn() {}, error() {} };

/** The two things the guard uses of a WebContents. */
class FakeContents extends EventEmitter {
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  webRtcIpPolicy: string | null = null;
  setWebRTCIPHandlingPolicy(policy: string) {
    this.webRtcIpPolicy = policy;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.openHandler = handler;
  }
  /** Emits as Electron 45 does: the details on the event, the old positional arguments after it. */
  attempt(event: string, url?: string, isMainFrame = true) {
    let prevented = false;
    this.emit(
      event,
      { url, isMainFrame, preventDefault: () => (prevented = true) },
      url,
      false,
      isMainFrame,
    );
    return prevented;
  }
}

function guarded() {
  const contents = new FakeContents();
  guardWebContents(contents as never, 'app://sprechstunde', quiet);
  return contents;
}

describe('web contents guard', () => {
  it('denies every new window', () => {
    expect(guarded().openHandler?.({ url: 'https://meet.example.org/' })).toEqual({
      action: 'deny',
    });
  });

  it("offers a new window's link to the external opener instead", () => {
    const contents = new FakeContents();
    const offered: string[] = [];
    guardWebContents(contents as never, 'app://sprechstunde', quiet, (url) => {
      offered.push(url);
      return Promise.resolve(false);
    });
    expect(contents.openHandler?.({ url: 'https://jitsi.org/' })).toEqual({ action: 'deny' });
    expect(offered).toEqual(['https://jitsi.org/']);
  });

  it('keeps navigation and redirects on the app', () => {
    const contents = guarded();
    expect(contents.attempt('will-navigate', 'app://sprechstunde/index.html')).toBe(false);
    for (const url of [
      'https://evil.test/',
      'file:///etc/passwd',
      'app://evil/',
      'javascript:alert(1)',
    ]) {
      expect(contents.attempt('will-navigate', url), url).toBe(true);
      expect(contents.attempt('will-redirect', url), url).toBe(true);
    }
  });

  it("lets a frame's navigation and redirects through to the network guard", () => {
    const contents = guarded();
    // An authentication proxy in front of the Jitsi server redirects the room page.
    expect(
      contents.attempt('will-redirect', 'https://meet.example.org/oauth2/start?rd=%2Froom', false),
    ).toBe(false);
    expect(contents.attempt('will-redirect', 'https://evil.test/', true)).toBe(true);
  });

  it('logs a preload that failed to run', () => {
    const errors: string[] = [];
    const contents = new FakeContents();
    guardWebContents(contents as never, 'app://sprechstunde', {
      ...quiet,
      error: (m) => errors.push(m),
    });
    contents.emit('preload-error', {}, '/app/out/preload/index.cjs', new Error('module not found'));
    expect(errors).toEqual(['a preload failed']);
  });

  it('lets WebRTC offer no local address, in every window', () => {
    expect(guarded().webRtcIpPolicy).toBe('default_public_interface_only');
  });

  it('refuses to attach a webview', () => {
    expect(guarded().attempt('will-attach-webview')).toBe(true);
  });
});

describe('main window', () => {
  it('is isolated, sandboxed and without Node', () => {
    const { webPreferences } = mainWindowOptions({
      preload: '/p.cjs',
      devTools: false,
      title: 'S',
    });
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
  });

  it('spell-checks nothing: what a counsellor types about a client stays in the page', () => {
    const options = mainWindowOptions({ preload: '/p.cjs', devTools: false, title: 'S' });
    expect(options.webPreferences?.spellcheck).toBe(false);
  });
});
