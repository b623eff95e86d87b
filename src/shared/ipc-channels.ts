/**
 * The channel names alone, free of zod, so the sandboxed preloads stay a few
 * lines. `ipc-contract.ts` checks at compile time that it has exactly these.
 */

/** What the app's main window may ask for. */
export const mainChannels = [
  'appointments:query',
  'appointments:get',
  'appointments:create',
  'appointments:update',
  'appointments:setStatus',
  'appointments:delete',
  'app:firstScreen',
  'store:startEmpty',
  'store:retry',
  'settings:view',
  'settings:update',
  'token:status',
  'token:save',
  'token:delete',
  'server:status',
  'consultation:join',
  'consultation:report',
  'invitation:get',
  'invitation:saveIcs',
  'clipboard:writeText',
] as const;

/**
 * What the meeting window may ask for, and nothing else: it runs the Jitsi
 * server's own script, which must never reach the appointment list.
 */
export const meetingChannels = ['meeting:spec', 'meeting:report', 'meeting:leave'] as const;

export const channels = [...mainChannels, ...meetingChannels] as const;

export type MainChannel = (typeof mainChannels)[number];
export type MeetingChannel = (typeof meetingChannels)[number];
export type Channel = MainChannel | MeetingChannel;

const meetingOnly = new Set<string>(meetingChannels);

/** Which window a channel belongs to; the router refuses it from the other one. */
export function windowOf(channel: Channel): 'main' | 'meeting' {
  return meetingOnly.has(channel) ? 'meeting' : 'main';
}
