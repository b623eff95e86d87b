import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseReviewedList, review } from '../../../scripts/electronegativity-review';
import { scan, type Finding } from '../../../scripts/electronegativity-scan';

const finding = (overrides: Partial<Finding> = {}): Finding => ({
  check: 'SANDBOX_JS_CHECK',
  file: 'src/main/windows.ts',
  line: 3,
  source: 'sandbox: false,',
  description: 'Use sandbox for untrusted origins',
  severity: 'MEDIUM',
  confidence: 'FIRM',
  ...overrides,
});

const entry = {
  check: 'SANDBOX_JS_CHECK',
  file: 'src/main/windows.ts',
  match: 'sandbox: false',
  reason: 'This window shows only a local page that is part of the bundle.',
};

describe('the Electronegativity review', () => {
  it('passes a finding its entry covers, by check, file and source line, whatever the line number', () => {
    expect(review([finding({ line: 40 })], [entry])).toEqual({ unreviewed: [], stale: [] });
  });

  it('fails a finding no entry covers: another check, another file or another line', () => {
    const others = [
      finding({ check: 'PRELOAD_JS_CHECK' }),
      finding({ file: 'src/main/other.ts' }),
      finding({ source: 'sandbox: options.sandbox,' }),
    ];
    expect(review([finding(), ...others], [entry]).unreviewed).toEqual(others);
  });

  it('fails an entry that covers no finding any more', () => {
    expect(review([], [entry])).toEqual({ unreviewed: [], stale: [entry] });
  });

  it('refuses an entry without a reason, or with an unknown key', () => {
    expect(() => parseReviewedList('- {check: A_CHECK, file: a.ts, match: x}')).toThrow();
    expect(() =>
      parseReviewedList(
        `- {check: A_CHECK, file: a.ts, match: x, line: 3, reason: "${entry.reason}"}`,
      ),
    ).toThrow();
  });

  it("reads the repository's list", async () => {
    const list = parseReviewedList(await readFile('electronegativity-reviewed.yml', 'utf8'));
    expect(list.length).toBeGreaterThan(0);
  });
});

describe('the Electronegativity scan', () => {
  let folder = '';
  afterEach(() => rm(folder, { recursive: true, force: true }));

  it('reports a file it cannot parse, finds what the others hold, and is refused the one download it tries', async () => {
    folder = await mkdtemp(join(tmpdir(), 'electronegativity-test-'));
    await mkdir(join(folder, 'src'));
    await writeFile(join(folder, 'src/broken.ts'), 'export const = ;\n');
    await writeFile(
      join(folder, 'src/window.ts'),
      [
        "import { BrowserWindow } from 'electron';",
        'export const window = new BrowserWindow({',
        '  webPreferences: { contextIsolation: true, sandbox: false },',
        '});',
      ].join('\n'),
    );
    const result = await scan(folder, '45.4.1');
    expect(result.parseErrors.map(({ file }) => file)).toEqual(['src/broken.ts']);
    expect(result.findings).toContainEqual(
      expect.objectContaining({
        check: 'SANDBOX_JS_CHECK',
        file: 'src/window.ts',
        source: 'webPreferences: { contextIsolation: true, sandbox: false },',
      }),
    );
    expect(result.refusedRequests).toEqual([
      'https://electronegativity-i18n.s3.us-west-2.amazonaws.com/en-US.json',
    ]);
  }, 30_000);
});
