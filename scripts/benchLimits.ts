/**
 * A save of the largest legal body of each exercise type (shared/model/limits.ts: every
 * list and record at its maximum, ids at their maximum length, texts and bulk as large as
 * the whole-body limit allows) through the real dispatcher and backend into a real
 * community file with synchronous=FULL. Target: p50 and p99 under 50 ms.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Backend } from '../electron/core/backend.js';
import { dispatch } from '../electron/core/dispatcher.js';
import { parseExerciseBody } from '#shared/exercises/registry.js';
import { maxBodyCharacters } from '#shared/model/limits.js';
import { largestBodyTypes, largestLegalBody } from '../tests/support/largestBodies.js';
import { tempDir } from '../tests/support/paths.js';
import { TestHost } from '../tests/support/testHost.js';
import { newCommunity, percentile } from './benchSupport.js';

const savesPerType = 30;

export async function largestBodySaves(): Promise<void> {
  const dir = tempDir('bench-limits');
  const host = new TestHost(path.join(dir, 'ud'));
  const backend = new Backend(host);
  const sessionId = await newCommunity(host, backend, dir, 'limits');
  console.log(
    `largest legal body saves (${savesPerType} each, dispatcher + backend + real file; body limit ${maxBodyCharacters.toLocaleString('en')} characters; target < 50 ms):`,
  );
  for (const type of largestBodyTypes) {
    const exercise = await backend.handlers['exercise.create']({ sessionId, type, title: type });
    const body = largestLegalBody(type);
    const json = JSON.stringify(body);
    let version = exercise.version;
    const times: number[] = [];
    for (let run = 0; run < savesPerType; run += 1) {
      const start = performance.now();
      const result = await dispatch(backend.handlers, 'exercise.save', { id: exercise.id, baseVersion: version, body });
      times.push(performance.now() - start);
      if (!result.ok) throw new Error(`${type}: ${result.error.message.slice(0, 300)}`);
      version = (result.value as { version: number }).version;
    }
    times.sort((a, b) => a - b);
    // The share of the save that is checking the body against its type's schema.
    const checks: number[] = [];
    for (let run = 0; run < savesPerType; run += 1) {
      const start = performance.now();
      parseExerciseBody(type, body);
      checks.push(performance.now() - start);
    }
    checks.sort((a, b) => a - b);
    console.log(
      `  ${type.padEnd(12)} ${(json.length / 1e6).toFixed(2)} M characters, ${(Buffer.byteLength(json) / 1024 / 1024).toFixed(2)} MiB UTF-8: p50 ${percentile(times, 50).toFixed(1)} ms, p99 ${percentile(times, 99).toFixed(1)} ms (schema check p50 ${percentile(checks, 50).toFixed(1)} ms)`,
    );
  }
  backend.openFile?.close();
}
