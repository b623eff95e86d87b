import type { MeetingSpec } from '../../shared/ipc-contract';
import type { JitsiCommand } from '../../shared/meeting-state';

/** What the app uses of the Jitsi server's `JitsiMeetExternalAPI`. */
export interface JitsiExternalApi {
  addListener(event: string, listener: (payload: unknown) => void): void;
  executeCommand(name: string, ...args: unknown[]): void;
  getIFrame(): HTMLIFrameElement;
  dispose(): void;
}

type ExternalApiConstructor = new (domain: string, options: object) => JitsiExternalApi;

declare global {
  interface Window {
    JitsiMeetExternalAPI?: ExternalApiConstructor;
  }
}

let loading: Promise<ExternalApiConstructor> | null = null;

/**
 * Loads the configured server's own `external_api.js` (the IFrame API of the
 * Jitsi version it runs), once. The CSP lets the meeting page load it from
 * there only. The page starts it early, so joining does not wait for it.
 */
export function loadExternalApi(serverOrigin: string): Promise<ExternalApiConstructor> {
  loading ??= load(serverOrigin);
  // A failed load may be tried again (the server may be back).
  loading.catch(() => (loading = null));
  return loading;
}

/**
 * How long the script may take. A server that takes the connection and never
 * answers would otherwise leave the counsellor (or a kiosk's client) looking
 * at an empty stage: Chromium gives a stalled response no deadline of its own.
 */
export const EXTERNAL_API_TIMEOUT_MS = 30_000;

function load(serverOrigin: string): Promise<ExternalApiConstructor> {
  if (window.JitsiMeetExternalAPI) return Promise.resolve(window.JitsiMeetExternalAPI);
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    // A script that comes after all still defines the API: the next try takes it.
    const timer = setTimeout(
      () => reject(new Error('external_api.js did not load in time')),
      EXTERNAL_API_TIMEOUT_MS,
    );
    script.src = `${serverOrigin}/external_api.js`;
    script.async = true;
    script.addEventListener('load', () => {
      clearTimeout(timer);
      if (window.JitsiMeetExternalAPI) resolve(window.JitsiMeetExternalAPI);
      else reject(new Error('external_api.js defined no JitsiMeetExternalAPI'));
    });
    script.addEventListener('error', () => {
      clearTimeout(timer);
      reject(new Error('external_api.js did not load'));
    });
    document.head.append(script);
  });
}

/**
 * The IFrame API's `devices` option: device labels, which jitsi-meet looks up
 * in its own device list (base/devices `configureInitialDevices`, `setDevice`).
 */
export interface JitsiDevices {
  audioInput?: string;
  audioOutput?: string;
  videoInput?: string;
}

/**
 * The IFrame API's options for one consultation: hardened config, token, name,
 * language, and the devices chosen in the equipment check.
 */
export function externalApiOptions(
  spec: MeetingSpec,
  parentNode: HTMLElement,
  devices: JitsiDevices = {},
): object {
  return {
    roomName: spec.roomName,
    parentNode,
    width: '100%',
    height: '100%',
    lang: spec.language,
    userInfo: { displayName: spec.displayName },
    configOverwrite: spec.configOverwrite,
    interfaceConfigOverwrite: spec.interfaceConfigOverwrite,
    ...(spec.jwt ? { jwt: spec.jwt } : {}),
    ...(spec.iceServers ? { iceServers: spec.iceServers } : {}),
    ...(Object.keys(devices).length > 0 ? { devices } : {}),
  };
}

export function execute(api: JitsiExternalApi, command: JitsiCommand): void {
  api.executeCommand(command.name, ...command.args);
}
