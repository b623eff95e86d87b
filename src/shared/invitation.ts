import { accessRules, type AccessMode } from './access';
import type { Appointment } from './appointment';
import { dialInLines, type DialIn } from './dial-in';
import { dateLocale, type Language } from './language';

/**
 * What the counsellor sends the client: the link in one message, the room
 * password in another (on another channel). Neither names the client, the
 * appointment's title or notes: a forwarded message gives nothing away.
 * The advice follows the data-protection authorities: the browser first, and
 * if an app, Jitsi Meet from F-Droid rather than the store builds with trackers.
 */
export interface Invitation {
  link: string;
  invitation: string;
  /** Null when the client knocks: the room password is never handed out then. */
  password: string | null;
}

export const F_DROID_JITSI_URL = 'https://f-droid.org/packages/org.jitsi.meet/';

export interface InvitationOptions {
  /** The Jitsi server's origin, e.g. `https://meet.example.org`. */
  serverOrigin: string;
  roomPassword: string;
  language: Language;
  /** For tests; the counsellor's own time zone otherwise. */
  timeZone?: string;
  /** The room's dial-in, where the organisation's server offers it and its services answered. */
  dialIn?: DialIn | null;
}

export function meetingLink(serverOrigin: string, roomName: string): string {
  return `${serverOrigin}/${roomName}`;
}

function when(appointment: Pick<Appointment, 'start'>, language: Language, timeZone?: string) {
  const start = new Date(appointment.start);
  const zone = timeZone ? { timeZone } : {};
  return {
    date: new Intl.DateTimeFormat(dateLocale(language), {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      ...zone,
    }).format(start),
    time: new Intl.DateTimeFormat(dateLocale(language), {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      ...zone,
    }).format(start),
  };
}

/**
 * How the client gets in, as a real server lets them (access.ts): with the
 * password straight in, or by knocking. Never a promise the server won't keep.
 */
const howToEnter: Record<Language, Record<AccessMode, string[]>> = {
  de: {
    password: [
      '- Das Passwort für den Raum bekommen Sie in einer eigenen Nachricht. Geben Sie es ein, wenn danach gefragt wird – auch wenn die Seite Ihnen „Anklopfen“ anbietet, wählen Sie den Beitritt mit Passwort. Dann sind Sie direkt im Raum.',
    ],
    knock: [
      '- Sie brauchen kein Passwort. Nach dem Öffnen klopfen Sie an („Beitritt anfragen“) und warten kurz, bis ich Sie hereinlasse.',
    ],
    'password-only': [
      '- Das Passwort für den Raum bekommen Sie in einer eigenen Nachricht. Geben Sie es ein, wenn danach gefragt wird; dann sind Sie direkt im Raum.',
    ],
  },
  en: {
    password: [
      '- You will receive the password for the room in a separate message. Enter it when you are asked – even if the page offers to knock, choose to join with the password. Then you are in the room straight away.',
    ],
    knock: [
      '- You need no password. After opening the link you knock ("Ask to join") and wait briefly until I let you in.',
    ],
    'password-only': [
      '- You will receive the password for the room in a separate message. Enter it when you are asked; then you are in the room straight away.',
    ],
  },
};

const templates: Record<
  Language,
  (v: {
    date: string;
    time: string;
    minutes: number;
    link: string;
    access: AccessMode;
    /** Joining by phone, right under the link; empty without dial-in. */
    phone: string[];
  }) => string
> = {
  de: ({ date, time, minutes, link, access, phone }) =>
    [
      'Guten Tag,',
      '',
      `für unseren Termin am ${date} um ${time} Uhr (${minutes} Minuten) treffen wir uns per Video. Bitte öffnen Sie zur vereinbarten Zeit diesen Link:`,
      '',
      link,
      '',
      ...(phone.length > 0 ? [...phone, ''] : []),
      'So klappt es am besten:',
      '- Am Computer: Öffnen Sie den Link in einem aktuellen Browser (Chrome, Edge, Firefox oder Safari). Sie brauchen kein Konto und müssen nichts installieren.',
      `- Am Smartphone: Öffnen Sie den Link ebenfalls im Browser. Wenn Sie lieber eine App nutzen, nehmen Sie „Jitsi Meet“ aus F-Droid (${F_DROID_JITSI_URL}); die Versionen aus Google Play und dem App Store enthalten Tracker.`,
      ...howToEnter.de[access],
      '- Wenn möglich: Kopfhörer und ein ruhiger Ort, an dem Sie ungestört sprechen können.',
      '',
      'Bis bald',
    ].join('\n'),
  en: ({ date, time, minutes, link, access, phone }) =>
    [
      'Hello,',
      '',
      `We will meet by video for our appointment on ${date} at ${time} (${minutes} minutes). At that time, please open this link:`,
      '',
      link,
      '',
      ...(phone.length > 0 ? [...phone, ''] : []),
      'How it works best:',
      '- On a computer: open the link in an up-to-date browser (Chrome, Edge, Firefox or Safari). You don’t need an account, and there is nothing to install.',
      `- On a smartphone: open the link in the browser as well. If you prefer an app, use "Jitsi Meet" from F-Droid (${F_DROID_JITSI_URL}); the versions from Google Play and the App Store contain trackers.`,
      ...howToEnter.en[access],
      '- If you can: headphones and a quiet place where you can talk undisturbed.',
      '',
      'See you soon',
    ].join('\n'),
};

const passwordTemplates: Record<Language, (v: { date: string; password: string }) => string> = {
  de: ({ date, password }) => `Das Passwort für unseren Videotermin am ${date}: ${password}`,
  en: ({ date, password }) => `The password for our video appointment on ${date}: ${password}`,
};

export function invitationFor(
  appointment: Pick<Appointment, 'start' | 'durationMinutes' | 'roomName' | 'access'>,
  options: InvitationOptions,
): Invitation {
  const { date, time } = when(appointment, options.language, options.timeZone);
  const link = meetingLink(options.serverOrigin, appointment.roomName);
  return {
    link,
    invitation: templates[options.language]({
      date,
      time,
      minutes: appointment.durationMinutes,
      link,
      access: appointment.access,
      phone: options.dialIn ? dialInLines(options.dialIn, options.language) : [],
    }),
    password: accessRules[appointment.access].passwordInInvitation
      ? passwordTemplates[options.language]({ date, password: options.roomPassword })
      : null,
  };
}
