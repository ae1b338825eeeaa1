import crypto from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatcher.js';
import { emptyVennDocument } from '#shared/exercises/venn/schema.js';
import { channels, type Channel, type ChannelInput } from '#shared/ipc/contract.js';
import { errorCodes, type Result } from '#shared/result.js';
import { communityWithSession, fgd, village } from '../support/coreFixtures.js';
import { malformedPayloads } from '../support/malformed.js';

const payloadsPerChannel = 220;

/** sha256 of the community file and its WAL: what a write would change. */
function fileHash(file: string): string {
  const hash = crypto.createHash('sha256').update(fs.readFileSync(file));
  if (fs.existsSync(`${file}-wal`)) hash.update(fs.readFileSync(`${file}-wal`));
  return hash.digest('hex');
}

function isResult(value: unknown): value is Result<unknown> {
  if (value === null || typeof value !== 'object') return false;
  const result = value as { ok?: unknown; error?: { code?: unknown; message?: unknown } };
  if (result.ok === true) return 'value' in result;
  return (
    result.ok === false &&
    (errorCodes as readonly unknown[]).includes(result.error?.code) &&
    typeof result.error?.message === 'string'
  );
}

/**
 * Malformed messages on every channel, through the real dispatcher into a real Backend
 * on a real file: every call answers a Result (nothing escapes), and a refused call
 * leaves the file's bytes as they were. Dialog channels meet the test host's empty
 * queues, so they answer "cancelled" and touch no file either.
 */
describe('fuzzing every channel', () => {
  it(`${payloadsPerChannel} malformed payloads per channel: no exception escapes, a refusal changes no byte`, async () => {
    const fixture = await communityWithSession();
    const { backend, file, session, call } = fixture;
    const exercise = await call('exercise.create', { sessionId: session.id, type: 'venn', title: 'Sebelum' });
    const participant = await call('participant.add', {
      sessionId: session.id,
      fields: { name: 'Bu Sri', gender: 'female', ageGroup: 'adult', group: 'PKK' },
    });
    /**
     * Channels that take no input accept what carries no field (`{}`, but also a Map, a
     * Date or a null-prototype object: none has own keys). Opening the sample or closing
     * is then a real, accepted call; the community file is opened again afterwards.
     */
    const openCommunityFile = () => {
      if (backend.openFile?.path !== file) backend.openPath(file);
      return backend.openFile!.db;
    };

    /** A valid input per channel, for the payloads to break; a channel added later fuzzes from {}. */
    const validInputs: Partial<{ [C in Channel]: ChannelInput<C> }> = {
      'settings.get': {},
      'settings.setLanguage': { language: 'en' },
      'community.create': village,
      'community.openDialog': {},
      'community.openRecent': { path: file },
      'community.forgetRecent': { path: file },
      'community.openSample': {},
      'community.current': {},
      'community.update': village,
      'community.saveCopyAs': {},
      'community.close': {},
      'session.get': { id: session.id },
      'session.create': fgd,
      'session.update': { id: session.id, fields: fgd },
      'session.delete': { id: session.id },
      'session.sources': { id: session.id },
      'participant.add': {
        sessionId: session.id,
        fields: { name: 'Pak Budi', gender: 'male', ageGroup: 'elder', group: '' },
      },
      'participant.update': {
        id: participant.id,
        fields: { name: 'Bu Sri', gender: 'female', ageGroup: 'youth', group: 'PKK' },
      },
      'participant.remove': { id: participant.id },
      'exercise.create': { sessionId: session.id, type: 'venn', title: 'Sesudah' },
      'exercise.get': { id: exercise.id },
      'exercise.save': { id: exercise.id, baseVersion: exercise.version, body: emptyVennDocument() },
      'exercise.rename': { id: exercise.id, title: 'Sebelum (2)' },
      'exercise.duplicate': { id: exercise.id, title: 'Salinan' },
      'exercise.delete': { id: exercise.id },
      'stakeholder.list': {},
      'report.exportPoster': { exerciseId: exercise.id, size: 'A4', language: 'id' },
      'photo.pick': {},
      'photo.store': { data: Buffer.from('not really a jpeg').toString('base64'), width: 4, height: 3 },
      'photo.get': { id: 'photo-1' },
      'resource.list': {},
      'report.exportSessionPdf': { sessionId: session.id, language: 'id' },
    };

    let known = fileHash(file);
    let savedVersion = exercise.version;
    const tally: Record<string, { refused: number; accepted: number }> = {};
    for (const [index, channel] of channels.entries()) {
      const valid = validInputs[channel] ?? {};
      const counts = (tally[channel] = { refused: 0, accepted: 0 });
      for (const payload of malformedPayloads(valid, payloadsPerChannel, 1000 + index)) {
        // A save that keeps the base version tests the body, not the stale-version refusal.
        if (
          channel === 'exercise.save' &&
          (payload as { baseVersion?: unknown } | null)?.baseVersion === exercise.version
        )
          (payload as { baseVersion: number }).baseVersion = savedVersion;
        let answer: unknown;
        try {
          answer = await dispatch(backend.handlers, channel, payload);
        } catch (error) {
          throw new Error(`${channel} threw ${String(error)}`, { cause: error });
        }
        expect(isResult(answer), `${channel}: ${JSON.stringify(answer)?.slice(0, 200)}`).toBe(true);
        const result = answer as Result<unknown>;
        if (result.ok) {
          counts.accepted += 1;
          if (channel === 'exercise.save') savedVersion = (result.value as { version: number }).version;
          // Accepted writes are checkpointed so the next refusal compares a settled file.
          openCommunityFile().pragma('wal_checkpoint(TRUNCATE)');
          known = fileHash(file);
        } else {
          counts.refused += 1;
          expect(result.error.code, channel).not.toBe('internal');
          expect(fileHash(file), `${channel} refused (${result.error.code}) yet changed the file`).toBe(known);
        }
      }
    }
    expect(openCommunityFile().pragma('quick_check', { simple: true })).toBe('ok');
    for (const channel of channels) {
      expect(tally[channel]!.refused + tally[channel]!.accepted, channel).toBe(payloadsPerChannel);
      // Nearly all are refused; the few accepted are mutations the schema tolerates (e.g. another valid text).
      expect(tally[channel]!.refused, `${channel}: ${JSON.stringify(tally[channel])}`).toBeGreaterThanOrEqual(
        payloadsPerChannel * 0.75,
      );
    }
    console.log(
      `fuzz: ${channels.length} channels x ${payloadsPerChannel} payloads, ` +
        `${Object.values(tally).reduce((n, t) => n + t.refused, 0)} refused with the file unchanged`,
    );
  }, 240_000);
});
