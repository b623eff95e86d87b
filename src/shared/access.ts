/**
 * Who gets into an appointment's room, under the rules of a real Jitsi server
 * (Prosody's mod_muc_lobby_rooms.lua, `muc-occupant-pre-join`): the right room
 * password skips the lobby; without it, a lobby room can only be knocked at;
 * a room with a password and no lobby cannot even be knocked at.
 *
 * The app sets a room password in every mode. What differs is whether the
 * lobby is on and whether the client is given the password.
 */
export const accessModes = ['password', 'knock', 'password-only'] as const;
export type AccessMode = (typeof accessModes)[number];

export interface AccessRule {
  /** The lobby is switched on when the counsellor becomes moderator. */
  lobby: boolean;
  /** The invitation carries the room password as a separate text. */
  passwordInInvitation: boolean;
}

export const accessRules: Record<AccessMode, AccessRule> = {
  // The client enters with link and password; anyone with only the link knocks.
  password: { lobby: true, passwordInInvitation: true },
  // Everyone knocks, the client too: the password is set but never handed out.
  knock: { lobby: true, passwordInInvitation: false },
  // Link and password let in; nobody can knock. What "lobby off" meant before.
  'password-only': { lobby: false, passwordInInvitation: true },
};

/** New appointments get this unless the organisation or counsellor chose another. */
export const DEFAULT_ACCESS: AccessMode = 'password';
