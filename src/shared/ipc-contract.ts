import { z } from 'zod';
import { accessModes } from './access';
import { e2eeSettings } from './e2ee';
import {
  appointmentDraftSchema,
  appointmentIdSchema,
  appointmentSchema,
  appointmentStatuses,
  privacyReportSchema,
} from './appointment';
import { appointmentViews } from './appointment-views';
import {
  DEFAULT_WINDOW_WEEKS,
  MAX_ICS_BYTES,
  MAX_WINDOW_WEEKS,
  previewReplySchema,
} from './calendar-import';
import type { Channel } from './ipc-channels';
import { roomNamePattern } from './appointment';
import { roomPasswordPattern } from './room-password';
import { deepLinkRefusals, MAX_QUEUED_LINKS } from './deep-link';
import { policyKeys, type PolicyKey } from './policy';
import { languages, settingsChangeSchema, userSettingsSchema } from './settings';

const invitationRequestSchema = z.object({
  id: appointmentIdSchema,
  /** The client's language, which may differ from the counsellor's. */
  language: z.enum(languages),
});

export { channels, type Channel } from './ipc-channels';

/** A file the app could not use, moved aside (never deleted). */
const movedAsideNoticeSchema = z.object({
  kind: z.literal('store-moved-aside'),
  file: z.enum(['appointments', 'settings', 'log']),
  reason: z.enum([
    'corrupt',
    'newer-version',
    'unreadable',
    'undecryptable',
    'key-missing',
    'key-invalid',
    'unmigrated',
    // A symlink where the app keeps a file: the app does not write through it.
    'symlink',
    // Larger than any file the app writes: not read at all.
    'too-large',
  ]),
  movedTo: z.string(),
});
export type MovedAsideNotice = z.infer<typeof movedAsideNoticeSchema>;

/** Why an update was not installed: each leaves the app as it was. */
export const updateFailureReasons = [
  /** The update server did not answer, or answered with an HTTP error. */
  'unreachable',
  /** latest.yml is missing, cannot be parsed, or names no file, checksum or valid version. */
  'invalid-update-info',
  /** The downloaded file's sha512 is not the one latest.yml names. */
  'checksum-mismatch',
  /** The downloaded installer is not signed by the publisher the app was signed by. */
  'signature-invalid',
  'failed',
] as const;

/** Something the user must be told about once after start. */
export const startupNoticeSchema = z.discriminatedUnion('kind', [
  movedAsideNoticeSchema,
  // The app runs on without this file: changes are not kept (settings) or not logged.
  z.object({ kind: z.literal('not-saved'), file: z.enum(['settings', 'log']) }),
  // Stored settings the app no longer accepts: which, and where the file as it was is kept.
  z.object({
    kind: z.literal('settings-refused'),
    values: z.array(z.object({ key: z.string(), value: z.string() })),
    keptAt: z.string().nullable(),
  }),
  // An update from the organisation's server that was not installed; nothing changed.
  z.object({ kind: z.literal('update-failed'), reason: z.enum(updateFailureReasons) }),
]);
export type StartupNotice = z.infer<typeof startupNoticeSchema>;
export type UpdateFailedNotice = Extract<StartupNotice, { kind: 'update-failed' }>;

/** Open, or locked because the keychain or the store's key cannot be had. */
/** Why a link opens nothing: the parser's reasons, and the store's. */
export const linkRefusals = [
  ...deepLinkRefusals,
  /** No stored appointment has this id, or (join) this room. */
  'unknown-appointment',
  /** A join link to a cancelled appointment: no consultation starts. */
  'cancelled',
  /** The appointment list is locked (keychain): nothing can be looked up. */
  'store-locked',
  /** More links came at once than the window takes; the oldest were dropped. */
  'too-many',
] as const;

/** What a `sprechstunde://` link does in the main window (links:take). */
export const linkActionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('open'), appointment: appointmentSchema }),
  // The page shows the appointment and asks before anything starts.
  z.strictObject({ kind: z.literal('confirm-join'), appointment: appointmentSchema }),
  z.strictObject({ kind: z.literal('refused'), reason: z.enum(linkRefusals) }),
]);
export type LinkAction = z.infer<typeof linkActionSchema>;

export const storeStateSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('open') }),
  z.object({
    status: z.literal('locked'),
    reason: z.enum(['keychain-unavailable', 'key-missing', 'key-invalid']),
  }),
]);
export type StoreState = z.infer<typeof storeStateSchema>;

const storeChangeSchema = z.object({
  store: storeStateSchema,
  notices: z.array(startupNoticeSchema),
});

// Replies that must not carry more than they say are strict: a handler that
// returns too much (the token, a list row's notes) fails the reply check.
export const tokenStatusSchema = z.discriminatedUnion('stored', [
  // keychainUnavailable: whether a token is stored cannot be known right now.
  z.strictObject({ stored: z.literal(false), keychainUnavailable: z.boolean().optional() }),
  z.strictObject({ stored: z.literal(true), expiresAt: z.iso.datetime().nullable() }),
]);

export const serverStatusSchema = z.object({
  state: z.enum(['not-configured', 'reachable', 'unreachable', 'certificate-refused']),
  /** For `certificate-refused`: the host whose certificate matched no configured pin. */
  host: z.string().optional(),
  checkedAt: z.iso.datetime(),
});
export type ServerStatus = z.infer<typeof serverStatusSchema>;

const policyKeySchema = z.enum(policyKeys as [PolicyKey, ...PolicyKey[]]);

/** What the organisation's policy does to the settings (src/shared/policy.ts). */
export const managedSchema = z.strictObject({
  /** Settings policy sets: read-only, with the policy key and where it was read. */
  locked: z.array(
    z.strictObject({
      setting: userSettingsSchema.keyof(),
      key: policyKeySchema,
      source: z.string(),
    }),
  ),
  /** The longest retention policy allows, when it sets a ceiling. */
  retentionMaxDays: z.number().int().positive().nullable(),
  /** AllowGuestJoin: may the counsellor join without a token. */
  allowGuestJoin: z.boolean(),
  /** An invalid network value in policy: nothing but the app's own bundle loads. */
  networkClosed: z.boolean(),
  /** Keys IT changed while the app runs that apply at the next start. */
  restartNeeded: z.array(policyKeySchema),
  /** Invalid values, unknown keys, unreadable sources: each names key and source. */
  problems: z.array(
    z.strictObject({ key: z.string().nullable(), source: z.string(), problem: z.string() }),
  ),
});

export const settingsViewSchema = z.object({
  /** The effective settings: defaults ⊕ the counsellor's ⊕ policy. */
  settings: userSettingsSchema,
  language: z.enum(languages),
  managed: managedSchema,
});
export type SettingsView = z.infer<typeof settingsViewSchema>;

const none = z.undefined();

export const iceServerReplacementSchema = z.strictObject({
  targetType: z.enum(['stun', 'turn', 'turns']),
  /** The address to use instead of the one the server announces; null removes that type. */
  urls: z.string().nullable(),
});

/**
 * Everything the meeting window needs to open the IFrame API for one
 * consultation, and nothing about the client: no label, title or notes.
 */
export const meetingSpecSchema = z.strictObject({
  serverOrigin: z.url(),
  /** `host[:port]`, as `new JitsiMeetExternalAPI(domain, …)` takes it. */
  domain: z.string().min(1),
  roomName: z.string().regex(roomNamePattern),
  /** The moderator token; null joins as a guest (the counsellor agreed to that). */
  jwt: z.string().nullable(),
  displayName: z.string(),
  language: z.enum(languages),
  /**
   * The room password; null at a kiosk terminal, whose client has only the link:
   * Jitsi's own prompt asks for it, or the client knocks.
   */
  roomPassword: z.string().regex(roomPasswordPattern).nullable(),
  /** `kiosk`: a client at a shared terminal: only mute, camera, leave and help. */
  mode: z.enum(['counsellor', 'kiosk']),
  access: z.enum(accessModes),
  /** `auto`: end-to-end encryption when the counsellor is with one other person. */
  e2ee: z.enum(e2eeSettings),
  configOverwrite: z.record(z.string(), z.unknown()),
  interfaceConfigOverwrite: z.record(z.string(), z.unknown()),
  iceServers: z.strictObject({ replace: z.array(iceServerReplacementSchema) }).optional(),
  start: z.iso.datetime({ offset: true }),
  durationMinutes: z.number().int().positive(),
});
export type MeetingSpec = z.infer<typeof meetingSpecSchema>;

/**
 * Where a meeting window's page is: its equipment check, the conference, or a
 * conference that could not start (the server's script did not come).
 */
export const meetingStages = ['check', 'conference', 'failed'] as const;
export type MeetingStage = (typeof meetingStages)[number];

/** Longer than any invitation text a client might paste. */
export const MAX_KIOSK_INPUT = 20_000;

/**
 * What the kiosk's start page shows: ready, out of order for staff (no valid
 * ServerUrl in policy), or the server not reachable (the page retries).
 */
export const kioskStateSchema = z.strictObject({
  status: z.enum(['ready', 'out-of-order', 'server-unreachable']),
  /** The centre's languages, the first the start page's own. */
  languages: z.array(z.enum(languages)).min(1),
  idleMinutes: z.number().int().positive(),
});
export type KioskState = z.infer<typeof kioskStateSchema>;

/** At most this many rows per query: the list asks for the window it shows. */
export const MAX_PAGE_SIZE = 500;

const epochMs = z.number().int().nonnegative();
const daySchema = z
  .object({ start: epochMs, end: epochMs })
  .refine((day) => day.start < day.end, { error: 'validation.day.invalid' });

export const appointmentQuerySchema = z.object({
  view: z.enum(appointmentViews),
  filter: z.string().max(200),
  day: daySchema,
  offset: z.number().int().nonnegative(),
  limit: z.number().int().min(1).max(MAX_PAGE_SIZE),
  /** An appointment to find: the reply says where it sits in the view (`found`). */
  find: appointmentIdSchema.optional(),
});

export const appointmentSummarySchema = z.strictObject(
  appointmentSchema.pick({
    id: true,
    title: true,
    clientLabel: true,
    start: true,
    durationMinutes: true,
    status: true,
  }).shape,
);

const count = z.number().int().nonnegative();
export const appointmentPageSchema = z.strictObject({
  counts: z.strictObject({ today: count, upcoming: count, past: count }),
  /** How many appointments of this view match the filter. */
  total: count,
  offset: count,
  rows: z.array(appointmentSummarySchema),
  /** With `find`: the appointment's index in the view, or null when it is not in it. */
  found: count.nullable().optional(),
});

/**
 * The one IPC contract: channel → request and reply schema. Main validates every
 * request against it; the preload API and the renderer's types derive from it.
 * Channel names are `<area>:<method>`; the method becomes `api.<area>.<method>()`.
 */
export const ipcContract = {
  'appointments:query': { request: appointmentQuerySchema, reply: appointmentPageSchema },
  'appointments:get': {
    request: z.object({ id: appointmentIdSchema }),
    reply: appointmentSchema,
  },
  'appointments:create': { request: appointmentDraftSchema, reply: appointmentSchema },
  'appointments:update': {
    request: z.object({ id: appointmentIdSchema, draft: appointmentDraftSchema }),
    reply: appointmentSchema,
  },
  'appointments:setStatus': {
    request: z.object({ id: appointmentIdSchema, status: z.enum(appointmentStatuses) }),
    reply: appointmentSchema,
  },
  'appointments:delete': {
    request: z.object({ id: appointmentIdSchema }),
    reply: z.object({ id: appointmentIdSchema }),
  },
  'app:firstScreen': {
    request: z.object({ day: daySchema }),
    reply: z.object({
      settings: settingsViewSchema,
      notices: z.array(startupNoticeSchema),
      store: storeStateSchema,
      token: tokenStatusSchema,
      today: appointmentPageSchema,
    }),
  },
  'store:startEmpty': { request: none, reply: storeChangeSchema },
  'store:retry': { request: none, reply: storeChangeSchema },
  // Asked again while the app runs: policy may change under it.
  'settings:view': { request: none, reply: settingsViewSchema },
  'settings:update': { request: settingsChangeSchema, reply: settingsViewSchema },
  'token:status': { request: none, reply: tokenStatusSchema },
  'token:save': {
    request: z.object({
      token: z
        .string()
        .trim()
        .min(1, { error: 'validation.token.malformed' })
        .max(16_384, { error: 'validation.token.malformed' }),
    }),
    reply: tokenStatusSchema,
  },
  'token:delete': { request: none, reply: tokenStatusSchema },
  'server:status': { request: none, reply: serverStatusSchema },
  // Opens the meeting window and answers when the consultation is over, with
  // the appointment (its privacy report merged in) and this consultation's report.
  'consultation:join': {
    request: z.object({ id: appointmentIdSchema, asGuest: z.boolean() }),
    reply: z.object({ appointment: appointmentSchema, report: privacyReportSchema }),
  },
  'consultation:report': {
    request: none,
    reply: z.object({ id: appointmentIdSchema, report: privacyReportSchema }).nullable(),
  },
  // The client's invitation: link, text, and the room password as its own text.
  'invitation:get': {
    request: invitationRequestSchema,
    // `password` is null when the client knocks: the room password is never handed out.
    // `dialIn`: whether the phone numbers are in it, or the services failed (the text is as without).
    reply: z.object({
      link: z.url(),
      invitation: z.string(),
      password: z.string().nullable(),
      dialIn: z.enum(['not-configured', 'unavailable', 'found']),
    }),
  },
  'invitation:saveIcs': {
    request: invitationRequestSchema,
    reply: z.object({ saved: z.boolean() }),
  },
  'clipboard:writeText': {
    request: z.object({ text: z.string().min(1).max(20_000) }),
    reply: z.object({ copied: z.literal(true) }),
  },
  // Reads an .ics file and answers what importing it would do; writes nothing.
  // The file's bytes travel as base64 (capped at the 10 MB the import takes).
  'calendar:preview': {
    request: z.object({
      file: z.base64().max(Math.ceil(MAX_ICS_BYTES / 3) * 4),
      windowWeeks: z.number().int().min(1).max(MAX_WINDOW_WEEKS).default(DEFAULT_WINDOW_WEEKS),
      takeDescription: z.boolean().default(false),
    }),
    reply: previewReplySchema,
  },
  // Writes the preview main kept under this id, all or nothing; `not-found` once it is gone.
  'calendar:import': {
    request: z.object({ previewId: z.uuid() }),
    reply: z.strictObject({ added: z.number().int().min(0), updated: z.number().int().min(0) }),
  },
  // The sprechstunde:// links that arrived since the last call, each resolved
  // against the store; the page polls, and a join still asks the counsellor.
  'links:take': { request: none, reply: z.array(linkActionSchema).max(MAX_QUEUED_LINKS) },
  // The meeting window's own channels (ipc-channels.ts: `meetingChannels`).
  // Answered once per consultation: a second read (a reload, another script) gets
  // `meeting-spec-already-read`, never the token and room password again.
  'meeting:spec': { request: none, reply: meetingSpecSchema },
  'meeting:report': { request: none, reply: privacyReportSchema },
  'meeting:leave': { request: none, reply: z.object({ left: z.literal(true) }) },
  // Where the page is: the equipment check (sent again on the client's input), the
  // conference, or a conference that could not start. At a kiosk, main counts the
  // idle time except in a conference, so a client who walks away leaves nothing.
  'meeting:stage': {
    request: z.object({ stage: z.enum(meetingStages) }),
    reply: z.object({ noted: z.literal(true) }),
  },
  // The kiosk's start page (kiosk mode only; ipc-channels.ts: `kioskChannels`).
  'kiosk:state': { request: none, reply: kioskStateSchema },
  // Checks the code or link, opens the meeting as a guest, and answers once it is
  // over and everything the session left is wiped. Field issues: `input`, `displayName`.
  'kiosk:join': {
    request: z.object({
      input: z.string().max(MAX_KIOSK_INPUT),
      displayName: z.string().max(MAX_KIOSK_INPUT),
      language: z.enum(languages),
    }),
    reply: z.strictObject({ ended: z.literal(true) }),
  },
  // Input on the start page: the idle countdown starts again.
  'kiosk:activity': { request: none, reply: z.strictObject({ idleMinutes: z.number() }) },
  // The thank-you page is done: main resets the terminal and loads a blank start page.
  'kiosk:done': { request: none, reply: z.strictObject({ reset: z.literal(true) }) },
  // Staff leave kiosk mode with the PIN; wrong PINs wait longer each time.
  'kiosk:exit': {
    request: z.object({ pin: z.string().min(1).max(64) }),
    reply: z.discriminatedUnion('accepted', [
      z.strictObject({ accepted: z.literal(true) }),
      z.strictObject({
        accepted: z.literal(false),
        retryInSeconds: z.number().int().nonnegative(),
      }),
    ]),
  },
  // `satisfies` makes the compiler refuse a channel missing from, or extra to, the name list.
} as const satisfies Record<Channel, { request: z.ZodType; reply: z.ZodType }>;

export type IpcContract = typeof ipcContract;
export type RequestOf<C extends Channel> = z.input<IpcContract[C]['request']>;
export type ParsedRequestOf<C extends Channel> = z.output<IpcContract[C]['request']>;
export type ReplyOf<C extends Channel> = z.output<IpcContract[C]['reply']>;

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(ipcContract, value);
}
