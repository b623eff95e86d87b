import { isDeepStrictEqual } from 'node:util';
import {
  mergePolicy,
  noPolicy,
  type Policy,
  type PolicyProblem,
  type PolicySourceRead,
} from '../../shared/effective-settings';
import { policyKeys, policyTable, type PolicyKey } from '../../shared/policy';
import type { Logger } from '../log/logger';

export interface PolicyService {
  /** The policy in force: the same object until a reload finds a change. */
  current(): Policy;
  /**
   * Reads every source again. Keys that apply live are in force at once;
   * a changed key that applies at restart keeps its value from the start
   * and is listed in the policy's `restartNeeded`. Never throws: a source that cannot be
   * read is a problem of the policy (and keeps the network closed).
   */
  reload(): Promise<void>;
  /** Reloads every `intervalMs` until the returned function is called. */
  watch(intervalMs: number, timers?: Timers): () => void;
}

export interface Timers {
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

/** Sets or removes one key of a record typed by policy key. */
function setKey(record: Partial<Record<PolicyKey, unknown>>, key: PolicyKey, value: unknown) {
  if (value === undefined) delete record[key];
  else record[key] = value;
}

const restartKeys = policyKeys.filter((key) => policyTable[key].applies === 'restart');

/**
 * Policy as main holds it: read at start, read again on a timer (Chrome
 * refreshes its policy the same way, besides change notifications), each
 * problem logged once by key and source — never by value, which may be a URL.
 */
export async function createPolicyService(options: {
  read: () => Promise<readonly PolicySourceRead[]>;
  /** Registry sources: their value names are matched without regard to case. */
  caseInsensitive?: (source: PolicySourceRead) => boolean;
  log: Logger;
}): Promise<PolicyService> {
  const { log } = options;
  let policy: Policy = noPolicy;
  let atStart: Policy | null = null;
  const logged = new Set<string>();

  const logProblems = (problems: readonly PolicyProblem[]) => {
    for (const { key, source, problem } of problems) {
      const line = `policy ${source}: ${key ?? '(the whole source)'}: ${problem}`;
      if (logged.has(line)) continue;
      logged.add(line);
      log.warn(line);
    }
  };

  const reload = async () => {
    let sources: readonly PolicySourceRead[];
    try {
      sources = await options.read();
    } catch (error) {
      log.error('policy could not be read; the network stays closed', error);
      sources = [{ source: 'policy', values: {}, unreadable: 'policy.problem.unreadable' }];
    }
    const read = mergePolicy(sources, { caseInsensitive: options.caseInsensitive });
    logProblems(read.problems);
    if (atStart) {
      const start = atStart;
      read.restartNeeded = restartKeys.filter(
        (key) =>
          !isDeepStrictEqual(read.values[key], start.values[key]) ||
          read.sources[key] !== start.sources[key],
      );
      // What applies at restart stays as it was at the start.
      for (const key of read.restartNeeded) {
        setKey(read.values, key, start.values[key]);
        setKey(read.sources, key, start.sources[key]);
      }
    }
    if (!isDeepStrictEqual(read, policy)) {
      if (atStart) log.info('policy changed; what applies live is in force');
      policy = read;
    }
  };

  await reload();
  atStart = policy;

  return {
    current: () => policy,
    reload,
    watch(intervalMs, timers = globalThis) {
      const handle = timers.setInterval(() => {
        void reload();
      }, intervalMs);
      return () => timers.clearInterval(handle);
    },
  };
}
