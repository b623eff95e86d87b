import type { TokenStatus } from '../../shared/moderator-token';
import type { Handlers } from '../ipc/router';

export function tokenHandlers(token: {
  status(): Promise<TokenStatus>;
  save(value: string): Promise<TokenStatus>;
  remove(): Promise<TokenStatus>;
}): Pick<Handlers, 'token:status' | 'token:save' | 'token:delete'> {
  return {
    'token:status': () => token.status(),
    'token:save': ({ token: value }) => token.save(value),
    'token:delete': () => token.remove(),
  };
}
