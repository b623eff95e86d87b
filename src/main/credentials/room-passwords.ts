import { generateRoomPassword } from '../../shared/room-password';
import type { Credentials } from './credentials';

export interface RoomPasswords {
  /** The appointment's room password, made and stored in the keychain on first use. */
  get(appointmentId: string): Promise<string>;
}

/** Room passwords live only in the keychain; without it there is none (no fallback). */
export function createRoomPasswords(
  credentials: Credentials,
  generate: () => string = generateRoomPassword,
): RoomPasswords {
  const pending = new Map<string, Promise<string>>();
  return {
    get(appointmentId) {
      // Two requests at once must not make two passwords.
      const running = pending.get(appointmentId);
      if (running) return running;
      const account = { kind: 'room-password', appointmentId } as const;
      const result = (async () => {
        const stored = await credentials.get(account);
        if (stored) return stored;
        const fresh = generate();
        await credentials.set(account, fresh);
        return fresh;
      })().finally(() => pending.delete(appointmentId));
      pending.set(appointmentId, result);
      return result;
    },
  };
}
