import { z } from 'zod';
import type { Language } from './language';

/**
 * Dial-in as Jitsi Meet does it (react/features/invite/_utils.ts and functions.ts):
 * both services are asked for the room as `conference=<room>@<muc>`, the numbers
 * service (config.js `dialInNumbersUrl`) and the conference-code service
 * (`dialInConfCodeUrl`, which also gets the meeting's `url`). Jitsi offers dial-in
 * only when both are configured and both answer.
 */

/** Numbers shown in the invitation; Jitsi's own shows the default one and links the rest. */
export const MAX_DIAL_IN_NUMBERS = 3;

/**
 * The MUC domain Jitsi names conferences in. Stock config.js sets
 * `hosts.muc: 'conference.' + <domain>`; the app knows the server's host only.
 */
export function mucDomain(serverOrigin: string): string {
  return `conference.${new URL(serverOrigin).hostname}`;
}

/** getDialInNumbers(url, roomName, mucURL): `?conference=` (or `&` when the URL has a query). */
export function dialInNumbersQuery(baseUrl: string, roomName: string, serverOrigin: string) {
  const separator = baseUrl.includes('?') ? '&' : '?';
  return `${baseUrl}${separator}conference=${roomName}@${mucDomain(serverOrigin)}`;
}

/** getDialInConferenceID(baseUrl, roomName, mucURL, url): also the meeting's address without params. */
export function dialInCodeQuery(baseUrl: string, roomName: string, serverOrigin: string) {
  const separator = baseUrl.includes('?') ? '&' : '?';
  const conference = `${roomName}@${mucDomain(serverOrigin)}`;
  return `${baseUrl}${separator}conference=${conference}&url=${serverOrigin}/${roomName}`;
}

/**
 * A phone number as Jitsi's invite dialog accepts one (PHONE_NUMBER_REGEX `^[0-9+()-\s]*$`),
 * plus the dots and slashes of some national formats: nothing else reaches the invitation.
 */
const number = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[0-9+()\-./ ]+$/);
/** A country as the services name it: a code ("de") or a name ("Germany"). */
const country = z.string().regex(/^[\p{L} .'-]{1,40}$/u);

/**
 * The numbers service's two answers, as _getDefaultPhoneNumber reads them: an array
 * of `{countryCode, tollFree, formattedNumber, default?}`, or the deprecated object
 * `{numbersEnabled, numbers: {<country>: [<number>, …]}}`.
 */
export const dialInNumbersReplySchema = z.union([
  z
    .array(
      z.looseObject({
        countryCode: country.optional(),
        tollFree: z.boolean().optional(),
        formattedNumber: number,
        default: z.boolean().optional(),
      }),
    )
    .max(500),
  z.looseObject({
    numbersEnabled: z.boolean().optional(),
    numbers: z.record(country, z.array(number).max(100)),
  }),
]);

/** The conference-code service's answer: Jitsi uses it only with both `conference` and `id`. */
export const dialInCodeReplySchema = z.looseObject({
  conference: z.string().optional(),
  id: z.union([z.string().regex(/^\d{1,20}$/), z.number().int().nonnegative()]).optional(),
  message: z.string().optional(),
});

export interface DialIn {
  /** The numbers to show, the default (Jitsi's `default: true`) first. */
  numbers: string[];
  code: string;
}

/**
 * What the invitation shows, or why there is nothing: as Jitsi, no code or no
 * number means no dial-in at all; `numbersEnabled: false` too.
 */
export function dialInOf(
  numbersReply: z.infer<typeof dialInNumbersReplySchema>,
  codeReply: z.infer<typeof dialInCodeReplySchema>,
): DialIn | null {
  if (!codeReply.conference || codeReply.id === undefined) return null;
  let numbers: string[];
  if (Array.isArray(numbersReply)) {
    const ordered = [
      ...numbersReply.filter((entry) => entry.default),
      ...numbersReply.filter((entry) => !entry.default),
    ];
    numbers = ordered.map(({ formattedNumber, countryCode }) =>
      countryCode ? `${formattedNumber} (${countryCode.toUpperCase()})` : formattedNumber,
    );
  } else {
    if (numbersReply.numbersEnabled === false) return null;
    numbers = Object.entries(numbersReply.numbers).flatMap(([country, list]) =>
      list.map((entry) => `${entry} (${country})`),
    );
  }
  if (numbers.length === 0) return null;
  return { numbers: numbers.slice(0, MAX_DIAL_IN_NUMBERS), code: String(codeReply.id) };
}

/** The invitation's lines for joining by phone; Jitsi ends the code with '#', as it is dialled. */
export function dialInLines(dialIn: DialIn, language: Language): string[] {
  const numbers = dialIn.numbers.join(', ');
  return language === 'de'
    ? [`Sie können auch per Telefon teilnehmen: ${numbers}, Konferenz-Code: ${dialIn.code}#`]
    : [`You can also join by phone: ${numbers}, conference code: ${dialIn.code}#`];
}
