import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { join, relative } from 'node:path';

/** One finding, with the source line it points at (what a reviewed entry matches). */
export interface Finding {
  check: string;
  /** Relative to the scanned folder; `N/A` for a finding about the whole app. */
  file: string;
  line: number;
  /** The trimmed source line at the finding, or its description when it has no line. */
  source: string;
  description: string;
  severity: string;
  confidence: string;
}

export interface ScanResult {
  findings: Finding[];
  /** Files it could not parse: their checks did not run. */
  parseErrors: { file: string; message: string }[];
  /** What it tried to fetch (refused). */
  refusedRequests: string[];
  checksRun: number;
}

interface RawIssue {
  id: string;
  file: string;
  location: { line: number; column: number };
  description: string;
  severity: { name: string };
  confidence: { name: string };
}

type Runner = (
  options: Record<string, unknown>,
  forCli: false,
) => Promise<{
  globalChecks: number;
  atomicChecks: number;
  errors: { file: string; message: string }[];
  issues: RawIssue[];
}>;

// Electronegativity fetches with `got`: its translations (locales/i18n.js, on every run,
// from an S3 bucket) and Electron's release list from GitHub (the check excluded below).
// CI has no internet besides npm, and a lint must not depend on it: while Electronegativity
// loads (its modules require `got` as they load), `got` resolves to a function that
// refuses, and each refused address is reported.
const refusedRequests: string[] = [];
function refuse(url: unknown): Promise<never> {
  refusedRequests.push(String(url));
  return Promise.reject(new Error('no network in lint'));
}

function loadOffline(): Runner {
  const moduleInternals = Module as unknown as {
    _load: (request: string, parent: unknown, isMain: boolean) => unknown;
  };
  const load = moduleInternals._load;
  moduleInternals._load = function (request, parent, isMain) {
    if (request === 'got') return Object.assign(refuse, { head: refuse, get: refuse });
    return load.call(this, request, parent, isMain);
  };
  try {
    return createRequire(import.meta.url)('@doyensec/electronegativity') as Runner;
  } finally {
    moduleInternals._load = load;
  }
}

/**
 * Every check runs but two. AvailableSecurityFixesGlobalCheck compares the Electron
 * version with GitHub's release list (offline it would read whatever `releases.*.json`
 * an earlier run left in the temp folder); ElectronVersionJSONCheck only feeds it,
 * reporting the version as information. Whether Electron is behind a security
 * release is a question for dependency updates (`npm outdated`, `npm audit`), not for
 * a lint that reads the code.
 */
const EXCLUDED_CHECKS = ['availablesecurityfixesglobalcheck', 'electronversionjsoncheck'];

/** Runs Electronegativity over `folder`, offline; every finding, at any severity or confidence. */
export async function scan(folder: string, electronVersion: string): Promise<ScanResult> {
  // Its i18n reads LANG as a locale name; it ships en-US.
  process.env.LANG = 'en-US';
  const run = loadOffline();
  const log = console.log;
  // The refused translation download says so on the console; nothing else is printed.
  console.log = (...args: unknown[]) => {
    if (!String(args[0]).startsWith('Could not retrieve updated translations')) log(...args);
  };
  try {
    const requestsBefore = refusedRequests.length;
    const result = await run(
      {
        input: folder,
        isRelative: true,
        electronVersionOverride: electronVersion,
        excludeFromScan: EXCLUDED_CHECKS,
      },
      false,
    );
    const lines = new Map<string, string[]>();
    const lineAt = (file: string, line: number) => {
      if (!lines.has(file)) lines.set(file, readFileSync(join(folder, file), 'utf8').split('\n'));
      return lines.get(file)![line - 1]?.trim() ?? '';
    };
    return {
      findings: result.issues.map((issue) => ({
        check: issue.id,
        file: issue.file,
        line: issue.location.line,
        source:
          issue.file === 'N/A' || issue.location.line < 1
            ? issue.description
            : lineAt(issue.file, issue.location.line),
        description: issue.description,
        severity: issue.severity.name,
        confidence: issue.confidence.name,
      })),
      parseErrors: result.errors.map(({ file, message }) => ({
        file: relative(folder, file),
        message,
      })),
      refusedRequests: refusedRequests.slice(requestsBefore),
      checksRun: result.globalChecks + result.atomicChecks,
    };
  } finally {
    console.log = log;
  }
}
