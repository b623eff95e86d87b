import { appointmentIcs, icsFileName } from '../../shared/ical';
import { invitationFor } from '../../shared/invitation';
import { AppFailure } from '../../shared/result';
import type { Language } from '../../shared/settings';
import type { AppointmentStore } from '../appointments/appointment-store';
import type { RoomPasswords } from '../credentials/room-passwords';
import type { Handlers } from '../ipc/router';
import type { DialInLookup } from '../network/dial-in';
import type { SettingsService } from '../settings/settings-service';

/** The client's invitation: as texts to copy, or as an .ics file to save. */
export function invitationHandlers(options: {
  appointments: Pick<AppointmentStore, 'get'>;
  settings: Pick<SettingsService, 'view'>;
  roomPasswords: Pick<RoomPasswords, 'get'>;
  /** Asks where to save a file and writes it; resolves null when the user cancels. */
  saveFile(suggestedName: string, content: string): Promise<string | null>;
  clipboard: { writeText(text: string): void };
  now: () => Date;
  /** Dial-in numbers and code for a room (policy DialIn*Url); null without. */
  dialIn?: DialInLookup;
}): Pick<Handlers, 'invitation:get' | 'invitation:saveIcs' | 'clipboard:writeText'> {
  const { appointments, settings, roomPasswords } = options;

  /** The invitation texts; the room password is made and kept in the keychain on first use. */
  async function invitation(id: string, language: Language) {
    const appointment = appointments.get(id);
    const { serverUrl } = settings.view().settings;
    if (!serverUrl) throw new AppFailure('server-not-configured');
    const [roomPassword, dialIn] = await Promise.all([
      roomPasswords.get(id),
      options.dialIn?.(appointment.roomName, serverUrl) ?? { kind: 'not-configured' as const },
    ]);
    const texts = invitationFor(appointment, {
      serverOrigin: serverUrl,
      roomPassword,
      language,
      dialIn: dialIn.kind === 'found' ? dialIn.dialIn : null,
    });
    return { ...texts, dialIn: dialIn.kind };
  }

  return {
    'invitation:get': ({ id, language }) => invitation(id, language),
    'invitation:saveIcs': async ({ id, language }) => {
      const appointment = appointments.get(id);
      const { link, invitation: description } = await invitation(id, language);
      const ics = appointmentIcs(appointment, { link, description, language, now: options.now() });
      const path = await options.saveFile(icsFileName(appointment.start), ics);
      return { saved: path !== null };
    },
    // The counsellor copies the invitation's texts one by one.
    'clipboard:writeText': ({ text }) => {
      options.clipboard.writeText(text);
      return { copied: true };
    },
  };
}
