// The kiosk's exit PIN as policy takes it: npm run kiosk:pin-hash
// Asks for the PIN twice without echo; without a terminal, reads two lines from stdin.
import { text } from 'node:stream/consumers';
import { hashPin } from '../src/main/kiosk/exit-pin';
import { POLICY_BUNDLE_ID, POLICY_REGISTRY_PATH } from '../src/shared/policy';

const MIN_PIN_LENGTH = 4;
/** What the kiosk's exit channel takes (ipc-contract.ts, `kiosk:exit`). */
const MAX_PIN_LENGTH = 64;

class Cancelled extends Error {}

/** One line typed at the terminal, shown as nothing at all. */
function askHidden(prompt: string): Promise<string> {
  const input = process.stdin;
  // Raw before the prompt: keys typed as soon as it shows must not be echoed.
  input.setRawMode(true);
  input.setEncoding('utf8');
  input.resume();
  process.stderr.write(prompt);
  return new Promise((resolve, reject) => {
    let pin = '';
    let inEscape = false;
    const finish = () => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      process.stderr.write('\n');
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (inEscape) {
          // Arrow and function keys: ESC [ … up to a letter or ~.
          if (/[a-zA-Z~]/.test(char)) inEscape = false;
        } else if (char === '\r' || char === '\n') {
          finish();
          resolve(pin);
          return;
        } else if (char === '\u0003' || char === '\u0004') {
          finish();
          reject(new Cancelled());
          return;
        } else if (char === '\u007f' || char === '\b') {
          pin = [...pin].slice(0, -1).join('');
        } else if (char === '\u001b') {
          inEscape = true;
        } else if (char >= ' ') {
          pin += char;
        }
      }
    };
    input.on('data', onData);
  });
}

async function readPins(): Promise<[string, string]> {
  if (process.stdin.isTTY) {
    const first = await askHidden('Exit PIN: ');
    const second = await askHidden('The same PIN again: ');
    return [first, second];
  }
  const lines = (await text(process.stdin)).split(/\r?\n/);
  if (lines.length < 2) throw new Error('Expected the PIN twice, one per line.');
  return [lines[0]!, lines[1]!];
}

function problemWith(first: string, second: string): string | null {
  if (first !== second) return 'The two PINs differ. Nothing was made.';
  if ([...first].length < MIN_PIN_LENGTH)
    return `The PIN is too short: at least ${MIN_PIN_LENGTH} digits or characters.`;
  if (first.length > MAX_PIN_LENGTH)
    return `The PIN is too long: at most ${MAX_PIN_LENGTH} characters.`;
  return null;
}

async function main(): Promise<number> {
  let pins: [string, string];
  try {
    pins = await readPins();
  } catch (error) {
    if (error instanceof Cancelled) return 130;
    console.error(error instanceof Error ? error.message : 'Could not read the PIN.');
    return 1;
  }
  const problem = problemWith(...pins);
  if (problem) {
    console.error(problem);
    return 1;
  }
  const hash = await hashPin(pins[0]);
  console.log(hash);
  console.error(
    `Put it into policy as KioskExitPinHash: in policy.json "KioskExitPinHash": "<the line above>", ` +
      `in the registry a REG_SZ value under HKLM\\${POLICY_REGISTRY_PATH}, ` +
      `on macOS a string in the ${POLICY_BUNDLE_ID} profile.`,
  );
  return 0;
}

process.exitCode = await main();
