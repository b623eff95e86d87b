import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { contentSecurityPolicy } from '../src/shared/content-security-policy';
import { kioskWindowOptions } from '../src/main/kiosk/kiosk-window';
import { mainWindowOptions } from '../src/main/windows/main-window';
import { meetingWindowOptions } from '../src/main/windows/meeting-window';
import { screenSharingIndicatorOptions } from '../src/main/windows/screen-sharing-indicator';
import { screenSourcePickerOptions } from '../src/main/windows/screen-source-picker';
import { parseReviewedList, review } from './electronegativity-review';
import { scan, type Finding } from './electronegativity-scan';

// Electronegativity (Doyensec's Electron security linter) over what ships: the
// TypeScript sources of main, preload, renderer and shared (it parses TS with Babel 7,
// falling back to typescript-estree 4 only when Babel fails; the built out/ would hide
// the .cjs preloads from it and name the renderer by content hash), the Jitsi Electron
// SDK (its main-process code runs in the app's main process), and the values the app
// computes, which it cannot see in the source:
// - windows are made by `new options.BrowserWindow(someOptions(...))`; its window
//   checks match only `new BrowserWindow({ literal })`, so each window's options, as
//   the functions the app calls return them, are written out as such a literal;
// - the Content-Security-Policy is a function of the page: each page's is written out.
// Every finding must be on the reviewed list with its reason; an entry that matches
// nothing is stale. A file it cannot parse fails the lint. Offline (see the scan module).
// Usage: tsx scripts/electronegativity.ts

const REVIEWED_LIST = 'electronegativity-reviewed.yml';
const SERVER_ORIGIN = 'https://meet.example.org';

/** The windows the app opens: where each is made, and its options as made there. */
const windows: { file: string; options: BrowserWindowConstructorOptions }[] = [
  {
    file: 'src/main/windows/main-window.ts',
    options: mainWindowOptions({
      preload: '../preload/index.cjs',
      devTools: false,
      title: 'Sprechstunde',
    }),
  },
  {
    file: 'src/main/kiosk/kiosk-window.ts',
    options: kioskWindowOptions({ preload: '../preload/kiosk.cjs', title: 'Sprechstunde' }),
  },
  {
    file: 'src/main/windows/meeting-window.ts',
    options: meetingWindowOptions({
      preload: '../preload/meeting.cjs',
      partition: 'meeting-<uuid>',
      devTools: false,
      title: 'Sprechstunde – Beratung',
    }),
  },
  {
    file: 'src/main/windows/screen-sharing-indicator.ts',
    options: screenSharingIndicatorOptions({
      preload: '../preload/screen-sharing-indicator.cjs',
      partition: 'meeting-<uuid>',
      devTools: false,
      title: 'Sprechstunde',
      workArea: { x: 0, y: 0, width: 1920, height: 1080 },
    }),
  },
  {
    file: 'src/main/windows/screen-source-picker.ts',
    options: screenSourcePickerOptions({
      preload: '../preload/screen-source-picker.cjs',
      partition: 'meeting-<uuid>',
      devTools: false,
      title: 'Sprechstunde',
      // Left out of the literal below: an object, not a switch.
      parent: null as unknown as BrowserWindow,
    }),
  },
];

const WINDOW_CONSTRUCTION = /new\s+[\w.]*(?:BrowserWindow|BrowserView|WebContentsView)\w*\s*\(/g;
const SCANNED = /\.(?:js|jsx|ts|tsx|html?)$|(?:^|\/)package(?:-lock)?\.json$/;

async function filesBelow(folder: string): Promise<string[]> {
  const names = await readdir(folder, { recursive: true });
  return names.map((name) => name.split('\\').join('/')).sort();
}

/** Every file in src that makes a window, with how many it makes. */
async function windowConstructions(): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  for (const name of await filesBelow('src')) {
    if (!/\.tsx?$/.test(name)) continue;
    const count = (await readFile(join('src', name), 'utf8')).match(WINDOW_CONSTRUCTION)?.length;
    if (count) found.set(`src/${name}`, count);
  }
  return found;
}

function windowLiterals(): string {
  const literal = (options: BrowserWindowConstructorOptions) =>
    JSON.stringify(options, (key, value: unknown) => (key === 'parent' ? undefined : value), 2);
  return windows
    .map(({ file, options }) => `new BrowserWindow(/* ${file} */ ${literal(options)});\n`)
    .join('\n');
}

async function policyHeaders(): Promise<string> {
  const pages = (await readdir('src/renderer')).filter((name) => name.endsWith('.html')).sort();
  return pages
    .map((page) => {
      const policy = contentSecurityPolicy({ page: `/${page}`, serverOrigin: SERVER_ORIGIN });
      // The page and its whole policy on one line: a review names both, so any change
      // to a policy leaves its entry stale.
      return `callback({ responseHeaders: { 'Content-Security-Policy': [/* /${page} */ ${JSON.stringify(policy)}] } });\n`;
    })
    .join('');
}

/** The folder Electronegativity reads (it skips any path containing `node_modules`). */
async function scanFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'electronegativity-'));
  for (const part of ['main', 'preload', 'renderer', 'shared']) {
    await cp(join('src', part), join(folder, 'src', part), { recursive: true });
  }
  await cp('package.json', join(folder, 'package.json'));
  await cp('node_modules/@jitsi/electron-sdk', join(folder, '@jitsi/electron-sdk'), {
    recursive: true,
    filter: (source) => !['node_modules', 'test', 'prebuilds'].includes(basename(source)),
  });
  // It reads .js but not .cjs or .mjs (the SDK's renderer entry is one): a copy as .js.
  for (const name of await filesBelow(folder)) {
    if (/\.[cm]js$/.test(name)) await cp(join(folder, name), join(folder, `${name}.js`));
  }
  await mkdir(join(folder, 'shipped-values'));
  await writeFile(join(folder, 'shipped-values/windows.js'), windowLiterals());
  await writeFile(join(folder, 'shipped-values/content-security-policy.js'), await policyHeaders());
  return folder;
}

const describe = (finding: Finding) =>
  `${finding.file}:${finding.line} ${finding.check} (${finding.severity}, ${finding.confidence})\n` +
  `    ${finding.source}\n    ${finding.description}`;

const problems: string[] = [];

const constructions = await windowConstructions();
for (const [file, count] of constructions) {
  const listed = windows.filter((window) => window.file === file).length;
  if (listed !== count) {
    problems.push(
      `${file} makes ${count} window(s), ${listed} listed in scripts/electronegativity.ts: ` +
        'add its options there, or Electronegativity never sees its switches',
    );
  }
}
for (const { file } of windows) {
  if (!constructions.has(file)) problems.push(`${file} no longer makes a window: remove it`);
}

const reviewed = parseReviewedList(await readFile(REVIEWED_LIST, 'utf8'));
const electronVersion = (
  JSON.parse(await readFile('node_modules/electron/package.json', 'utf8')) as { version: string }
).version;
const folder = await scanFolder();
try {
  const files = (await filesBelow(folder)).filter((name) => SCANNED.test(name));
  // Its own inline `eng-disable` comments would hide a finding from the reviewed list.
  for (const name of files) {
    if ((await readFile(join(folder, name), 'utf8')).includes('eng-disable')) {
      problems.push(`${name}: an eng-disable comment; put the finding on ${REVIEWED_LIST}`);
    }
  }
  const result = await scan(folder, electronVersion);
  for (const { file, message } of result.parseErrors) {
    problems.push(`${file}: not parsed, so not checked: ${message}`);
  }
  const { unreviewed, stale } = review(result.findings, reviewed);
  for (const finding of unreviewed) problems.push(`not reviewed: ${describe(finding)}`);
  for (const entry of stale) {
    problems.push(
      `stale review (matches no finding): ${entry.check} ${entry.file} "${entry.match}"`,
    );
  }
  for (const problem of problems) console.error(problem);
  if (result.refusedRequests.length > 0) {
    console.log(`lint:electron: refused to fetch ${result.refusedRequests.join(', ')}`);
  }
  console.log(
    `lint:electron: ${files.length} files, ${result.checksRun} checks, Electron ${electronVersion}: ` +
      `${result.findings.length} finding(s), ${unreviewed.length} not reviewed, ${stale.length} stale review(s)`,
  );
} finally {
  await rm(folder, { recursive: true, force: true });
}
process.exit(problems.length === 0 ? 0 : 1);
