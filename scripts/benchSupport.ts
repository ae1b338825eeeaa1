/** What the benchmarks share: a community to work in, and how figures are summarised. */
import path from 'node:path';
import type { Backend } from '../electron/core/backend.js';
import type { Community } from '#shared/model/community.js';
import type { SessionFields } from '#shared/model/session.js';
import type { TestHost } from '../tests/support/testHost.js';

export const benchVillage: Community = {
  name: 'Desa Bench',
  desa: '',
  kecamatan: '',
  kabupaten: '',
  province: '',
  description: '',
};

export function benchSession(title: string): SessionFields {
  return {
    title,
    date: '2026-01-01',
    place: 'Balai desa',
    facilitators: 'Rina',
    kind: 'fgd',
    phase: 'discovery',
    step: 'resources',
    agenda: '',
    notes: '',
    agreements: [],
  };
}

/** A new community file in `dir` with one session, through the backend; the session's id. */
export async function newCommunity(host: TestHost, backend: Backend, dir: string, name = 'bench'): Promise<string> {
  host.savePaths.push(path.join(dir, `${name}.rembug`));
  await backend.handlers['community.create'](benchVillage);
  return (await backend.handlers['session.create'](benchSession('Bench'))).id;
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
export const ms = (n: number): string => `${n.toFixed(0)} ms`;
