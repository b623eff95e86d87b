import { z } from 'zod';
import { accessModes, DEFAULT_ACCESS } from './access';
import { e2eeSettings } from './e2ee';
import { languagePreferences } from './language';
import { normaliseOrigin } from './network-policy';

export {
  languagePreferences,
  languages,
  resolveLanguage,
  type Language,
  type LanguagePreference,
} from './language';

const MAX_ORIGIN_LENGTH = 2048;

/**
 * An origin as the network policy compares it: `scheme://host[:port]`, nothing
 * else. The limit holds for the stored form too: a host typed in Unicode is
 * kept in punycode, up to three times as long, and the next start would refuse it.
 */
function originSchema(schemes: readonly string[], message: string) {
  return z
    .string({ error: message })
    .max(MAX_ORIGIN_LENGTH, { error: message })
    .transform((value, context) => {
      try {
        const origin = normaliseOrigin(value, schemes);
        if (origin.length <= MAX_ORIGIN_LENGTH) return origin;
      } catch {
        // Refused below, with the field's own message.
      }
      context.issues.push({ code: 'custom', message, input: value });
      return z.NEVER;
    });
}

/** The Jitsi server: https only, stored as its origin (`https://meet.example.org`). */
export const serverUrlSchema = originSchema(['https:'], 'validation.serverUrl.invalid');

/** A STUN or TURN server of the organisation, e.g. `turns:turn.example.org:443?transport=tcp`. */
export const iceServerSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^(?:stun:|turns?:)(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?(?:\?transport=(?:udp|tcp))?$/,
    { error: 'validation.iceServers.invalid' },
  );

/** base64 of the SHA-256 of a certificate's SubjectPublicKeyInfo (44 characters). */
export const spkiPinSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9+/]{43}=$/, { error: 'validation.spkiPins.invalid' });

/**
 * An https address of a service on the organisation's side (dial-in), kept as
 * the WHATWG parser writes it. Only https, and no user name or password in it.
 */
function httpsUrlSchema(message: string) {
  return z
    .string({ error: message })
    .trim()
    .max(MAX_ORIGIN_LENGTH, { error: message })
    .transform((value, context) => {
      if (URL.canParse(value)) {
        const url = new URL(value);
        if (url.protocol === 'https:' && url.username === '' && url.password === '') {
          return url.href;
        }
      }
      context.issues.push({ code: 'custom', message, input: value });
      return z.NEVER;
    });
}

export const MAX_LIST_ENTRIES = 20;

export const MIN_RETENTION_DAYS = 1;
export const MAX_RETENTION_DAYS = 3650;

export const userSettingsSchema = z.object({
  language: z.enum(languagePreferences),
  serverUrl: serverUrlSchema.nullable(),
  /** Further https:/wss: origins the deployment needs (exact scheme, host and port). */
  extraOrigins: z
    .array(originSchema(['https:', 'wss:'], 'validation.extraOrigins.invalid'))
    .max(MAX_LIST_ENTRIES, { error: 'validation.list.tooLong' }),
  /** STUN/TURN servers handed to Jitsi, one per type; never Google's or jitsi.net's defaults. */
  iceServers: z
    .array(iceServerSchema)
    .refine(
      (servers) =>
        new Set(servers.map((url) => url.slice(0, url.indexOf(':')))).size === servers.length,
      { error: 'validation.iceServers.onePerType' },
    ),
  /** Optional SPKI SHA-256 pins: the server is accepted only with a matching key. */
  spkiPins: z.array(spkiPinSchema).max(MAX_LIST_ENTRIES, { error: 'validation.list.tooLong' }),
  /** Media only through the TURN relay, so participants never see each other's IP address. */
  relayOnly: z.boolean(),
  /**
   * The organisation's dial-in services (Jitsi config.js dialInNumbersUrl and
   * dialInConfCodeUrl): with both, an invitation gives the phone numbers and the
   * room's conference code. Policy DialInNumbersUrl / DialInConfCodeUrl lock them.
   */
  dialInNumbersUrl: httpsUrlSchema('validation.dialInUrl.invalid').nullable(),
  dialInConfCodeUrl: httpsUrlSchema('validation.dialInUrl.invalid').nullable(),
  /** The counsellor's name as clients see it in the meeting; empty: the token's name. */
  displayName: z
    .string({ error: 'validation.displayName.tooLong' })
    .trim()
    .max(80, { error: 'validation.displayName.tooLong' }),
  /** The access choice new appointments start with (the organisation's default). */
  defaultAccess: z.enum(accessModes, { error: 'validation.access.invalid' }),
  /** End-to-end encryption when the counsellor and one other person are in the room. */
  endToEndEncryption: z.enum(e2eeSettings, { error: 'validation.endToEndEncryption.invalid' }),
  /** Days after its end that a past appointment is deleted. */
  retentionDays: z
    .number({ error: 'validation.retentionDays.invalid' })
    .int({ error: 'validation.retentionDays.invalid' })
    .min(MIN_RETENTION_DAYS, { error: 'validation.retentionDays.invalid' })
    .max(MAX_RETENTION_DAYS, { error: 'validation.retentionDays.invalid' }),
});
export type UserSettings = z.output<typeof userSettingsSchema>;

export const defaultUserSettings: UserSettings = {
  language: 'system',
  serverUrl: null,
  extraOrigins: [],
  iceServers: [],
  spkiPins: [],
  relayOnly: false,
  dialInNumbersUrl: null,
  dialInConfCodeUrl: null,
  displayName: '',
  defaultAccess: DEFAULT_ACCESS,
  endToEndEncryption: 'auto',
  retentionDays: 30,
};

/**
 * A change names only what it changes. zod keeps a key given as `undefined`
 * in a partial object; spread into the settings it would replace a value
 * with nothing (the network decision, TLS pins, ICE servers and retention
 * all then failed), so such keys are dropped here, at the contract.
 */
export const settingsChangeSchema = userSettingsSchema
  .partial()
  .transform(
    (change) =>
      Object.fromEntries(
        Object.entries(change).filter(([, value]) => value !== undefined),
      ) as typeof change,
  );
export type SettingsChange = z.infer<typeof settingsChangeSchema>;
