import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyVennDocument, type VennDocument } from '#shared/exercises/venn/schema.js';
import { maxInstitutions } from '#shared/model/limits.js';
import { startApp, type AppHarness } from '../support/appHarness.js';
import { communityWithSession } from '../support/coreFixtures.js';
import { textOf } from '../support/waits.js';

/** The body of the one exercise as the file holds it, read with a connection of its own. */
function storedBody(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT body FROM exercises').get() as { body: string }).body;
  } finally {
    db.close();
  }
}

/** A Venn diagram already at its most institutions, on disk and closed. */
async function fullDiagramOnDisk(): Promise<string> {
  const { call, session, file } = await communityWithSession();
  const exercise = await call('exercise.create', { sessionId: session.id, type: 'venn', title: 'Lembaga desa' });
  const body: VennDocument = {
    ...emptyVennDocument(),
    institutions: Array.from({ length: maxInstitutions }, (_, i) => ({
      id: `i${i}`,
      name: `Lembaga ${i + 1}`,
      kind: 'community',
      relation: 'supportive',
      importance: 1,
      x: ((i % 25) - 12) * 40,
      y: (Math.floor(i / 25) - 10) * 40,
      notes: '',
    })),
  };
  await call('exercise.save', { id: exercise.id, baseVersion: 1, body });
  await call('community.close', {});
  return file;
}

describe('a limit, as the facilitator meets it', () => {
  let app: AppHarness;

  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('one institution more than a diagram holds is refused in words, with the limit, and the file keeps the diagram', async () => {
    const file = await fullDiagramOnDisk();
    const before = storedBody(file);
    const { page } = app;
    app.host.openPaths.push(file);
    await page.getByRole('button', { name: 'Buka berkas komunitas' }).click();
    await page.getByText('FGD kelembagaan').click();
    await page.getByRole('tab', { name: /Latihan/ }).click();
    await page.getByRole('button', { name: /^Lembaga desa/ }).click();
    const input = page.getByLabel('Nama lembaga').first();
    await input.fill('Koperasi baru');
    await input.press('Enter');
    await textOf(page.getByRole('alert'), `Terlalu banyak isian (batas ${maxInstitutions}). Tidak ada yang disimpan.`);
    await textOf(page.getByTestId('save-status'), 'Belum tersimpan');
    await app.screenshot('70-too-many-institutions');
    expect(storedBody(file)).toBe(before);
    expect((JSON.parse(storedBody(file)) as VennDocument).institutions).toHaveLength(maxInstitutions);
  });
});
