import { AppFailure } from '../../shared/result';

/** What a failed write tells the user: a full disk by name, anything else as a failed save. */
export function storageFailure(error: unknown): AppFailure {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return new AppFailure(code === 'ENOSPC' || code === 'EDQUOT' ? 'disk-full' : 'storage-failed');
}
