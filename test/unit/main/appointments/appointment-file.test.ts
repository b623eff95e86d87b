import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { serializeDocument, writeSealed } from '../../../../src/main/appointments/appointment-file';
import { newKey, unseal } from '../../../../src/main/storage/sealed-file';
import { APPOINTMENT_SCHEMA_VERSION } from '../../../../src/shared/appointment-document';
import { appointment } from '../../../fixtures/appointments';

const plain = (appointments: unknown[]) =>
  JSON.stringify({ schemaVersion: APPOINTMENT_SCHEMA_VERSION, appointments });

describe('appointment document serialisation', () => {
  it('writes exactly what JSON.stringify writes, also after changes', () => {
    const first = [appointment(), appointment({ clientLabel: 'Ä "quoted" \\ \u2028' })];
    expect(serializeDocument(first).toString()).toBe(plain(first));
    const changed = [first[0]!, { ...first[1]!, title: 'Neu' }, appointment()];
    expect(serializeDocument(changed).toString()).toBe(plain(changed));
    expect(serializeDocument([]).toString()).toBe(
      `{"schemaVersion":${APPOINTMENT_SCHEMA_VERSION},"appointments":[]}`,
    );
  });

  it('writes the same document from the JSON it kept of earlier writes', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'sprechstunde-file-'));
    try {
      const key = newKey();
      const path = join(directory, 'appointments.sealed');
      // All new: written in one piece, each appointment's JSON kept once the write is done.
      const many = Array.from({ length: 20 }, (_, index) =>
        appointment({ title: `Beratung ${index}`, notes: 'Zeile 1\nZeile "2"' }),
      );
      await writeSealed(path, many, key);
      expect(unseal(await readFile(path), key).toString('utf8')).toBe(plain(many));
      await nextTurn();
      // Mostly kept: one changed, one deleted, one added, each piece in its place.
      const changed = [
        ...many.slice(0, 5),
        { ...many[5]!, title: 'Geändert' },
        ...many.slice(7),
        appointment({ clientLabel: 'Ä \u2028' }),
      ];
      await writeSealed(path, changed, key);
      expect(unseal(await readFile(path), key).toString('utf8')).toBe(plain(changed));
      expect(serializeDocument(changed)).toBe(plain(changed));
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});
