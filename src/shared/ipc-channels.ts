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
  'calendar:preview',
  'calendar:import',
  'links:take',
] as const;

/**
 * What the meeting window may ask for, and nothing else: it runs the Jitsi
 * server's own script, which must never reach the appointment list.
 */
export const meetingChannels = [
  'meeting:spec',
  'meeting:report',
  'meeting:leave',
  'meeting:stage',
] as const;

/**
 * What the kiosk's start page may ask for (kiosk mode, issue 17). In kiosk
 * mode these and the meeting's are the only channels the router answers: the
 * counsellor's list, settings, tokens and invitations are refused there.
 */
export const kioskChannels = [
  'kiosk:state',
  'kiosk:join',
  'kiosk:activity',
  'kiosk:done',
  'kiosk:exit',
] as const;

export const channels = [...mainChannels, ...meetingChannels, ...kioskChannels] as const;

export type MainChannel = (typeof mainChannels)[number];
export type MeetingChannel = (typeof meetingChannels)[number];
export type KioskChannel = (typeof kioskChannels)[number];
export type Channel = MainChannel | MeetingChannel | KioskChannel;

const meetingOnly = new Set<string>(meetingChannels);
const kioskOnly = new Set<string>(kioskChannels);

/** Which window a channel belongs to; the router refuses it from any other. */
export function windowOf(channel: Channel): 'main' | 'meeting' | 'kiosk' {
  if (meetingOnly.has(channel)) return 'meeting';
  return kioskOnly.has(channel) ? 'kiosk' : 'main';
}
