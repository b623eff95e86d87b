import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The e2e tests run the built renderer and preloads; `npm test` builds them first. */
export default function setup() {
  for (const built of [
    'out/renderer/index.html',
    'out/preload/index.cjs',
    'out/preload/meeting.cjs',
    'out/preload/kiosk.cjs',
  ]) {
    if (!existsSync(resolve(built))) {
      throw new Error(`${built} is missing: run \`npm run build\` first (npm test does).`);
    }
  }
}
