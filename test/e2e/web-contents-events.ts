import { EventEmitter } from 'node:events';
import type { Page, Request as PlaywrightRequest } from 'playwright-core';

/**
 * One window's web contents as the app's guards see it (src/main/index.ts puts
 * `guardWebContents` on every web contents): the harness emits the events
 * Electron would emit, with the same arguments, and obeys `preventDefault`.
 *
 * When Electron emits what (shell/browser/electron_navigation_throttle.cc):
 * - `will-navigate`: a navigation the page started (not `loadURL`), main frame only;
 * - `will-frame-navigate`: a navigation the page started, in any frame;
 * - `will-redirect`: each server redirect of a navigation, in any frame, also
 *   of one `loadURL` started.
 * `preload-error` (path, error) when a preload throws (lib/sandboxed_renderer/init.ts).
 *
 * Simplified: "started by the page" is every document request except the one
 * the harness loads itself; same-document navigations never reach the network
 * and are not emitted (as in Electron). `setWebRTCIPHandlingPolicy` (Electron's
 * WebContents method, shell/browser/api/electron_api_web_contents.cc) is recorded,
 * not applied: Playwright cannot set Chromium's WebRTC IP policy per page, so
 * which addresses a page offers is not tested here (test/electron's job).
 */
export class WindowContents extends EventEmitter {
  private loading: string | null = null;

  /**
   * The WebRTC IP handling policy the guards set. Recorded only: Playwright has no
   * per-page equivalent of Electron's `setWebRTCIPHandlingPolicy`.
   */
  webRtcIpPolicy: string | null = null;

  setWebRTCIPHandlingPolicy(policy: string): void {
    this.webRtcIpPolicy = policy;
  }

  setWindowOpenHandler(): void {
    // New windows: Chromium's popups are not part of these tests' windows.
  }

  /** `webContents.loadURL`: no `will-navigate` for it, only for its redirects. */
  async loadURL(page: Page, url: string): Promise<void> {
    this.loading = url;
    await page.goto(url);
  }

  /** Emits the start of a navigation; false if a listener prevented it. */
  navigationStarts(request: PlaywrightRequest): boolean {
    const isMainFrame = request.frame().parentFrame() === null;
    if (isMainFrame && request.url() === this.loading) {
      this.loading = null;
      return true;
    }
    const details = { url: request.url(), isMainFrame, isSameDocument: false };
    if (isMainFrame && this.emitPreventable('will-navigate', details)) return false;
    return !this.emitPreventable('will-frame-navigate', details);
  }

  /** Emits one redirect hop of a navigation; false if a listener prevented it. */
  redirects(request: PlaywrightRequest, to: string): boolean {
    const isMainFrame = request.frame().parentFrame() === null;
    return !this.emitPreventable('will-redirect', { url: to, isMainFrame, isSameDocument: false });
  }

  /** Forwards what Electron's sandboxed preload loader reports, as `preload-error`. */
  watchPreloadErrors(page: Page): void {
    let failedPath: string | null = null;
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      const path = /^Unable to load preload script: (.*)$/.exec(text)?.[1];
      if (path) {
        failedPath = path;
        return;
      }
      if (failedPath !== null) {
        this.emit('preload-error', {}, failedPath, new Error(text));
        failedPath = null;
      }
    });
  }

  private emitPreventable(name: string, details: object): boolean {
    let prevented = false;
    const event = { ...details, preventDefault: () => (prevented = true) };
    const { url, isMainFrame } = details as { url: string; isMainFrame: boolean };
    // Electron 45 passes the details as the event and the old positional arguments after it.
    this.emit(name, event, url, false, isMainFrame);
    return prevented;
  }
}
