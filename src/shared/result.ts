import { z } from 'zod';

/**
 * Errors the UI can explain. Each code has a German and an English text in the
 * renderer's translations (errors.<code>); `issues` carry i18n keys per field.
 */
export const appErrorCodes = [
  'invalid-request',
  'untrusted-sender',
  'unknown-channel',
  // A channel of the other mode: the kiosk refuses the counsellor's, and the other way round.
  'not-in-this-mode',
  'not-found',
  'storage-failed',
  'disk-full',
  'keychain-unavailable',
  'store-locked',
  'server-not-configured',
  // Policy sets this setting: the counsellor cannot change it.
  'setting-locked',
  // Policy holds an invalid network value: the network stays closed until IT fixes it.
  'policy-invalid',
  // Policy (AllowGuestJoin) lets the counsellor join only with a token.
  'guest-join-not-allowed',
  'server-unreachable',
  'token-required',
  'consultation-running',
  'no-consultation',
  'meeting-window-failed',
  'meeting-spec-already-read',
  'internal',
] as const;
export type AppErrorCode = (typeof appErrorCodes)[number];

export const fieldIssueSchema = z.object({
  path: z.string(),
  message: z.string(),
});
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

export const appErrorSchema = z.object({
  code: z.enum(appErrorCodes),
  issues: z.array(fieldIssueSchema).optional(),
});
export type AppError = z.infer<typeof appErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: AppErrorCode, issues?: FieldIssue[]): Result<never> {
  return { ok: false, error: issues ? { code, issues } : { code } };
}

export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

/** Thrown by a service with any error code the UI can explain (and field issues, if any). */
export class AppFailure extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly issues?: FieldIssue[],
  ) {
    super(code);
    this.name = 'AppFailure';
  }
}
