import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyPin } from '../../../src/main/kiosk/exit-pin';
import { kioskPinHashSchema } from '../../../src/shared/policy';

const root = join(import.meta.dirname, '../../..');
const tsx = join(root, 'node_modules/.bin/tsx');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run kiosk:pin-hash` with `input` piped in, as without a terminal. */
async function pinHash(input: string): Promise<Run> {
  const child = spawn(tsx, ['scripts/kiosk-pin-hash.ts'], { cwd: root });
  child.stdin.end(input);
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  const [stdout, stderr] = await Promise.all([text(child.stdout), text(child.stderr)]);
  return { status: await exited, stdout, stderr };
}

const refusals = [
  ['two different PINs', '2468\n2469\n', 'differ'],
  ['a PIN of three digits', '246\n246\n', 'too short'],
  ['an empty PIN', '\n\n', 'too short'],
  ['a PIN longer than the kiosk takes', `${'7'.repeat(65)}\n${'7'.repeat(65)}\n`, 'too long'],
  ['the PIN only once', '2468', 'twice'],
] as const;

// Each run starts tsx (seconds on a busy machine): all at once, before the tests.
const runs = new Map<string, Run>();
beforeAll(async () => {
  const inputs = ['2468\n2468\n', 'Kiosk-7\r\nKiosk-7', ...refusals.map(([, input]) => input)];
  const results = await Promise.all(inputs.map(pinHash));
  inputs.forEach((input, i) => runs.set(input, results[i]!));
}, 120_000);
const pinHashRun = (input: string) => runs.get(input)!;

describe('npm run kiosk:pin-hash', () => {
  it('prints a hash of the PIN that policy takes, and how to put it there', async () => {
    const run = pinHashRun('2468\n2468\n');
    expect(run.status).toBe(0);
    const hash = run.stdout.trim();
    expect(kioskPinHashSchema.safeParse(hash).success).toBe(true);
    expect(await verifyPin('2468', hash)).toBe(true);
    expect(await verifyPin('2469', hash)).toBe(false);
    expect(run.stderr).toContain('KioskExitPinHash');
    expect(run.stderr).not.toContain('2468');
  });

  it('takes Windows line endings and a last line without one', async () => {
    const run = pinHashRun('Kiosk-7\r\nKiosk-7');
    expect(run.status).toBe(0);
    expect(await verifyPin('Kiosk-7', run.stdout.trim())).toBe(true);
  });

  it.each(refusals)('refuses %s and prints no hash', (_what, input, message) => {
    const run = pinHashRun(input);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
  });
});
