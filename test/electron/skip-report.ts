import type { Reporter, TestModule } from 'vitest/node';
import { electronBinary } from './electron-binary';

/**
 * Where there is no Electron binary every test/electron test is skipped; this
 * says so once, at the end of the run: which tests did not run, why, and
 * where they do run.
 */
export default class ElectronSkipReport implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    const binary = electronBinary();
    if (binary.path !== null) return;
    const skipped = testModules.flatMap((module) =>
      [...module.children.allTests('skipped')].map(
        (test) => `${module.relativeModuleId} > ${test.fullName}`,
      ),
    );
    process.stdout.write(skipNotice(binary.reason, skipped));
  }
}

export function skipNotice(reason: string, skipped: readonly string[]): string {
  return [
    '',
    `*** test/electron: ${skipped.length} tests SKIPPED, none ran against the real app.`,
    `*** Reason: no Electron binary: ${reason}.`,
    '*** Skipped:',
    ...skipped.map((name) => `***   - ${name}`),
    '*** To run them:',
    '***   - here: download the binary with `npx install-electron --no` (this electron package',
    '***     downloads it on first use; `npm ci` never does, ELECTRON_SKIP_BINARY_DOWNLOAD or not),',
    '***     then `npm run test:electron` (on Linux under `xvfb-run -a`);',
    '***   - or on hosted runners: the CI workflow .github/workflows/ci.yml runs them on',
    '***     Windows, macOS and Linux for every push to main and every pull request.',
    '',
  ].join('\n');
}
