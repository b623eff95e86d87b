/**
 * The channel names alone, free of zod, so the sandboxed preload stays a few
 * lines. `ipc-contract.ts` checks at compile time that it has exactly these.
 */
export const channels = [
  'appointments:query',
  'appointments:get',
  'appointments:create',
  'appointments:update',
  'appointments:setStatus',
  'appointments:delete',
  'app:firstScreen',
  'store:startEmpty',
  'store:retry',
  'settings:update',
  'token:status',
  'token:save',
  'token:delete',
  'server:status',
  'consultation:start',
  'consultation:report',
  'consultation:end',
  'invitation:get',
  'invitation:saveIcs',
  'clipboard:writeText',
] as const;

export type Channel = (typeof channels)[number];
