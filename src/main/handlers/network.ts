import type { ServerStatus } from '../../shared/ipc-contract';
import type { Handlers } from '../ipc/router';

export function networkHandlers(
  serverStatus: () => Promise<ServerStatus>,
): Pick<Handlers, 'server:status'> {
  return { 'server:status': serverStatus };
}
