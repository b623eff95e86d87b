// The parts of @jitsi/electron-sdk (v10, no bundled types) this app uses.
// Remote control is left out on purpose: the app never sets it up.

declare module '@jitsi/electron-sdk/main' {
  import type { BrowserWindow } from 'electron';

  interface JitsiElectronSdkMain {
    /** Source picker for getDisplayMedia and the "sharing your screen" indicator. */
    setupScreenSharingMain(window: BrowserWindow, appName: string, osxBundleId?: string): unknown;
    setupPictureInPictureMain(window: BrowserWindow): unknown;
    setupPowerMonitorMain(window: BrowserWindow): unknown;
  }
  const sdk: JitsiElectronSdkMain;
  export default sdk;
}

declare module '@jitsi/electron-sdk/preload' {
  /** Exposes the SDK's validated bridge to the page; once, from a context-isolated preload. */
  export function install(): void;
}

declare module '@jitsi/electron-sdk/renderer' {
  /** Anything with the IFrame API's event methods: the SDK listens and sends commands. */
  type ExternalApi = object;
  export function setupScreenSharingRender(api: ExternalApi): unknown;
  export function setupPictureInPictureRender(api: ExternalApi): unknown;
  export function setupPowerMonitorRender(api: ExternalApi): unknown;
}
