import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileSink } from '../../../../src/main/log/file-sink';
import { createLogger } from '../../../../src/main/log/logger';
import { redact } from '../../../../src/main/log/redact';
import { generateRoomName } from '../../../../src/shared/room-name';

const jwt =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJiZXJhdGVyaW4iLCJleHAiOjE3OTk5OTk5OTl9.c2lnbmF0dXJl';

describe('log redaction', () => {
  it('removes tokens, room names, URL paths and secret values that slip into a line', () => {
    const room = generateRoomName();
    const line = redact(
      `joined https://user:pw@meet.beratung.example:8443/${room}?jwt=${jwt}#config.x=1 ` +
        `with Authorization ${jwt}, password=Kl13nt!, "token": "abc.def", room ${room}`,
    );
    expect(line).toBe(
      'joined https://meet.beratung.example:8443/… with Authorization [token], ' +
        'password=[redacted], "token": "[redacted]", room [room]',
    );
  });

  it('leaves ordinary log lines alone', () => {
    const line =
      '2026-11-23T10:00:00.000Z warn [appointments] appointment file moved aside: corrupt';
    expect(redact(line)).toBe(line);
  });

  it('is applied to every line a logger writes, including error details', () => {
    const lines: string[] = [];
    const log = createLogger('meeting', (line) => lines.push(line));
    log.info(`token ${jwt}`);
    log.error('request failed', new Error(`GET https://meet.example/${generateRoomName()} 401`));
    expect(lines.join('\n')).not.toMatch(/eyJ|meet\.example\/[a-z]/);
  });

  it('writes to a log file, keeping one older file past 1 MiB', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sprechstunde-log-'));
    try {
      const path = join(folder, 'logs', 'sprechstunde.log');
      const sink = createFileSink(path);
      sink('first line');
      expect(await readFile(path, 'utf8')).toBe('first line\n');
      await writeFile(path, 'x'.repeat(1024 * 1024 + 1));
      sink('after rotation');
      expect((await readdir(join(folder, 'logs'))).sort()).toEqual([
        'sprechstunde.log',
        'sprechstunde.log.1',
      ]);
      expect(await readFile(path, 'utf8')).toBe('after rotation\n');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
