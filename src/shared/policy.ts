/**
 * The organisation's policy: every key IT can set, in one table. Everything
 * else is derived from it — the readers (which registry type a key has), the
 * validation, the locks in the settings, the ADMX/ADML, .mobileconfig, JSON
 * Schema and example templates, and README's reference. VS Code keeps its
 * policies the same way (src/vs/base/common/policy.ts and the build step that
 * writes its ADMX from them); Chrome's policy_templates.json is the model for
 * one table with descriptions beside the schemas.
 */
import { z } from 'zod';
import { accessModes, DEFAULT_ACCESS } from './access';
import { e2eeSettings } from './e2ee';
import { languagePreferences } from './language';
import {
  defaultUserSettings,
  MAX_RETENTION_DAYS,
  MIN_RETENTION_DAYS,
  serverUrlSchema,
  userSettingsSchema,
  type UserSettings,
} from './settings';

/**
 * How a key is stored where IT writes it. In the registry (as Chrome and an
 * ADMX `<list>` do it): `string` is REG_SZ, `boolean` and `number` are
 * REG_DWORD, and a `list` is a subkey named after the key with values `1`,
 * `2`, … In a plist and in policy.json each is the native type.
 */
export type PolicyKind = 'string' | 'boolean' | 'number' | 'list';

export interface PolicySpec {
  kind: PolicyKind;
  schema: z.ZodType;
  /** The counsellor's setting this key sets and locks; absent for keys only IT sets. */
  setting?: keyof UserSettings;
  /**
   * An invalid value keeps the network closed: nothing but the app's own bundle
   * loads until IT fixes it (a wrong server or pin must never fall back to the
   * counsellor's own, and a relay rule never to direct connections).
   */
  network?: boolean;
  /** `restart`: a change is applied at the next start (the user is told). */
  applies: 'live' | 'restart';
  /** The value without policy, as the templates document it. */
  default: unknown;
  /** A value for the example policy and templates. */
  example: unknown;
  /** For the ADMX number editor: the allowed range. */
  range?: { min: number; max: number };
  /** For strings with a fixed set of values: the ADMX enum's choices. */
  choices?: readonly string[];
  description: { de: string; en: string };
}

const MIN_IDLE_MINUTES = 1;
const MAX_IDLE_MINUTES = 240;
export const DEFAULT_KIOSK_IDLE_MINUTES = 10;

const retentionDays = userSettingsSchema.shape.retentionDays;

/**
 * The scrypt hash of the kiosk's exit PIN, with its parameters and salt:
 * `scrypt$N$r$p$<salt, base64>$<key, base64>` (npm run kiosk:pin-hash). N is
 * a power of two of at least 2^14, as OWASP asks for scrypt.
 */
export const kioskPinHashSchema = z
  .string()
  .regex(/^scrypt\$\d{5,8}\$\d{1,2}\$\d{1,2}\$[A-Za-z0-9+/]{22,88}={0,2}\$[A-Za-z0-9+/]{43}=$/, {
    error: 'policy.problem.pinHash',
  })
  .refine(
    (hash) => {
      const [, n = 0, r = 0, p = 0] = hash.split('$').map(Number);
      return n >= 2 ** 14 && n <= 2 ** 20 && (n & (n - 1)) === 0 && r >= 1 && p >= 1;
    },
    { error: 'policy.problem.pinHash' },
  );

const httpsUrl = z.url({ protocol: /^https$/, error: 'policy.problem.httpsUrl' }).max(2048);

export const policyTable = {
  ServerUrl: {
    kind: 'string',
    schema: serverUrlSchema,
    setting: 'serverUrl',
    network: true,
    applies: 'live',
    default: null,
    example: 'https://meet.beratung.example.org',
    description: {
      de: 'Der Jitsi-Meet-Server der Organisation (nur https). Alle Verbindungen sind an ihn gebunden.',
      en: "The organisation's Jitsi Meet server (https only). Every connection is pinned to it.",
    },
  },
  ExtraOrigins: {
    kind: 'list',
    schema: userSettingsSchema.shape.extraOrigins,
    setting: 'extraOrigins',
    network: true,
    applies: 'live',
    default: [],
    example: ['wss://xmpp.beratung.example.org'],
    description: {
      de: 'Weitere https:/wss:-Ursprünge, die der Server braucht (z. B. ein eigener XMPP-Websocket-Host).',
      en: 'Further https:/wss: origins the server needs (for example a separate XMPP websocket host).',
    },
  },
  IceServers: {
    kind: 'list',
    schema: userSettingsSchema.shape.iceServers,
    setting: 'iceServers',
    network: true,
    applies: 'live',
    default: [],
    example: ['turns:turn.beratung.example.org:443?transport=tcp'],
    description: {
      de: 'Eigene STUN/TURN-Server (stun:, turn:, turns:), höchstens einer je Art. Nie die von Google oder jitsi.net.',
      en: "Own STUN/TURN servers (stun:, turn:, turns:), at most one of each type. Never Google's or jitsi.net's.",
    },
  },
  SpkiPins: {
    kind: 'list',
    schema: userSettingsSchema.shape.spkiPins,
    setting: 'spkiPins',
    network: true,
    applies: 'live',
    default: [],
    example: ['47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='],
    description: {
      de: 'SHA-256-Pins (base64) des öffentlichen Schlüssels (SPKI) des Servers. Mit Pins gilt nur ein Zertifikat mit passendem Schlüssel.',
      en: "SHA-256 pins (base64) of the server's public key (SPKI). With pins, only a certificate with a matching key is accepted.",
    },
  },
  RelayOnly: {
    kind: 'boolean',
    schema: z.boolean({ error: 'policy.problem.boolean' }),
    setting: 'relayOnly',
    network: true,
    applies: 'live',
    default: false,
    example: true,
    description: {
      de: 'Medien nur über den TURN-Server: Niemand erfährt die IP-Adresse der anderen Seite.',
      en: "Media only through the TURN server: nobody learns the other side's IP address.",
    },
  },
  RetentionDays: {
    kind: 'number',
    schema: retentionDays,
    setting: 'retentionDays',
    applies: 'live',
    default: defaultUserSettings.retentionDays,
    example: 14,
    range: { min: MIN_RETENTION_DAYS, max: MAX_RETENTION_DAYS },
    description: {
      de: 'Nach so vielen Tagen nach ihrem Ende wird ein Termin gelöscht (fester Wert).',
      en: 'An appointment is deleted this many days after its end (a fixed value).',
    },
  },
  RetentionMaxDays: {
    kind: 'number',
    schema: retentionDays,
    applies: 'live',
    default: null,
    example: 30,
    range: { min: MIN_RETENTION_DAYS, max: MAX_RETENTION_DAYS },
    description: {
      de: 'Höchstens so viele Tage dürfen Termine aufbewahrt werden; darunter wählt die Beratungskraft selbst.',
      en: 'Appointments may be kept at most this many days; below that the counsellor chooses.',
    },
  },
  Language: {
    kind: 'string',
    schema: z.enum(languagePreferences, { error: 'policy.problem.choice' }),
    setting: 'language',
    applies: 'live',
    default: defaultUserSettings.language,
    example: 'de',
    choices: languagePreferences,
    description: {
      de: 'Sprache der App: system (wie das Betriebssystem), de oder en.',
      en: 'Language of the app: system (as the operating system), de or en.',
    },
  },
  AllowGuestJoin: {
    kind: 'boolean',
    schema: z.boolean({ error: 'policy.problem.boolean' }),
    applies: 'live',
    default: true,
    example: false,
    description: {
      de: 'Darf eine Beratungskraft ohne persönlichen Schlüssel (JWT) als Gast beitreten?',
      en: 'May a counsellor join as a guest, without a personal token (JWT)?',
    },
  },
  DefaultAccess: {
    kind: 'string',
    schema: z.enum(accessModes, { error: 'policy.problem.choice' }),
    setting: 'defaultAccess',
    applies: 'live',
    default: DEFAULT_ACCESS,
    example: 'knock',
    choices: accessModes,
    description: {
      de: 'Zugang neuer Termine: password (Link und Passwort), knock (alle klopfen an), password-only (ohne Warteraum).',
      en: 'Access of new appointments: password (link and password), knock (everyone knocks), password-only (no lobby).',
    },
  },
  EndToEndEncryption: {
    kind: 'string',
    schema: z.enum(e2eeSettings, { error: 'policy.problem.choice' }),
    setting: 'endToEndEncryption',
    applies: 'live',
    default: defaultUserSettings.endToEndEncryption,
    example: 'auto',
    choices: e2eeSettings,
    description: {
      de: 'Ende-zu-Ende-Verschlüsselung bei Gesprächen zu zweit: auto oder off.',
      en: 'End-to-end encryption in one-to-one consultations: auto or off.',
    },
  },
  UpdateUrl: {
    kind: 'string',
    schema: httpsUrl,
    applies: 'restart',
    default: null,
    example: 'https://updates.beratung.example.org/sprechstunde/',
    description: {
      de: 'Updates nur von diesem https-Ordner auf dem eigenen Server (latest.yml). Ohne Wert: keine Updates.',
      en: "Updates only from this https folder on the organisation's own server (latest.yml). Without a value: no updates.",
    },
  },
  // Jitsi Meet's config.js `dialInNumbersUrl` / `dialInConfCodeUrl`: the same services,
  // asked the same way (src/shared/dial-in.ts). Their origin must be the server or an ExtraOrigin.
  DialInNumbersUrl: {
    kind: 'string',
    schema: httpsUrl,
    setting: 'dialInNumbersUrl',
    applies: 'live',
    default: null,
    example: 'https://meet.beratung.example.org/dialin/phoneNumberList',
    description: {
      de: 'Dienst mit den Einwahlnummern (wie dialInNumbersUrl in Jitsis config.js). Nur mit DialInConfCodeUrl: Dann nennt die Einladung Nummern und Konferenz-Code.',
      en: "Service listing the dial-in numbers (as dialInNumbersUrl in Jitsi's config.js). Only together with DialInConfCodeUrl: the invitation then gives the numbers and the conference code.",
    },
  },
  DialInConfCodeUrl: {
    kind: 'string',
    schema: httpsUrl,
    setting: 'dialInConfCodeUrl',
    applies: 'live',
    default: null,
    example: 'https://meet.beratung.example.org/dialin/conferenceMapper',
    description: {
      de: 'Dienst, der den Konferenz-Code eines Raums nennt (wie dialInConfCodeUrl in Jitsis config.js). Nur mit DialInNumbersUrl.',
      en: "Service giving a room's conference code (as dialInConfCodeUrl in Jitsi's config.js). Only together with DialInNumbersUrl.",
    },
  },
  KioskMode: {
    kind: 'boolean',
    schema: z.boolean({ error: 'policy.problem.boolean' }),
    applies: 'restart',
    default: false,
    example: false,
    description: {
      de: 'Gesperrtes Terminal für Klientinnen und Klienten: nur Beitritt als Gast, nach jeder Sitzung wird alles gelöscht.',
      en: 'Locked terminal for clients: guest join only, everything is wiped after each session.',
    },
  },
  KioskExitPinHash: {
    kind: 'string',
    schema: kioskPinHashSchema,
    applies: 'live',
    default: null,
    // The hash of the PIN 2468: an example only, never to be rolled out.
    example:
      'scrypt$32768$8$1$c3ByZWNoc3R1bmRlLWV4YW1wbGU=$Z2yEik4ME/ZlbxaRWeyiXsXQW4yiggzq0byO7n8jCcw=',
    description: {
      de: 'scrypt-Hash der PIN, mit der Fachkräfte den Kiosk verlassen (npm run kiosk:pin-hash).',
      en: 'scrypt hash of the PIN with which staff leave the kiosk (npm run kiosk:pin-hash).',
    },
  },
  KioskIdleMinutes: {
    kind: 'number',
    schema: z
      .number({ error: 'policy.problem.number' })
      .int({ error: 'policy.problem.number' })
      .min(MIN_IDLE_MINUTES, { error: 'policy.problem.number' })
      .max(MAX_IDLE_MINUTES, { error: 'policy.problem.number' }),
    applies: 'live',
    default: DEFAULT_KIOSK_IDLE_MINUTES,
    example: 10,
    range: { min: MIN_IDLE_MINUTES, max: MAX_IDLE_MINUTES },
    description: {
      de: 'Nach so vielen Minuten ohne Eingabe setzt sich der Kiosk zurück.',
      en: 'The kiosk resets after this many minutes without input.',
    },
  },
} as const satisfies Record<string, PolicySpec>;

export type PolicyKey = keyof typeof policyTable;
export const policyKeys = Object.keys(policyTable) as PolicyKey[];

export function isPolicyKey(name: string): name is PolicyKey {
  return Object.hasOwn(policyTable, name);
}

/** Where IT's policy lives on Windows (under HKLM and HKCU), as Chrome's does. */
export const POLICY_REGISTRY_PATH = 'SOFTWARE\\Policies\\Sprechstunde';
/** The bundle id macOS keeps managed preferences under (electron-builder.yml `appId`). */
export const POLICY_BUNDLE_ID = 'de.sprechstunde.desktop';
