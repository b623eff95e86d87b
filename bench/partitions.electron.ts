import { launchApp } from '../test/electron/launch-app';
import { electronBinary } from '../test/electron/electron-binary';

// `npm run bench:electron`: what one consultation's in-memory partition still
// costs after the app wiped it. Electron never frees a session (there is no
// API to destroy one), so each consultation leaves its empty partition behind
// until the app quits. Measured in the real app, since only Electron has
// sessions: N meeting windows on N fresh partitions, opened, loaded, closed
// and wiped as src/main/windows/meeting-window.ts does, then the memory of all
// the app's processes (app.getAppMetrics) against the same app before.
const ROUNDS = Number(process.env.PARTITION_ROUNDS ?? 20);

const binary = electronBinary();
if (binary.path === null) {
  console.log(
    `bench:electron SKIPPED: ${binary.reason}.\n` +
      `It would open and wipe ${ROUNDS} meeting partitions in the real app and report the memory ` +
      'each one keeps. Run it where the Electron binary is installed (the hosted CI workflow does).',
  );
  process.exit(0);
}

const launched = await launchApp({ settings: { language: 'en' } });
const { app } = launched;
try {
  const measure = () =>
    app.evaluate(async ({ app: electronApp }) => {
      // Twice: V8 and Chromium free in stages.
      for (let i = 0; i < 2; i++) {
        (globalThis as { gc?: () => void }).gc?.();
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      const metrics = electronApp.getAppMetrics();
      return {
        kib: metrics.reduce((sum, process) => sum + process.memory.workingSetSize, 0),
        processes: metrics.length,
      };
    });
  const before = await measure();
  await app.evaluate(async ({ BrowserWindow, session }, rounds) => {
    for (let i = 0; i < rounds; i++) {
      const partition = `meeting-bench-${i}-${Date.now()}`;
      const meetingSession = session.fromPartition(partition);
      const window = new BrowserWindow({
        show: false,
        webPreferences: { partition, sandbox: true, contextIsolation: true },
      });
      await window.loadURL('about:blank');
      await meetingSession.cookies.set({ url: 'https://meet.invalid/', name: 'k', value: 'v' });
      const closed = new Promise<void>((resolve) => window.once('closed', () => resolve()));
      window.close();
      await closed;
      // The wipe of meeting-window.ts, in its order.
      await meetingSession.closeAllConnections();
      await meetingSession.clearData();
      await meetingSession.clearCache();
      await meetingSession.clearAuthCache();
      await meetingSession.clearHostResolverCache();
    }
  }, ROUNDS);
  const after = await measure();
  const perPartition = (after.kib - before.kib) / ROUNDS;
  console.log(
    `\nMeeting partitions kept after the wipe (${ROUNDS} consultations, Electron ${await app.evaluate(() => process.versions.electron)}):\n` +
      `  all processes before: ${before.kib} KiB in ${before.processes} processes\n` +
      `  all processes after:  ${after.kib} KiB in ${after.processes} processes\n` +
      `  per consultation:     ${perPartition.toFixed(0)} KiB`,
  );
} finally {
  await launched.close();
}
