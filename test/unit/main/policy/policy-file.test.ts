import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { policyFileFormat, readPolicyFile } from '../../../../src/main/policy/policy-file';

const fixtures = join(import.meta.dirname, '../../../fixtures/policy');

describe('policyFileFormat', () => {
  it.each([
    ['policy.json', 'json'],
    ['de.sprechstunde.desktop.xml.plist', 'plist'],
    ['de.sprechstunde.desktop.binary.plist', 'plist'],
    ['policy-hklm.reg', 'reg'],
  ])('tells %s by its content, whatever it is called', async (name, format) => {
    const bytes = await readFile(join(fixtures, name));
    expect(policyFileFormat('/tmp/policy.txt', bytes)).toBe(format);
  });

  it('goes by the extension when the content does not say', () => {
    const broken = Buffer.from('{"ServerUrl": ');
    expect(policyFileFormat('a.reg', broken)).toBe('reg');
    expect(policyFileFormat('a.PLIST', broken)).toBe('plist');
    expect(policyFileFormat('a', broken)).toBe('json');
  });
});

describe('readPolicyFile', () => {
  it('reads each form to the same values, and a missing file to null', async () => {
    const reads = await Promise.all(
      ['policy.json', 'de.sprechstunde.desktop.binary.plist', 'policy-hklm.reg'].map((name) =>
        readPolicyFile(join(fixtures, name)),
      ),
    );
    const [json, plist, reg] = reads.map((read) => ({ ...read![0]!.values }));
    expect(plist).toEqual(json);
    expect(reg).toEqual(json);
    expect(reads[2]![0]).toMatchObject({ fromRegistry: true });
    expect(await readPolicyFile(join(fixtures, 'missing.json'))).toBeNull();
  });
});
