/**
 * Where policy lives on each platform, in order of precedence (the first
 * source that names a key decides it), and reading them all.
 */
import { join, posix, win32 } from 'node:path';
import { POLICY_BUNDLE_ID } from '../../shared/policy';
import { readJsonPolicy } from './json-file';
import { readPlistPolicy } from './plist';
import { readRegistryPolicy, registrySourceName, type RegistryHive, type RunReg } from './registry';
import type { PolicyRead } from './source-read';

export type PolicyLocation =
  | { kind: 'registry'; hive: RegistryHive; source: string }
  | { kind: 'json'; path: string }
  | { kind: 'plist'; path: string };

export interface PolicyEnvironment {
  env: Record<string, string | undefined>;
  /** The signed-in user, for macOS's per-user managed preferences. */
  username: string;
}

const MANAGED_PREFERENCES = '/Library/Managed Preferences';

/**
 * Highest precedence first. Windows: the machine's registry, then
 * `%ProgramData%\Sprechstunde\policy.json`, then the user's registry (machine
 * beats user). macOS: the user's managed preferences, then the machine's.
 * Linux: `/etc/sprechstunde/policy.json`.
 */
export function policyLocations(
  platform: NodeJS.Platform,
  { env, username }: PolicyEnvironment,
): PolicyLocation[] {
  switch (platform) {
    case 'win32': {
      const programData = env.ProgramData ?? env.PROGRAMDATA ?? 'C:\\ProgramData';
      return [
        { kind: 'registry', hive: 'HKLM', source: registrySourceName('HKLM') },
        { kind: 'json', path: win32.join(programData, 'Sprechstunde', 'policy.json') },
        { kind: 'registry', hive: 'HKCU', source: registrySourceName('HKCU') },
      ];
    }
    case 'darwin': {
      const file = `${POLICY_BUNDLE_ID}.plist`;
      // A name that is not one folder (empty, or with a separator) has no per-user folder to read.
      const perUser =
        username !== '' && username !== '.' && username !== '..' && !/[/\\]/.test(username)
          ? [{ kind: 'plist' as const, path: posix.join(MANAGED_PREFERENCES, username, file) }]
          : [];
      return [...perUser, { kind: 'plist', path: posix.join(MANAGED_PREFERENCES, file) }];
    }
    default:
      return [{ kind: 'json', path: '/etc/sprechstunde/policy.json' }];
  }
}

export interface PolicyReadDeps extends PolicyEnvironment {
  runReg: RunReg;
  /** Tests read the files under this folder instead of the file system's root; notices keep the real path. */
  root?: string;
}

/** Every source that exists, in order of precedence. Never throws: a failure is an unreadable source. */
export async function readPolicy(
  platform: NodeJS.Platform,
  deps: PolicyReadDeps,
): Promise<PolicyRead[]> {
  const reads = await Promise.all(
    policyLocations(platform, deps).map((location) => readLocation(location, deps)),
  );
  return reads.filter((read): read is PolicyRead => read !== null);
}

function readLocation(location: PolicyLocation, deps: PolicyReadDeps): Promise<PolicyRead | null> {
  switch (location.kind) {
    case 'registry':
      return readRegistryPolicy(location.hive, deps.runReg);
    case 'json':
    case 'plist': {
      const read = location.kind === 'json' ? readJsonPolicy : readPlistPolicy;
      const path = deps.root === undefined ? location.path : underRoot(deps.root, location.path);
      return read(path).then((result) => result && { ...result, source: location.path });
    }
  }
}

/** `C:\ProgramData\…` or `/etc/…` as a path below `root`, on any platform the tests run on. */
function underRoot(root: string, path: string): string {
  const parts = path
    .replace(/^([A-Za-z]):/, '$1')
    .split(/[\\/]/)
    .filter(Boolean);
  return join(root, ...parts);
}
