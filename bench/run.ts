import { cpus, totalmem } from 'node:os';
import { benchCalendar } from './calendar.bench';
import { benchJoin } from './join.bench';
import { benchKiosk } from './kiosk.bench';
import { benchNetwork } from './network.bench';
import { benchPolicy } from './policy.bench';
import { benchRenderer } from './renderer.bench';
import { benchStore } from './store.bench';
import { table } from './stats';

// `npm run bench`: every measure in one run on one machine, so the ratios
// compare like with like. Paste the output into BENCHMARKS.md.
const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`;
const only = process.argv[2];
const rows = [
  ...(!only || only === 'network' ? benchNetwork() : []),
  ...(!only || only === 'policy' ? await benchPolicy() : []),
  ...(!only || only === 'store' ? await benchStore() : []),
  ...(!only || only === 'renderer' ? await benchRenderer() : []),
  ...(!only || only === 'join' ? await benchJoin() : []),
  ...(!only || only === 'calendar' ? await benchCalendar() : []),
  ...(!only || only === 'kiosk' ? await benchKiosk() : []),
];
console.log(`\nMachine: ${machine}\nDate: ${new Date().toISOString().slice(0, 10)}\n`);
console.log(table(rows));
