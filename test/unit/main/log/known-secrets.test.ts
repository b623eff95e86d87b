import { describe, expect, it } from 'vitest';
import { createKnownSecrets } from '../../../../src/main/log/known-secrets';
import { createLogger } from '../../../../src/main/log/logger';
import { generateRoomName } from '../../../../src/shared/room-name';

// Values no pattern of redact.ts recognises: only knowing them removes them.
const password = 'Sonnenblume-Meyer';
const token =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJiZXJhdGVyaW4iLCJleHAiOjE3OTk5OTk5OTl9.c2lnbmF0dXJlLXZvbi1kZXItYmVyYXRlcmlu';

describe('known secrets', () => {
  it('removes a known value in prose, without any key before it', () => {
    const known = createKnownSecrets();
    known.add(password);
    expect(known.redact(`Frau M. sagte, ihr Zugang sei ${password} gewesen`)).toBe(
      'Frau M. sagte, ihr Zugang sei [secret] gewesen',
    );
  });

  it('removes every occurrence, glued to other text and in another ASCII case', () => {
    const known = createKnownSecrets();
    known.add(password);
    expect(known.redact(`x${password}y ${password.toUpperCase()}`)).toBe('x[secret]y [secret]');
  });

  it('removes the parts of a token a wrapping library split across lines and calls', () => {
    const known = createKnownSecrets();
    known.add(token);
    const [first, second] = [token.slice(0, 70), token.slice(70)];
    expect(known.redact(`jwt ${first}`)).toBe('jwt [secret]');
    expect(known.redact(`${second} (continued)`)).toBe('[secret] (continued)');
    expect(known.redact(`${first}\\n${second}`)).toBe('[secret]\\n[secret]');
  });

  it('leaves a part shorter than a fragment, and short values, alone', () => {
    const known = createKnownSecrets();
    known.add(token);
    known.add('abc12');
    expect(known.redact(`tail ${token.slice(-15)}, abc12`)).toBe(`tail ${token.slice(-15)}, abc12`);
  });

  it('matches a short value whole only', () => {
    const known = createKnownSecrets();
    known.add('Tulpe7');
    expect(known.redact('Tulpe7 and Tulpe')).toBe('[secret] and Tulpe');
  });

  it('forgets a removed value, but keeps one added twice until removed twice', () => {
    const known = createKnownSecrets();
    known.add(password);
    known.add(password);
    known.remove(password);
    expect(known.redact(password)).toBe('[secret]');
    known.remove(password);
    expect(known.redact(password)).toBe(password);
  });

  it('keeps the parts a removed token shared with a known one', () => {
    const known = createKnownSecrets();
    const other = `${token.split('.')[0]!}.eyJzdWIiOiJhbmRlcmUifQ.YW5kZXJlLXNpZ25hdHVyZQ`;
    known.add(token);
    known.add(other);
    known.remove(other);
    expect(known.redact(token)).toBe('[secret]');
    expect(known.redact(other.split('.').slice(1).join('.'))).toBe(
      other.split('.').slice(1).join('.'),
    );
  });

  it('follows a source that replaces its list on every change', () => {
    const known = createKnownSecrets();
    const first = { roomName: generateRoomName() };
    const second = { roomName: generateRoomName() };
    let list: readonly { roomName: string }[] = [first];
    known.follow(
      () => list,
      (item) => item.roomName,
    );
    expect(known.redact(`room ${first.roomName}`)).toBe('room [secret]');
    list = [second];
    expect(known.redact(`${first.roomName} ${second.roomName}`)).toBe(`${first.roomName} [secret]`);
  });

  it('keeps logging when a source cannot be read', () => {
    const known = createKnownSecrets();
    let fails = false;
    known.follow(
      () => {
        if (fails) throw new Error('store locked');
        return [password];
      },
      (value) => value,
    );
    expect(known.redact(password)).toBe('[secret]');
    fails = true;
    expect(known.redact(`still ${password}`)).toBe('still [secret]');
  });

  it('guards a sink once, so every logger writing to it redacts what is known', () => {
    const known = createKnownSecrets();
    const lines: string[] = [];
    const sink = known.guard((line) => lines.push(line));
    expect(known.guard(sink)).toBe(sink);
    known.add(password);
    createLogger('library', sink).warn(`login failed for ${password}`);
    createLogger('other', sink).info(`retrying with ${password.slice(0, 16)}`);
    expect(lines).toHaveLength(2);
    expect(lines.join('\n')).not.toContain(password);
    expect(lines[0]).toMatch(/ warn \[library\] login failed for \[secret\]$/);
  });

  it('finds one room name among five thousand', () => {
    const known = createKnownSecrets();
    const names = Array.from({ length: 5000 }, () => generateRoomName());
    for (const name of names) known.add(name);
    const line = `${'ordinary words in a log line '.repeat(10)}${names[4321]!}`;
    expect(known.redact(line)).toBe(`${'ordinary words in a log line '.repeat(10)}[secret]`);
  });
});
