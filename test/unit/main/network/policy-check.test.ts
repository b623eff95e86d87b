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

describe('policy:check with policy files', () => {
  const fixtures = join(import.meta.dirname, '../../../fixtures/policy');
  const forms = [
    'policy.json',
    'de.sprechstunde.desktop.xml.plist',
    'de.sprechstunde.desktop.binary.plist',
    'policy-hklm.reg',
  ].map((name) => join(fixtures, name));

  async function policyFile(name: string, content: string | Buffer) {
    const path = join(dir, name);
    await writeFile(path, content);
    return path;
  }

  /** The effective settings as --effective prints them, parsed. */
  async function effective(args: string[]) {
    const result = await check(args);
    expect(result.err).toEqual([]);
    expect(result.code).toBe(0);
    return JSON.parse(result.out.join('\n')) as {
      settings: Record<string, { value: unknown; source: string }>;
      policy: Record<string, { value: unknown; source: string }>;
    };
  }

  it('gives the same effective settings from the policy as policy.json, XML plist, binary plist and .reg export', async () => {
    const [settingsPath] = await files(config, '');
    const results = await Promise.all(
      forms.map((form) => effective(['--policy', form, '--effective', settingsPath!])),
    );
    // Each names its own file as the source; apart from that they are the same.
    const unnamed = results.map((result, index): unknown =>
      JSON.parse(
        JSON.stringify(result).replaceAll(JSON.stringify(forms[index]).slice(1, -1), 'IT'),
      ),
    );
    for (const result of unnamed.slice(1)) expect(result).toEqual(unnamed[0]);
    expect(unnamed[0]).toEqual({
      settings: {
        language: { value: 'de', source: 'IT' },
        serverUrl: { value: 'https://meet.beratung.example.org', source: 'IT' },
        extraOrigins: {
          value: ['wss://xmpp.beratung.example.org', 'https://assets.beratung.example.org'],
          source: 'IT',
        },
        iceServers: {
          value: [
            'stun:stun.beratung.example.org:3478',
            'turns:turn.beratung.example.org:443?transport=tcp',
          ],
          source: 'IT',
        },
        spkiPins: {
          value: [
            '47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=',
            'YLh1dUR9y6Kja30RrAn7JKnbQG/uEtLMkBgFF2Fuihg=',
          ],
          source: 'IT',
        },
        relayOnly: { value: true, source: 'IT' },
        dialInNumbersUrl: {
          value: 'https://meet.beratung.example.org/dialin/phoneNumberList',
          source: 'IT',
        },
        dialInConfCodeUrl: {
          value: 'https://meet.beratung.example.org/dialin/conferenceMapper',
          source: 'IT',
        },
        displayName: { value: '', source: 'default' },
        defaultAccess: { value: 'knock', source: 'IT' },
        endToEndEncryption: { value: 'auto', source: 'IT' },
        retentionDays: { value: 14, source: 'IT' },
      },
      policy: {
        RetentionMaxDays: { value: 30, source: 'IT' },
        AllowGuestJoin: { value: false, source: 'IT' },
        UpdateUrl: { value: 'https://updates.beratung.example.org/sprechstunde/', source: 'IT' },
        KioskMode: { value: false, source: 'IT' },
        KioskExitPinHash: {
          value:
            'scrypt$32768$8$1$c3ByZWNoc3R1bmRlLWV4YW1wbGU=$Z2yEik4ME/ZlbxaRWeyiXsXQW4yiggzq0byO7n8jCcw=',
          source: 'IT',
        },
        KioskIdleMinutes: { value: 10, source: 'IT' },
      },
    });
  });

  it('names each value default, user or the policy file, and the first policy file that sets a key wins', async () => {
    const [settingsPath] = await files(
      JSON.stringify({
        serverUrl: 'https://meet.example.org',
        displayName: 'A. Berater',
        retentionDays: 90,
      }),
      '',
    );
    const first = await policyFile('first.json', '{"Language": "en", "RetentionMaxDays": 60}');
    const result = await effective([
      '--policy',
      first,
      `--policy=${forms[0]}`,
      '--effective',
      settingsPath!,
    ]);
    expect(result.settings.language).toEqual({ value: 'en', source: first });
    expect(result.settings.displayName).toEqual({ value: 'A. Berater', source: 'user' });
    expect(result.settings.serverUrl).toEqual({
      value: 'https://meet.beratung.example.org',
      source: forms[0],
    });
    // The full policy's fixed RetentionDays wins over the first file's ceiling for the counsellor's setting.
    expect(result.settings.retentionDays).toEqual({ value: 14, source: forms[0] });
    expect(result.policy.RetentionMaxDays).toEqual({ value: 60, source: first });
    const onlyCeiling = await effective(['--policy', first, '--effective', settingsPath!]);
    expect(onlyCeiling.settings.retentionDays).toEqual({ value: 60, source: first });
    expect(onlyCeiling.policy.UpdateUrl).toEqual({ value: null, source: 'default' });
  });

  it("decides the URLs against the policy's server, whatever the settings file says", async () => {
    const args = await files(
      config,
      'https://meet.beratung.example.org/libs/app.js\nhttps://meet.example.org/libs/app.js\nwss://xmpp.example.org/x\n',
    );
    const { code, out, err } = await check(['--policy', forms[3]!, ...args]);
    expect(out).toEqual([
      'allow https://meet.beratung.example.org/libs/app.js',
      'block host-not-allowed https://meet.example.org/libs/app.js',
      'block host-not-allowed wss://xmpp.example.org/x',
    ]);
    expect(err).toEqual([]);
    expect(code).toBe(0);
  });

  it('takes a settings file without a server, or with a wrong one, when policy sets the server', async () => {
    for (const settings of ['{}', '{"serverUrl": "http://meet.example.org"}']) {
      const args = await files(settings, 'https://meet.beratung.example.org/\n');
      const { code, out } = await check(['--policy', forms[0]!, ...args]);
      expect(out).toEqual(['allow https://meet.beratung.example.org/']);
      expect(code).toBe(0);
    }
  });

  it('says which settings it ignores, as the app does', async () => {
    const [settingsPath] = await files(
      '{"serverUrl": "https://meet.example.org", "retentionDays": 0}',
      '',
    );
    const { code, err } = await check(['--effective', settingsPath!]);
    expect(err).toEqual([
      `${settingsPath}: retentionDays is not valid and is ignored; the default applies, as in the app`,
    ]);
    expect(code).toBe(0);
  });

  it.each([
    [
      'a REG_SZ where a boolean belongs and a DWORD 2',
      'wrong.reg',
      regExport(['"RelayOnly"="1"', '"KioskMode"=dword:00000002']),
      [
        'RelayOnly must be true or false (in the registry a REG_DWORD 1 or 0)',
        'KioskMode must be true or false (in the registry a REG_DWORD 1 or 0)',
      ],
    ],
    [
      'a key in the wrong case outside the registry',
      'policy.json',
      '{"serverUrl": "https://meet.example.org"}',
      [
        'serverUrl is not a policy key; did you mean ServerUrl? (keys are case-sensitive outside the registry)',
      ],
    ],
    [
      'an unknown key and a number out of range',
      'policy.json',
      '{"ServerAddress": "x", "KioskIdleMinutes": 0}',
      [
        'ServerAddress is not a policy key',
        'KioskIdleMinutes must be a whole number from 1 to 240',
      ],
    ],
    [
      'text where a list belongs and a value not among the choices',
      'policy.json',
      '{"ExtraOrigins": "wss://xmpp.example.org", "Language": "fr"}',
      [
        'ExtraOrigins must be a list (in the registry a subkey named after the key, with values 1, 2, …) (Invalid input: expected array, received string)',
        'Language must be one of: system, de, en',
      ],
    ],
  ])(
    'refuses a policy with %s, naming the file and the key, and exits 2',
    async (_name, file, content, messages) => {
      const path = await policyFile(file, content);
      const args = await files(config, 'https://meet.example.org/\n');
      const { code, out, err } = await check(['--policy', path, ...args]);
      expect(err).toEqual(messages.map((message) => `${path}: ${message}`));
      expect(out).toEqual([]);
      expect(code).toBe(2);
    },
  );

  it('refuses a policy file it cannot read or parse, and one that is missing', async () => {
    const args = await files(config, 'https://meet.example.org/\n');
    const broken = await policyFile('policy.json', '{"ServerUrl": ');
    const notPolicy = await policyFile(
      'other.reg',
      regExport([], 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Other'),
    );
    const missing = join(dir, 'missing.plist');
    for (const [path, message] of [
      [broken, `${broken}: is not valid JSON (`],
      [notPolicy, `${notPolicy}: holds no [HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Sprechstunde]`],
      [missing, `${missing}: cannot read (no such file)`],
    ] as const) {
      const { code, err } = await check(['--policy', path, ...args]);
      expect(err).toHaveLength(1);
      expect(err[0]).toContain(message);
      expect(code).toBe(2);
    }
  });

  it.each([
    ['--effective with a URL file', ['--effective', 'settings.json', 'urls.txt']],
    ['--policy without a file', ['settings.json', 'urls.txt', '--policy']],
    ['an unknown option', ['--effectiv', 'settings.json']],
  ])('explains its usage for %s', async (_name, args) => {
    const { code, err } = await check(args);
    expect(code).toBe(2);
    expect(err[0]).toContain('usage: npm run policy:check -- [--policy <file>]...');
  });

  it('runs as the npm script with a .reg export and --effective', async () => {
    const [settingsPath] = await files(config, '');
    const { stdout } = await promisify(execFile)('npm', [
      'run',
      '-s',
      'policy:check',
      '--',
      '--policy',
      forms[3]!,
      '--effective',
      settingsPath!,
    ]);
    const printed = JSON.parse(stdout) as { settings: Record<string, { source: string }> };
    expect(printed.settings.serverUrl).toEqual({
      value: 'https://meet.beratung.example.org',
      source: forms[3],
    });
  }, 30_000);
});

/** A .reg export of the policy key as regedit writes it: UTF-16LE with a BOM, CRLF. */
function regExport(values: string[], key = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Sprechstunde') {
  const text = ['Windows Registry Editor Version 5.00', '', `[${key}]`, ...values, '', ''].join(
    '\r\n',
  );
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}
