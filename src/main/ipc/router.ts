import type { z } from 'zod';
import type { Channel, ParsedRequestOf, ReplyOf } from '../../shared/ipc-contract';
import { ipcContract, isChannel } from '../../shared/ipc-contract';
import { AppFailure, fail, fieldIssues, ok, type Result } from '../../shared/result';
import type { Logger } from '../log/logger';

/** Who sent a request, as far as the transport can tell. */
export interface Sender {
  /** URL of the sending frame. */
  url: string;
  /** True only for the window's top-level frame, never for an iframe. */
  isMainFrame: boolean;
  /** Which web contents (window) sent it: the meeting window has channels of its own. */
  contentsId?: number;
}

export type Handler<C extends Channel> = (
  request: ParsedRequestOf<C>,
) => ReplyOf<C> | Promise<ReplyOf<C>>;

export type Handlers = { [C in Channel]: Handler<C> };

/** The app's two modes answer different channels; the router refuses every other one. */
export type ModeHandlers<C extends Channel> = { [K in C]: Handler<K> };

export interface Router {
  dispatch(channel: unknown, payload: unknown, sender: Sender): Promise<Result<unknown>>;
}

/**
 * The one entry point for IPC. Transport-agnostic: Electron's ipcMain is one
 * transport, the end-to-end harness another, so both run this same code.
 */
export function createRouter(options: {
  /**
   * The channels this mode answers. The counsellor's app has no kiosk
   * channels; the kiosk none of the counsellor's (list, settings, tokens,
   * invitations): a request on one is refused here, whoever sends it.
   */
  handlers: Partial<Handlers>;
  isTrustedSender: (sender: Sender, channel: Channel) => boolean;
  log: Logger;
  /**
   * Parse every successful reply against the channel's reply schema; a reply that
   * does not match (a list row with notes) is logged and answered `internal`.
   */
  checkReplies?: boolean;
}): Router {
  const { isTrustedSender, log, checkReplies = false } = options;
  return {
    async dispatch(channel, payload, sender) {
      if (!isChannel(channel)) {
        log.warn('refused request on an unknown channel');
        return fail('unknown-channel');
      }
      if (!sender.isMainFrame || !isTrustedSender(sender, channel)) {
        log.warn(`refused ${channel} from an untrusted sender`);
        return fail('untrusted-sender');
      }
      const handler = options.handlers[channel] as ((request: unknown) => unknown) | undefined;
      if (handler === undefined) {
        log.warn(`refused ${channel}: not answered in this mode`);
        return fail('not-in-this-mode');
      }
      const contract = ipcContract[channel];
      const parsed = (contract.request as z.ZodType).safeParse(payload);
      if (!parsed.success) return fail('invalid-request', fieldIssues(parsed.error));
      try {
        const reply = await handler(parsed.data);
        if (checkReplies) {
          const checked = (contract.reply as z.ZodType).safeParse(reply);
          if (!checked.success) {
            log.error(`${channel} replied outside its contract: ${issuePaths(checked.error)}`);
            return fail('internal');
          }
        }
        // The handler's own value, not the parsed one: checking changes no reply.
        return ok(reply);
      } catch (error) {
        if (error instanceof AppFailure) return fail(error.code, error.issues);
        log.error(`${channel} failed`, error);
        return fail('internal');
      }
    },
  };
}

/** Where a reply left its contract and how: paths, codes and key names, never values. */
function issuePaths(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.map(String).join('.') || '(reply)';
      const keys = issue.code === 'unrecognized_keys' ? ` ${issue.keys.join(', ')}` : '';
      return `${path} ${issue.code}${keys}`;
    })
    .join('; ');
}

/** Requests are accepted only from the app's own bundle, at its exact origin. */
export function isAppOrigin(url: string, appOrigin: string): boolean {
  try {
    const sent = new URL(url);
    const own = new URL(appOrigin);
    // Compare protocol and host: WHATWG gives custom schemes an opaque origin.
    // No user or password either: the app's own pages are never addressed with them.
    return (
      sent.protocol === own.protocol &&
      sent.host === own.host &&
      sent.username === '' &&
      sent.password === ''
    );
  } catch {
    return false;
  }
}
