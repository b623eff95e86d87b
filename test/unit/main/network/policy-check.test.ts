import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runPolicyCheck } from '../../../../src/main/network/policy-check';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'policy-check-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function files(config: string, urls: string) {
  const configPath = join(dir, 'settings.json');
  const urlsPath = join(dir, 'urls.txt');
  await writeFile(configPath, config);
  await writeFile(urlsPath, urls);
  return [configPath, urlsPath];
}

async function check(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runPolicyCheck(args, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  return { code, out, err };
}

const config = JSON.stringify({
  language: 'de',
  serverUrl: 'https://meet.example.org',
  extraOrigins: ['wss://xmpp.example.org'],
  retentionDays: 30,
});

describe('policy:check', () => {
  it('prints one decision per URL, skipping blank lines and comments', async () => {
    const args = await files(
      config,
      [
        '# the deployment',
        'https://meet.example.org/libs/external_api.min.js',
        '',
        'wss://xmpp.example.org/xmpp-websocket',
        'https://www.gravatar.com/avatar/abc',
        'http://meet.example.org/',
        'https://meet.example.org@evil.test/',
      ].join('\n'),
    );
    const { code, out, err } = await check(args);
    expect(out).toEqual([
      'allow https://meet.example.org/libs/external_api.min.js',
      'allow wss://xmpp.example.org/xmpp-websocket',
      'block host-not-allowed https://www.gravatar.com/avatar/abc',
      'block insecure-scheme http://meet.example.org/',
      'block credentials-in-url https://meet.example.org@evil.test/',
    ]);
    expect(err).toEqual([]);
    expect(code).toBe(0);
  });

  it('checks a line that names a navigation as a top-level page, and shows the type', async () => {
    const args = await files(
      config,
      [
        'navigation https://meet.example.org/room',
        'https://meet.example.org/room',
        'navigation app://sprechstunde/index.html',
        'subFrame https://meet.example.org/room',
        'script https://www.gravatar.com/avatar.js',
        'NAVIGATION http://evil.test/',
        'webSocket wss://xmpp.example.org/xmpp-websocket',
      ].join('\n'),
    );
    const { code, out, err } = await check(args);
    expect(out).toEqual([
      // The window never leaves the app: the server's page is a frame, never the window.
      'block navigation-not-allowed navigation https://meet.example.org/room',
      'allow https://meet.example.org/room',
      'allow navigation app://sprechstunde/index.html',
      'allow subFrame https://meet.example.org/room',
      'block host-not-allowed script https://www.gravatar.com/avatar.js',
      'block navigation-not-allowed navigation http://evil.test/',
      'allow webSocket wss://xmpp.example.org/xmpp-websocket',
    ]);
    expect(err).toEqual([]);
    expect(code).toBe(0);
  });

  it('names a line with an unknown type or too many fields, checks the rest, and exits 1', async () => {
    const args = await files(
      config,
      [
        'frame https://meet.example.org/room',
        'navigation https://meet.example.org/ https://evil.test/',
        'image https://meet.example.org/logo.png',
      ].join('\n'),
    );
    const { code, out, err } = await check(args);
    expect(out).toEqual(['allow image https://meet.example.org/logo.png']);
    expect(err).toEqual([
      `${args[1]}:1: unknown resource type "frame"; one of: navigation, mainFrame, subFrame, script, stylesheet, image, font, media, xhr, webSocket, ping, other`,
      `${args[1]}:2: expected "<url>" or "<type> <url>": navigation https://meet.example.org/ https://evil.test/`,
    ]);
    expect(code).toBe(1);
  });

  it('names the line of a URL that is not one and exits non-zero', async () => {
    const args = await files(config, 'https://meet.example.org/\nmeet.example.org/room\n');
    const { code, out, err } = await check(args);
    expect(out[1]).toBe('block malformed-url meet.example.org/room');
    expect(err).toEqual([`${args[1]}:2: not a valid URL: meet.example.org/room`]);
    expect(code).toBe(1);
  });

  it.each([
    ['{"serverUrl": "http://meet.example.org"}', 'serverUrl must be an https:// origin'],
    ['{"serverUrl": "https://meet.example.org/room"}', 'serverUrl must be an https:// origin'],
    [
      '{"serverUrl": "https://meet.example.org", "extraOrigins": ["xmpp.example.org"]}',
      'extraOrigins.0 each entry',
    ],
    ['{"extraOrigins": []}', 'serverUrl'],
    ['{"serverUrl": null}', 'serverUrl is not set'],
    ['{"serverUrl": "https://meet.example.org",', 'not valid JSON'],
  ])('refuses the config %s with a clear error', async (text, message) => {
    const { code, out, err } = await check(await files(text, 'https://meet.example.org/\n'));
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err.join('\n')).toContain(message);
  });

  it('says which file is missing', async () => {
    const [configPath] = await files(config, '');
    const missing = join(dir, 'nope.txt');
    const { code, err } = await check([configPath!, missing]);
    expect(code).toBe(2);
    expect(err).toEqual([`${missing}: cannot read (no such file)`]);
  });

  it('explains its usage when arguments are missing', async () => {
    const { code, err } = await check([]);
    expect(code).toBe(2);
    expect(err[0]).toContain('usage: npm run policy:check');
  });

  it('runs as the npm script admins use', async () => {
    const args = await files(
      config,
      'https://meet.example.org/\nhttps://evil.meet.example.org/\nnavigation https://meet.example.org/\n',
    );
    const { stdout } = await promisify(execFile)('npm', [
      'run',
      '-s',
      'policy:check',
      '--',
      ...args,
    ]);
    expect(stdout.trim().split('\n')).toEqual([
      'allow https://meet.example.org/',
      'block host-not-allowed https://evil.meet.example.org/',
      'block navigation-not-allowed navigation https://meet.example.org/',
    ]);
    const failed = await promisify(execFile)('npm', [
      'run',
      '-s',
      'policy:check',
      '--',
      join(dir, 'x.json'),
      args[1]!,
    ]).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 2 });
    // Two runs of npm and tsx: seconds each on a busy machine.
  }, 30_000);
});
