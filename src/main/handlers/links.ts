import { parseDeepLink } from '../../shared/deep-link';
import type { LinkAction } from '../../shared/ipc-contract';
import type { Handlers } from '../ipc/router';
import { linkAction, type LinkAppointments } from '../links/link-actions';
import type { LinkInbox } from '../links/link-inbox';
import type { Logger } from '../log/logger';

/**
 * links:take: the waiting links, parsed against the server configured now and
 * looked up in the store. Logs what each does or why it is refused, never the link.
 */
export function linkHandlers(options: {
  inbox: Pick<LinkInbox, 'take'>;
  appointments: LinkAppointments;
  serverOrigin: () => string | null;
  log: Logger;
}): Pick<Handlers, 'links:take'> {
  const { inbox, appointments, log } = options;
  return {
    'links:take': () => {
      const { urls, dropped } = inbox.take();
      const actions: LinkAction[] = urls.map((url) =>
        linkAction(parseDeepLink(url, options.serverOrigin()), appointments),
      );
      for (const action of actions) {
        if (action.kind === 'refused') log.warn(`link refused: ${action.reason}`);
        else log.info(`link opens: ${action.kind}`);
      }
      // The counsellor hears that some were dropped, in place of the oldest.
      return dropped ? [{ kind: 'refused', reason: 'too-many' }, ...actions.slice(1)] : actions;
    },
  };
}
