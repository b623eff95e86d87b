import type { ApiOf } from '../../shared/api';
import type { KioskChannel } from '../../shared/ipc-channels';

/** What the kiosk's start page sees as `window.sprechstunde`: its own channels only. */
export type KioskApi = ApiOf<KioskChannel>;

export const kioskApi = (): KioskApi => window.sprechstunde as unknown as KioskApi;
