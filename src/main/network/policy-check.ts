import { readFile } from 'node:fs/promises';
import { APP_ORIGIN } from '../../shared/app-origin';
import {
  effectiveSettings,
  mergePolicy,
  policyValue,
  type EffectiveSettings,
  type Policy,
} from '../../shared/effective-settings';
import {
  compileNetworkPolicy,
  decide,
  formatDecision,
  resourceTypes,
  type ResourceType,
} from '../../shared/network-policy';
import { policyKeys, policyTable, type PolicySpec } from '../../shared/policy';
import { defaultUserSettings, userSettingsSchema, type UserSettings } from '../../shared/settings';
import { readPolicyFile } from '../policy/policy-file';
import { isRegistrySource, type PolicyRead } from '../policy/source-read';
import { explainPolicyProblem, explainSetting } from './policy-check-messages';

/**
 * What a line may name before its URL: `navigation` (a top-level page, Electron's
 * `mainFrame`) or any resource type the session guard passes to the decision.
 * Without one, a URL is checked as a sub-resource of a page.
 */
const lineTypes = new Map<string, { name: string; type: ResourceType }>([
  ['navigation', { name: 'navigation', type: 'mainFrame' }],
  ...resourceTypes.map((type) => [type.toLowerCase(), { name: type, type }] as const),
]);
const lineTypeNames = [...lineTypes.values()].map(({ name }) => name).join(', ');

export interface PolicyCheckIo {
  out(line: string): void;
  err(line: string): void;
}

const usage = [
  'usage: npm run policy:check -- [--policy <file>]... <settings.json> <urls.txt>',
  '       npm run policy:check -- [--policy <file>]... --effective <settings.json>',
  "  --policy <file>  IT's policy: a policy.json, a managed-preferences .plist (XML or",
  '                   binary) or a .reg export; given several, the first that sets a key wins',
  '  --effective      print the effective settings as JSON, each with its source (default,',
  '                   user, or the policy file), instead of deciding URLs',
  '  settings.json    the settings file, e.g. {"serverUrl": "https://…", "extraOrigins": []}',
  '  urls.txt         one URL per line, a sub-resource of a page; "navigation <url>" for a',
  `                   top-level page, or "<type> <url>" with a type of: ${lineTypeNames}.`,
  '                   Empty lines and lines starting with # are skipped.',
];

interface CheckArgs {
  policyPaths: string[];
  effective: boolean;
  settingsPath: string;
  urlsPath: string | null;
}

function parseArgs(args: readonly string[]): CheckArgs | null {
  const policyPaths: string[] = [];
  const positional: string[] = [];
  let effective = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--policy' && i + 1 < args.length) policyPaths.push(args[++i]!);
    else if (arg.startsWith('--policy=') && arg.length > 9) policyPaths.push(arg.slice(9));
    else if (arg === '--effective') effective = true;
    else if (arg.startsWith('--')) return null;
    else positional.push(arg);
  }
  const [settingsPath, urlsPath, ...rest] = positional;
  if (!settingsPath || rest.length > 0 || (effective ? urlsPath : !urlsPath)) return null;
  return { policyPaths, effective, settingsPath, urlsPath: urlsPath ?? null };
}

/**
 * `npm run policy:check -- [--policy <file>]... <settings.json> <urls.txt>`:
 * the app's own decision against the effective settings (defaults, the
 * settings file, then IT's policy files in their order), one line per URL
 * (`allow` or `block <reason>`, then the line's resource type if it named one,
 * then the URL), so IT can test a deployment before rollout. With
 * `--effective`, the effective settings instead. Exit 0 when every line could
 * be checked, 1 when a line was not a URL or named an unknown type, 2 when the
 * files themselves are wrong (an invalid policy names its file and key).
 */
export async function runPolicyCheck(args: readonly string[], io: PolicyCheckIo): Promise<number> {
  const parsed = parseArgs(args);
  if (!parsed) {
    for (const line of usage) io.err(line);
    return 2;
  }
  const { policyPaths, settingsPath, urlsPath } = parsed;

  const reads: PolicyRead[] = [];
  for (const path of policyPaths) {
    const read = await readPolicyFile(path);
    if (read === null) {
      io.err(`${path}: cannot read (no such file)`);
      return 2;
    }
    reads.push(...read);
  }
  const policy = mergePolicy(reads, { caseInsensitive: isRegistrySource });
  if (policy.problems.length > 0) {
    for (const problem of policy.problems) {
      const detail = reads.find(({ source }) => source === problem.source)?.detail;
      io.err(explainPolicyProblem(problem, problem.key === null ? detail : undefined));
    }
    return 2;
  }

  const settingsText = await readText(settingsPath, io);
  const urlsText = urlsPath === null ? '' : await readText(urlsPath, io);
  if (settingsText === null || urlsText === null) return 2;

  let json: unknown;
  try {
    json = JSON.parse(settingsText);
  } catch (error) {
    io.err(`${settingsPath}: not valid JSON (${(error as Error).message})`);
    return 2;
  }
  const user = readUserSettings(json, policy);
  for (const line of user.errors) io.err(`${settingsPath}: ${line}`);
  if (user.errors.length > 0) return 2;
  for (const key of user.ignored)
    io.err(
      `${settingsPath}: ${key} is not valid and is ignored; the default applies, as in the app`,
    );

  const effective = effectiveSettings(user.settings, policy, defaultUserSettings);
  if (parsed.effective) {
    io.out(JSON.stringify(effectiveReport(effective, policy, user), null, 2));
    return 0;
  }
  const { serverUrl, extraOrigins } = effective.settings;
  if (serverUrl === null) {
    io.err(
      `${settingsPath}: serverUrl is not set${policyPaths.length > 0 ? ' (nor ServerUrl by policy)' : ''}, so every https request would be blocked`,
    );
    return 2;
  }
  return decideUrls(
    urlsText,
    urlsPath!,
    compileNetworkPolicy({ serverUrl, extraOrigins, appOrigins: [APP_ORIGIN] }),
    io,
  );
}

function decideUrls(
  urlsText: string,
  urlsPath: string,
  policy: ReturnType<typeof compileNetworkPolicy>,
  io: PolicyCheckIo,
): number {
  let unchecked = 0;
  for (const [index, raw] of urlsText.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const where = `${urlsPath}:${index + 1}`;
    const fields = line.split(/\s+/);
    if (fields.length > 2) {
      unchecked += 1;
      io.err(`${where}: expected "<url>" or "<type> <url>": ${line}`);
      continue;
    }
    const url = fields.at(-1)!;
    const named = fields.length === 2 ? fields[0]! : null;
    const lineType = named === null ? null : lineTypes.get(named.toLowerCase());
    if (lineType === undefined) {
      unchecked += 1;
      io.err(`${where}: unknown resource type "${named}"; one of: ${lineTypeNames}`);
      continue;
    }
    const decision = decide({ url, resourceType: lineType?.type }, policy);
    io.out([formatDecision(decision), ...(lineType ? [lineType.name] : []), url].join(' '));
    if (decision.action === 'block' && decision.reason === 'malformed-url') {
      unchecked += 1;
      io.err(`${where}: not a valid URL: ${url}`);
    }
  }
  return unchecked > 0 ? 1 : 0;
}

/** The network fields are refused as before; a setting policy locks is not the file's to decide. */
const strictSettings = new Set<keyof UserSettings>(['serverUrl', 'extraOrigins']);

interface UserSettingsRead {
  settings: UserSettings;
  /** Settings the file gave a valid value. */
  fromFile: Set<keyof UserSettings>;
  errors: string[];
  /** Other settings with a value that is not valid: the app drops them for their default. */
  ignored: (keyof UserSettings)[];
}

/** The settings file as the app reads it: each valid value kept, other keys ignored. */
function readUserSettings(json: unknown, policy: Policy): UserSettingsRead {
  const read: UserSettingsRead = {
    settings: { ...defaultUserSettings },
    fromFile: new Set(),
    errors: [],
    ignored: [],
  };
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    read.errors.push('(file) must be a JSON object of settings');
    return read;
  }
  const stored = json as Record<string, unknown>;
  const locked = new Set(
    policyKeys.flatMap((key) => {
      const spec: PolicySpec = policyTable[key];
      return spec.setting && policy.sources[key] !== undefined ? [spec.setting] : [];
    }),
  );
  const settings = read.settings as Record<keyof UserSettings, unknown>;
  for (const key of Object.keys(defaultUserSettings) as (keyof UserSettings)[]) {
    if (stored[key] === undefined) continue;
    const parsed = userSettingsSchema.shape[key].safeParse(stored[key]);
    if (parsed.success) {
      settings[key] = parsed.data;
      read.fromFile.add(key);
    } else if (locked.has(key)) {
      continue;
    } else if (strictSettings.has(key)) {
      for (const issue of parsed.error.issues)
        read.errors.push(`${[key, ...issue.path].join('.')} ${explainSetting(issue.message)}`);
    } else {
      read.ignored.push(key);
    }
  }
  return read;
}

interface Sourced {
  value: unknown;
  /** `default`, `user` (the settings file), or the policy source that set it. */
  source: string;
}

/** Every setting and every key only IT sets, with where its value comes from. */
function effectiveReport(
  effective: EffectiveSettings,
  policy: Policy,
  user: UserSettingsRead,
): { settings: Record<string, Sourced>; policy: Record<string, Sourced> } {
  const lockedBy = new Map(effective.locked.map(({ setting, source }) => [setting, source]));
  const settings: Record<string, Sourced> = {};
  for (const key of Object.keys(defaultUserSettings) as (keyof UserSettings)[]) {
    const value = effective.settings[key];
    let source = lockedBy.get(key) ?? (user.fromFile.has(key) ? 'user' : 'default');
    // RetentionMaxDays lowered the counsellor's own retention to its ceiling.
    if (key === 'retentionDays' && !lockedBy.has(key) && value !== user.settings[key])
      source = policy.sources.RetentionMaxDays ?? source;
    settings[key] = { value, source };
  }
  const organisation: Record<string, Sourced> = {};
  for (const key of policyKeys) {
    const spec: PolicySpec = policyTable[key];
    if (spec.setting) continue;
    organisation[key] = {
      value: policyValue(policy, key),
      source: policy.sources[key] ?? 'default',
    };
  }
  return { settings, policy: organisation };
}

async function readText(path: string, io: PolicyCheckIo): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.err(`${path}: cannot read (${code === 'ENOENT' ? 'no such file' : (code ?? 'error')})`);
    return null;
  }
}
