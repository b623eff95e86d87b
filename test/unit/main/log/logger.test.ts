import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../../src/main/log/logger';

describe('logger', () => {
  it('writes scope and level, and reduces errors to name and code', () => {
    const lines: string[] = [];
    const log = createLogger('appointments', (line) => lines.push(line));
    const error = Object.assign(new Error("EACCES: open '/home/berater/Klientin Meyer.json'"), {
      code: 'EACCES',
    });
    log.error('writing failed', error);
    expect(lines[0]).toMatch(/^\S+Z error \[appointments\] writing failed \(Error EACCES\)$/);
    expect(lines[0]).not.toContain('Meyer');
  });
});
