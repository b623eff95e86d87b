import { electronBinary } from './electron-binary';

/**
 * Where the tests must run (the hosted CI sets SPRECHSTUNDE_ELECTRON_REQUIRED=1),
 * a missing binary fails the run instead of skipping every test.
 */
export default function requireElectronWhereAskedTo(): void {
  if (process.env.SPRECHSTUNDE_ELECTRON_REQUIRED !== '1') return;
  const binary = electronBinary();
  if (binary.path === null) {
    throw new Error(
      `SPRECHSTUNDE_ELECTRON_REQUIRED=1, but there is no Electron binary: ${binary.reason}`,
    );
  }
}
