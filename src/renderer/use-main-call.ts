import { useCallback, useEffect, useReducer, useRef } from 'react';
import { useTranslation } from './i18n/react';
import type { AppError, FieldIssue, Result } from '../shared/result';

/** What the caller goes on with: the value, or the issues for its form's fields. */
export type CallOutcome<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

export interface CallState {
  /** Calls sent and not yet answered. */
  pending: number;
  /** The last refusal that is not about a form's fields; null once a later call is answered. */
  error: AppError | null;
}

export type CallEvent =
  | { kind: 'sent' }
  | { kind: 'answered'; result: Result<unknown> }
  | { kind: 'lost' }
  | { kind: 'dismissed' };

export const noCalls: CallState = { pending: 0, error: null };

const hasFieldIssues = (error: AppError) => (error.issues?.length ?? 0) > 0;

export function callState(state: CallState, event: CallEvent): CallState {
  switch (event.kind) {
    case 'sent':
      return { ...state, pending: state.pending + 1 };
    case 'answered': {
      const { result } = event;
      // Field issues are shown at their fields, not as a message of their own.
      const error = result.ok || hasFieldIssues(result.error) ? null : result.error;
      return { pending: state.pending - 1, error };
    }
    case 'lost':
      return { ...state, pending: state.pending - 1 };
    case 'dismissed':
      return { ...state, error: null };
  }
}

export function outcomeOf<T>(result: Result<T>): CallOutcome<T> {
  if (result.ok) return { ok: true, value: result.value };
  return { ok: false, issues: hasFieldIssues(result.error) ? result.error.issues! : [] };
}

export interface MainCall {
  /** Waits for main's answer; a refusal becomes `error`, field issues go back to the caller. */
  call: <T>(request: Promise<Result<T>>) => Promise<CallOutcome<T>>;
  /**
   * For a caller that reads a refusal as something else than a message (a poll's
   * "unreachable", a dialog's next step): the result as main sent it, and null once
   * the component is gone, so nothing is set then. Not counted as busy: a poll or a
   * page load must not disable the counsellor's buttons, nor render the view again.
   */
  ask: <T>(request: Promise<Result<T>>) => Promise<Result<T> | null>;
  /** A call is under way. */
  busy: boolean;
  error: AppError | null;
  /** The error in the counsellor's language (`errors.<code>`). */
  message: string | null;
  dismiss: () => void;
}

/**
 * The renderer's one way to ask main. `call` is for what the counsellor did: a
 * refusal becomes a translated message. `ask` is for callers that read a refusal
 * themselves: polls (a refused status check means "unreachable"), the list's
 * page loads (asked again as the list scrolls), and the consultation (a refusal
 * is a step of its dialog). Either leaves the component's state alone once it is
 * gone. Only the first screen is asked for before React runs (start-up-requests.ts).
 */
export function useMainCall(): MainCall {
  const { t } = useTranslation();
  const [state, dispatch] = useReducer(callState, noCalls);
  // True from the first render: a child's effect may call before ours has run.
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const call = useCallback(async <T>(request: Promise<Result<T>>): Promise<CallOutcome<T>> => {
    const tell = (event: CallEvent) => {
      if (mounted.current) dispatch(event);
    };
    tell({ kind: 'sent' });
    let result: Result<T>;
    try {
      result = await request;
    } catch (thrown) {
      tell({ kind: 'lost' });
      throw thrown;
    }
    tell({ kind: 'answered', result });
    return outcomeOf(result);
  }, []);
  const ask = useCallback(async <T>(request: Promise<Result<T>>): Promise<Result<T> | null> => {
    const result = await request;
    return mounted.current ? result : null;
  }, []);
  const dismiss = useCallback(() => dispatch({ kind: 'dismissed' }), []);

  return {
    call,
    ask,
    busy: state.pending > 0,
    error: state.error,
    message: state.error && t(`errors.${state.error.code}`),
    dismiss,
  };
}
