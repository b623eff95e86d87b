/**
 * What every reader returns, and the one way they read a policy file: IT's
 * file is only ever read — never written, moved or repaired — and one far
 * beyond any real policy is not read at all.
 */
import { open } from 'node:fs/promises';
import type { PolicySourceRead } from '../../shared/effective-settings';

export interface PolicyRead extends PolicySourceRead {
  /** Registry names are not case-sensitive: mergePolicy's `caseInsensitive` says yes to these. */
  fromRegistry?: true;
  /** For IT at a terminal (npm run policy:check): what the parser said. */
  detail?: string;
}

/**
 * The problems a reader reports for a whole source; the settings translate
 * them. A .reg export is only read by policy:check, so its two stay English there.
 */
export type PolicyReadProblem =
  | 'policy.problem.unreadable'
  | 'policy.problem.notJson'
  | 'policy.problem.notObject'
  | 'policy.problem.notPlist'
  | 'policy.problem.tooLarge'
  | 'policy.problem.notRegExport'
  | 'policy.problem.noPolicyKey';

/** For mergePolicy's `caseInsensitive`. */
export function isRegistrySource(source: PolicySourceRead): boolean {
  return 'fromRegistry' in source && source.fromRegistry === true;
}

export function unreadableSource(
  source: string,
  problem: PolicyReadProblem,
  detail?: string,
): PolicyRead {
  return { source, values: {}, unreadable: problem, ...(detail === undefined ? {} : { detail }) };
}

/** Far beyond a full policy (a few KiB): a bigger file is not IT's policy. */
export const MAX_POLICY_BYTES = 1024 * 1024;

/**
 * The file's bytes; null when there is no file (a missing folder included);
 * an unreadable source when it is too large or cannot be read (a folder in
 * its place, no permission).
 */
export async function readPolicyBytes(path: string): Promise<Buffer | PolicyRead | null> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    return unreadableSource(path, 'policy.problem.unreadable', code);
  }
  try {
    // Read in chunks up to the limit: stat's size says nothing for a device or a pipe.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(64 * 1024);
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) return Buffer.concat(chunks, total);
      total += bytesRead;
      if (total > MAX_POLICY_BYTES)
        return unreadableSource(
          path,
          'policy.problem.tooLarge',
          `more than ${MAX_POLICY_BYTES} bytes`,
        );
      chunks.push(chunk.subarray(0, bytesRead));
    }
  } catch (error) {
    return unreadableSource(
      path,
      'policy.problem.unreadable',
      (error as NodeJS.ErrnoException).code,
    );
  } finally {
    await handle.close();
  }
}
