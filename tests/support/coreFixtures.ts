import fs from 'node:fs';
import path from 'node:path';
import { Backend } from '../../electron/core/backend.js';
import { dispatch } from '../../electron/core/dispatcher.js';
import type { ResourceMapDocument } from '#shared/exercises/resources/schema.js';
import type { Channel, ChannelInput, ChannelOutput } from '#shared/ipc/contract.js';
import type { Result } from '#shared/result.js';
import { tempDir } from './paths.js';
import { TestHost } from './testHost.js';

export const village = {
  name: 'Desa Cibodas',
  desa: 'Cibodas',
  kecamatan: 'Pacet',
  kabupaten: 'Cianjur',
  province: 'Jawa Barat',
  description: '',
};

export const fgd = {
  title: 'FGD kelembagaan',
  date: '2026-05-02',
  place: 'Balai desa',
  facilitators: 'Rina',
  kind: 'fgd' as const,
  phase: 'discovery' as const,
  step: 'resources' as const,
  agenda: '',
  notes: '',
  agreements: [],
};

/** A backend on a fresh user-data folder, talking through the real dispatcher. */
export function makeBackend() {
  const dir = tempDir('core');
  const host = new TestHost(path.join(dir, 'userdata'));
  const backend = new Backend(host);
  const send = <C extends Channel>(channel: C, input: ChannelInput<C>) =>
    dispatch(backend.handlers, channel, input) as Promise<Result<ChannelOutput<C>>>;
  /** Sends and expects success; the value, typed by the contract. */
  const call = async <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
    const result = await send(channel, input);
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
  return { dir, host, backend, send, call };
}

/** A community file with one session, ready for exercises. */
export async function communityWithSession() {
  const fixture = makeBackend();
  const file = path.join(fixture.dir, 'cibodas.rembug');
  fixture.host.savePaths.push(file);
  await fixture.call('community.create', village);
  const session = await fixture.call('session.create', fgd);
  return { ...fixture, file, session };
}

export function bytesOf(file: string): Buffer {
  return fs.readFileSync(file);
}

/** A resource on a map with the defaults the app gives a new marker; id = name unless given. */
export function mapResource(name: string, capital: ResourceMapDocument['resources'][number]['capital'], id = name) {
  return { id, name, capital, description: '', owner: '', rating: 3, problems: {}, x: 0, y: 0 };
}
