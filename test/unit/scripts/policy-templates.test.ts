import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { buildBinary as buildBinaryPlist, build as buildPlist, type PlistValue } from 'plist';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMX_KEY, escapeXml } from '../../../scripts/policy-template-admx';
import { uuidV5 } from '../../../scripts/policy-template-profile';
import { readmeBlock } from '../../../scripts/policy-template-readme';
import {
  renderReadmeKeyTable,
  TEMPLATE_FILES,
  writePolicyTemplates,
} from '../../../scripts/policy-template-files';
import { readJsonPolicy } from '../../../src/main/policy/json-file';
import { policyFromPlist, readPlistPolicy } from '../../../src/main/policy/plist';
import { readRegFilePolicy } from '../../../src/main/policy/reg-file';
import { isRegistrySource } from '../../../src/main/policy/source-read';
import { mergePolicy } from '../../../src/shared/effective-settings';
import {
  POLICY_BUNDLE_ID,
  POLICY_REGISTRY_PATH,
  policyKeys,
  policyTable,
  type PolicySpec,
} from '../../../src/shared/policy';

const root = join(import.meta.dirname, '../../..');
const committed = join(root, 'build/policy');
const committedFile = (name: string) => join(committed, name);

/** Every file under a folder, as paths relative to it with `/`. */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).replaceAll('\\', '/'))
    .sort();
}

/** The values the app holds for the example policy: each example as its schema parses it. */
const parsedExamples = Object.fromEntries(
  policyKeys.map((key) => [
    key,
    (policyTable[key] as PolicySpec).schema.parse(policyTable[key].example),
  ]),
);

type Dict = Record<string, PlistValue>;

const ids = (text: string, pattern: RegExp) =>
  new Set([...text.matchAll(pattern)].map((m) => m[1]!));

describe('npm run policy:templates', () => {
  let fresh: string;
  beforeAll(async () => {
    fresh = await mkdtemp(join(tmpdir(), 'policy-templates-'));
    await writePolicyTemplates(root, fresh);
  });
  afterAll(() => rm(fresh, { recursive: true, force: true }));

  it('has committed every template exactly as the policy table renders it today', async () => {
    expect(await filesUnder(committed)).toEqual([...TEMPLATE_FILES].sort());
    for (const name of TEMPLATE_FILES) {
      const expected = await readFile(join(fresh, name));
      const actual = await readFile(committedFile(name));
      expect(
        actual.equals(expected),
        `build/policy/${name} is out of date: run npm run policy:templates`,
      ).toBe(true);
    }
  });

  it("has README's table of policy keys as the table renders it today", async () => {
    const readme = await readFile(join(root, 'README.md'), 'utf8');
    expect(readmeBlock(readme), 'README.md is out of date: run npm run policy:templates').toBe(
      await renderReadmeKeyTable(root),
    );
  });
});

const xmlFiles = [
  'sprechstunde.admx',
  'de-DE/sprechstunde.adml',
  'en-US/sprechstunde.adml',
  'sprechstunde.mobileconfig',
];
const xmllint = spawnSync('xmllint', ['--version']);
const hasXmllint = xmllint.error === undefined;
// Missing on a developer's machine: skipped, and said so. In CI it must be there.
const skipXml = !hasXmllint && !process.env.CI;
if (skipXml)
  console.warn(
    'The XML templates are not checked for well-formedness: xmllint is not installed (apt-get install libxml2-utils).',
  );

describe('the XML templates', () => {
  it.skipIf(skipXml)(
    hasXmllint || process.env.CI
      ? 'are well-formed (xmllint --noout)'
      : 'are well-formed (SKIPPED: xmllint is not installed; apt-get install libxml2-utils)',
    () => {
      expect(hasXmllint, 'xmllint is missing: apt-get install libxml2-utils').toBe(true);
      for (const name of xmlFiles) {
        const result = spawnSync('xmllint', ['--noout', committedFile(name)], { encoding: 'utf8' });
        expect(result.stderr, name).toBe('');
        expect(result.status, name).toBe(0);
      }
    },
  );
});

describe('the ADMX and its ADML files', () => {
  let admx: string;
  const adml: Record<string, string> = {};
  beforeAll(async () => {
    admx = await readFile(committedFile('sprechstunde.admx'), 'utf8');
    for (const language of ['de-DE', 'en-US'])
      adml[language] = await readFile(committedFile(`${language}/sprechstunde.adml`), 'utf8');
  });

  it('finds every string and presentation the ADMX names in both languages, and no string is unused', () => {
    const strings = ids(admx, /\$\(string\.([^)]+)\)/g);
    const presentations = ids(admx, /\$\(presentation\.([^)]+)\)/g);
    expect(strings.size).toBeGreaterThan(policyKeys.length);
    for (const [language, text] of Object.entries(adml)) {
      expect(ids(text, /<string id="([^"]+)"/g), language).toEqual(strings);
      expect(ids(text, /<presentation id="([^"]+)"/g), language).toEqual(presentations);
    }
  });

  it('gives every control of a presentation an element of its policy in the ADMX', () => {
    const elementIds = ids(admx, /<(?:text|decimal|enum|list|boolean) id="([^"]+)"/g);
    for (const [language, text] of Object.entries(adml)) {
      expect(ids(text, /refId="([^"]+)"/g), language).toEqual(elementIds);
    }
  });

  it('has letters, digits and _ only in its ids, as Group Policy requires', () => {
    for (const text of [admx, ...Object.values(adml)]) {
      for (const id of ids(text, /\b(?:id|refId)="([^"]*)"/g)) expect(id).toMatch(/^\w+$/);
      for (const id of ids(text, /\$\((?:string|presentation)\.([^)]*)\)/g))
        expect(id).toMatch(/^\w+$/);
    }
  });

  it('writes each key where the readers look: values by their name, lists as a subkey of 1, 2, …', () => {
    expect(ADMX_KEY.toLowerCase()).toBe(POLICY_REGISTRY_PATH.toLowerCase());
    const policies = [...admx.matchAll(/<policy name="(\w+)"([^>]*)>([\s\S]*?)<\/policy>/g)];
    expect(policies.map(([, name]) => name)).toEqual(policyKeys);
    for (const [, name, attributes, body] of policies) {
      const spec: PolicySpec = policyTable[name as (typeof policyKeys)[number]];
      expect(attributes, name).toContain('class="Both"');
      expect(attributes, name).toContain(`key="${ADMX_KEY}"`);
      const valueNames = [...`${attributes}${body}`.matchAll(/valueName="([^"]+)"/g)].map(
        ([, value]) => value,
      );
      if (spec.kind === 'list') {
        expect(valueNames, name).toEqual([]);
        expect(body, name).toContain(
          `<list id="${name}" key="${ADMX_KEY}\\${name}" valuePrefix=""/>`,
        );
      } else {
        expect(valueNames, name).toEqual([name]);
      }
      if (spec.kind === 'boolean') {
        expect(body, name).toContain('<enabledValue><decimal value="1"/></enabledValue>');
        expect(body, name).toContain('<disabledValue><decimal value="0"/></disabledValue>');
      }
      if (spec.kind === 'number')
        expect(body, name).toContain(`minValue="${spec.range?.min}" maxValue="${spec.range?.max}"`);
      for (const choice of spec.choices ?? [])
        expect(body, name).toContain(`<value><string>${choice}</string></value>`);
    }
  });

  it('explains each key in German in de-DE and in English in en-US', () => {
    for (const key of policyKeys) {
      expect(adml['de-DE']).toContain(escapeXml(policyTable[key].description.de));
      expect(adml['en-US']).toContain(escapeXml(policyTable[key].description.en));
    }
  });
});

describe('policy.schema.json', () => {
  const validator = async () => {
    const ajv = new Ajv2020({ allErrors: true });
    addFormats(ajv);
    const schema = JSON.parse(
      await readFile(committedFile('policy.schema.json'), 'utf8'),
    ) as object;
    return ajv.compile(schema);
  };

  it('accepts the example policy.json', async () => {
    const validate = await validator();
    const example: unknown = JSON.parse(
      await readFile(committedFile('policy.example.json'), 'utf8'),
    );
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    expect(Object.keys(example as object)).toEqual(policyKeys);
  });

  it('refuses a value of the wrong type and a key the table does not know', async () => {
    const validate = await validator();
    expect(validate({ RetentionDays: '14' })).toBe(false);
    expect(validate({ RelayOnly: 1 })).toBe(false);
    expect(validate({ ExtraOrigins: 'wss://xmpp.beratung.example.org' })).toBe(false);
    expect(validate({ Language: 'fr' })).toBe(false);
    expect(validate({ ServerUrl: 'https://meet.example.org', Typo: true })).toBe(false);
  });
});

describe('the example .reg', () => {
  it('is written as regedit exports: UTF-16LE with a BOM, CRLF, version 5 header', async () => {
    const bytes = await readFile(committedFile('policy.example.reg'));
    expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    const text = bytes.subarray(2).toString('utf16le');
    expect(text.startsWith('Windows Registry Editor Version 5.00\r\n\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    expect(text).toContain(`[HKEY_LOCAL_MACHINE\\${POLICY_REGISTRY_PATH}]\r\n`);
    expect(text).toContain('"RetentionDays"=dword:0000000e\r\n');
  });
});

describe('the example policy, read back by the app', () => {
  it('gives the example values from the .reg export', async () => {
    const sources = await readRegFilePolicy(committedFile('policy.example.reg'));
    expect(sources).toHaveLength(1);
    const policy = mergePolicy(sources!, { caseInsensitive: isRegistrySource });
    expect(policy.problems).toEqual([]);
    expect(policy.values).toEqual(parsedExamples);
  });

  /** The dict the profile forces for the bundle id, read with the app's plist reader. */
  async function forcedPreferences(): Promise<PlistValue> {
    const profile = policyFromPlist(await readFile(committedFile('sprechstunde.mobileconfig')));
    const [payload] = (profile?.PayloadContent ?? []) as Dict[];
    expect(payload?.PayloadType).toBe('com.apple.ManagedClient.preferences');
    const domains = payload?.PayloadContent as Dict;
    expect(Object.keys(domains)).toEqual([POLICY_BUNDLE_ID]);
    const [forced] = (domains[POLICY_BUNDLE_ID] as Dict).Forced as Dict[];
    return forced!.mcx_preference_settings!;
  }

  // macOS installs the forced dict as /Library/Managed Preferences/<bundle id>.plist (binary).
  it.each([
    ['XML', (value: PlistValue) => buildPlist(value)],
    ['binary', (value: PlistValue) => buildBinaryPlist(value)],
  ])(
    'gives the example values from the .mobileconfig, installed as %s managed preferences',
    async (_form, write) => {
      const folder = await mkdtemp(join(tmpdir(), 'managed-preferences-'));
      try {
        const path = join(folder, `${POLICY_BUNDLE_ID}.plist`);
        await writeFile(path, write(await forcedPreferences()));
        const policy = mergePolicy([(await readPlistPolicy(path))!]);
        expect(policy.problems).toEqual([]);
        expect(policy.values).toEqual(parsedExamples);
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    },
  );

  it('gives the example values from the example policy.json', async () => {
    const source = await readJsonPolicy(committedFile('policy.example.json'));
    const policy = mergePolicy([source!]);
    expect(policy.problems).toEqual([]);
    expect(policy.values).toEqual(parsedExamples);
  });
});

describe('the profile UUIDs', () => {
  it('are name-based UUIDs (version 5) as RFC 9562 makes them', () => {
    // Python's uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org').
    expect(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '886313e1-3b8a-5372-9b90-0c9aee199e5d',
    );
  });
});
