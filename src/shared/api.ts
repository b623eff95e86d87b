import { channels, type Channel } from './ipc-channels';
import type { IpcContract, ReplyOf, RequestOf } from './ipc-contract';
import type { Result } from './result';

type AreaOf<C> = C extends `${infer Area}:${string}` ? Area : never;
type MethodOf<C, Area extends string> = C extends `${Area}:${infer Method}` ? Method : never;

type Call<C extends Channel> =
  RequestOf<C> extends undefined
    ? () => Promise<Result<ReplyOf<C>>>
    : (request: RequestOf<C>) => Promise<Result<ReplyOf<C>>>;

/** What the renderer sees as `window.sprechstunde`, derived from the contract. */
export type SprechstundeApi = {
  [Area in AreaOf<Channel>]: {
    [Method in MethodOf<Channel, Area>]: Call<`${Area}:${Method}` & keyof IpcContract>;
  };
};

export type Invoke = (channel: Channel, request: unknown) => Promise<unknown>;

/** Builds the API object from the contract; `invoke` is the only transport. */
export function createApi(invoke: Invoke): SprechstundeApi {
  const api: Record<string, Record<string, (request?: unknown) => Promise<unknown>>> = {};
  for (const channel of channels) {
    const [area, method] = channel.split(':') as [string, string];
    api[area] ??= {};
    api[area][method] = (request?: unknown) => invoke(channel, request);
  }
  return api as unknown as SprechstundeApi;
}
