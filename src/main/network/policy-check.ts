import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { APP_ORIGIN } from '../../shared/app-origin';
import {
  compileNetworkPolicy,
  decide,
  formatDecision,
  resourceTypes,
  type ResourceType,
} from '../../shared/network-policy';
import { userSettingsSchema } from '../../shared/settings';

/** The part of the settings file the network decision reads; other keys are ignored. */
const configSchema = z.object({
  serverUrl: userSettingsSchema.shape.serverUrl,
  extraOrigins: userSettingsSchema.shape.extraOrigins.default([]),
});

/** What the messages in the settings schema mean, for an admin reading a terminal. */
const explanations: Record<string, string> = {
  'validation.serverUrl.invalid':
    'must be an https:// origin without path, query, user name or trailing dot, e.g. "https://meet.example.org"',
  'validation.extraOrigins.invalid':
    'each entry must be an https:// or wss:// origin without path, e.g. "wss://xmpp.example.org"',
  'validation.list.tooLong': 'has too many entries',
};

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

/**
 * `npm run policy:check -- <config.json> <urls.txt>`: the app's own decision,
 * one line per URL (`allow` or `block <reason>`, then the line's resource type
 * if it named one, then the URL), so IT can test a deployment before rollout.
 * Exit 0 when every line could be checked, 1 when a line was not a URL or named
 * an unknown type, 2 when the files themselves are wrong.
 */
export async function runPolicyCheck(args: readonly string[], io: PolicyCheckIo): Promise<number> {
  const [configPath, urlsPath, ...rest] = args;
  if (!configPath || !urlsPath || rest.length > 0) {
    io.err('usage: npm run policy:check -- <config.json> <urls.txt>');
    io.err(
      '  config.json  the settings file, at least {"serverUrl": "https://…", "extraOrigins": []}',
    );
    io.err('  urls.txt     one URL per line, a sub-resource of a page; "navigation <url>" for a');
    io.err(`               top-level page, or "<type> <url>" with a type of: ${lineTypeNames}.`);
    io.err('               Empty lines and lines starting with # are skipped.');
    return 2;
  }

  const configText = await readText(configPath, io);
  const urlsText = await readText(urlsPath, io);
  if (configText === null || urlsText === null) return 2;

  let json: unknown;
  try {
    json = JSON.parse(configText);
  } catch (error) {
    io.err(`${configPath}: not valid JSON (${(error as Error).message})`);
    return 2;
  }
  const config = configSchema.safeParse(json);
  if (!config.success) {
    for (const issue of config.error.issues) {
      const field = issue.path.join('.') || '(file)';
      io.err(`${configPath}: ${field} ${explanations[issue.message] ?? issue.message}`);
    }
    return 2;
  }
  if (config.data.serverUrl === null) {
    io.err(`${configPath}: serverUrl is not set, so every https request would be blocked`);
    return 2;
  }

  const policy = compileNetworkPolicy({ ...config.data, appOrigins: [APP_ORIGIN] });
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

async function readText(path: string, io: PolicyCheckIo): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.err(`${path}: cannot read (${code === 'ENOENT' ? 'no such file' : (code ?? 'error')})`);
    return null;
  }
}
