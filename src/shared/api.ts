import { localDay } from './appointment-views';
import type { Channel, MainChannel, MeetingChannel } from './ipc-channels';
import type { IpcContract, ReplyOf, RequestOf } from './ipc-contract';
import type { Result } from './result';

type AreaOf<C> = C extends `${infer Area}:${string}` ? Area : never;
type MethodOf<C, Area extends string> = C extends `${Area}:${infer Method}` ? Method : never;

type Call<C extends Channel> =
  RequestOf<C> extends undefined
    ? () => Promise<Result<ReplyOf<C>>>
    : (request: RequestOf<C>) => Promise<Result<ReplyOf<C>>>;

/** The API over some channels, derived from the contract: `area:method` → `api.area.method()`. */
export type ApiOf<C extends Channel> = {
  [Area in AreaOf<C>]: {
    [Method in MethodOf<C, Area>]: Call<`${Area}:${Method}` & keyof IpcContract>;
  };
};

/** What the main window sees as `window.sprechstunde`. */
export type SprechstundeApi = ApiOf<MainChannel>;
/** What the meeting window sees as `window.sprechstunde`: its own channels only. */
export type MeetingApi = ApiOf<MeetingChannel>;

export type Invoke = (channel: Channel, request: unknown) => Promise<unknown>;

/** Builds the API object for `channels`; `invoke` is the only transport. */
export function createApi<C extends Channel>(channels: readonly C[], invoke: Invoke): ApiOf<C> {
  const api: Record<string, Record<string, (request?: unknown) => Promise<unknown>>> = {};
  for (const channel of channels) {
    const [area, method] = channel.split(':') as [string, string];
    api[area] ??= {};
    api[area][method] = (request?: unknown) => invoke(channel, request);
  }
  return api as unknown as ApiOf<C>;
}

export type FirstScreenReply = ReturnType<SprechstundeApi['app']['firstScreen']>;

/**
 * Asks main for everything the first screen shows (settings, notices, today's
 * appointments). The preload calls it as soon as it runs, so main answers
 * while the page's scripts still load.
 */
export function requestFirstScreen(api: SprechstundeApi, now = new Date()): FirstScreenReply {
  return api.app.firstScreen({ day: localDay(now) });
}
