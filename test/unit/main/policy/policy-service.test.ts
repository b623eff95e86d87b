import { describe, expect, it, vi } from 'vitest';
import { createPolicyService } from '../../../../src/main/policy/policy-service';
import type { PolicySourceRead } from '../../../../src/shared/effective-settings';

function recordingLog() {
  const lines: string[] = [];
  return {
    lines,
    log: {
      info: (line: string) => lines.push(line),
      warn: (line: string) => lines.push(line),
      error: (line: string) => lines.push(line),
    },
  };
}

const file = '/etc/sprechstunde/policy.json';

describe('the policy service', () => {
  it('applies live keys at a reload and holds restart keys until the next start', async () => {
    let values: Record<string, unknown> = { Language: 'de', UpdateUrl: 'https://u.org.example/' };
    const { log } = recordingLog();
    const policy = await createPolicyService({
      read: () => Promise.resolve([{ source: file, values }]),
      log,
    });
    const first = policy.current();
    expect(first.values).toEqual({ Language: 'de', UpdateUrl: 'https://u.org.example/' });

    await policy.reload();
    expect(policy.current()).toBe(first); // nothing changed: the same object

    values = { Language: 'en', UpdateUrl: 'https://elsewhere.example/', KioskMode: true };
    await policy.reload();
    expect(policy.current().values).toEqual({
      Language: 'en',
      UpdateUrl: 'https://u.org.example/',
    });
    expect(policy.current().restartNeeded).toEqual(['UpdateUrl', 'KioskMode']);

    values = { Language: 'en', UpdateUrl: 'https://u.org.example/' };
    await policy.reload();
    expect(policy.current().restartNeeded).toEqual([]);
  });

  it('keeps the network closed when the sources cannot be read at all', async () => {
    const { log, lines } = recordingLog();
    const policy = await createPolicyService({
      read: () => Promise.reject(new Error('EACCES')),
      log,
    });
    expect(policy.current()).toMatchObject({
      networkClosed: true,
      problems: [{ key: null, problem: 'policy.problem.unreadable' }],
    });
    expect(lines.some((line) => line.includes('network stays closed'))).toBe(true);
  });

  it('logs each problem once, by key and source, never the value', async () => {
    const { log, lines } = recordingLog();
    const sources: PolicySourceRead[] = [
      { source: file, values: { ServerUrl: 'http://secret-host.example/path' } },
    ];
    const policy = await createPolicyService({ read: () => Promise.resolve(sources), log });
    await policy.reload();
    const problems = lines.filter((line) => line.startsWith('policy '));
    expect(problems).toEqual([`policy ${file}: ServerUrl: validation.serverUrl.invalid`]);
    expect(lines.join('\n')).not.toContain('secret-host');
  });

  it('reads again on its timer until stopped', async () => {
    vi.useFakeTimers();
    try {
      const read = vi.fn((): Promise<PolicySourceRead[]> => Promise.resolve([]));
      const policy = await createPolicyService({ read, log: recordingLog().log });
      const stop = policy.watch(60_000);
      await vi.advanceTimersByTimeAsync(180_000);
      expect(read).toHaveBeenCalledTimes(4);
      stop();
      await vi.advanceTimersByTimeAsync(180_000);
      expect(read).toHaveBeenCalledTimes(4);
    } finally {
      vi.useRealTimers();
    }
  });
});
