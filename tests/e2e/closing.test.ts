import Database from 'better-sqlite3';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSampleSession, startApp, type AppHarness } from '../support/appHarness.js';
import { makeBackend, village } from '../support/coreFixtures.js';
import { tempDir } from '../support/paths.js';
import { textOf, visible } from '../support/waits.js';

/** The item names of a ranking as the file on disk holds them, read past the backend. */
function itemsInFile(file: string, exerciseId: string): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare('SELECT body FROM exercises WHERE id = ?').get(exerciseId) as { body: string };
    return (JSON.parse(row.body) as { items: { name: string }[] }).items.map((o) => o.name);
  } finally {
    db.close();
  }
}

async function addOption(page: Page, name: string): Promise<void> {
  await page.getByLabel('Nama pilihan').fill(name);
  await page.getByLabel('Nama pilihan').press('Enter');
}

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

/**
 * Closing the window (its close button, the OS, quitting) as the shell asks the page:
 * `closeRequested`, then the page's answers (`wait`, `close`). Nothing acknowledged is
 * lost, and a change only on screen is not dropped without asking.
 */
describe('closing never loses work', () => {
  let app: AppHarness;
  const work = tempDir('closing');
  const saveStatus = () => app.page.getByTestId('save-status');
  /** The ranking whose save the file refused (second test), still open in the third. */
  let refusedExerciseId = '';

  /** A new pairwise ranking in the sample's FGD session, open and saved; its id. */
  async function newRanking(): Promise<string> {
    const { page } = app;
    await page.getByRole('tab', { name: /Latihan/ }).click();
    await page.getByRole('button', { name: 'Ranking berpasangan baru' }).click();
    await textOf(saveStatus(), 'Tersimpan');
    const current = (await app.backend.handlers['community.current']({}))!;
    const session = current.sessions.find((s) => s.title === 'FGD pemetaan kelembagaan')!;
    return (await app.backend.handlers['session.get']({ id: session.id })).exercises.at(-1)!.id;
  }

  beforeAll(async () => {
    app = await startApp();
    await openSampleSession(app);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('a save in flight when closing is asked for is finished first, under "Menyimpan…"; then the window may close', async () => {
    const { page } = app;
    const exerciseId = await newRanking();
    const file = app.backend.openFile!.path;
    const release = app.holdSaves();
    await addOption(page, 'Sumur bor');
    await textOf(saveStatus(), 'Menyimpan…');
    await app.requestClose();
    const overlay = page.getByRole('status').filter({ hasText: 'Menyimpan… Rembug ditutup' });
    await visible(overlay);
    await app.screenshot('80-closing-saving');
    // The page said it is alive and busy; it has not let the window go while the save is out.
    await new Promise((r) => setTimeout(r, 300));
    expect(app.closeAnswers).toEqual(['wait']);
    expect(itemsInFile(file, exerciseId)).not.toContain('Sumur bor');
    release();
    await expect.poll(() => app.closeAnswers).toEqual(['wait', 'close']);
    expect(itemsInFile(file, exerciseId)).toContain('Sumur bor');
    expect(await overlay.count()).toBe(0);
    // With everything saved, the next close is let through at once.
    await app.requestClose();
    await expect.poll(() => app.closeAnswers).toEqual(['wait', 'close', 'close']);
  });

  it('a save that does not finish within the bound: closing asks instead of waiting for ever', async () => {
    const { page } = app;
    const release = app.holdSaves();
    await addOption(page, 'Embung desa');
    await textOf(saveStatus(), 'Menyimpan…');
    const answered = app.closeAnswers.length;
    await app.requestClose();
    const question = page.getByRole('alertdialog', { name: 'Perubahan belum tersimpan' });
    await visible(question, 8_000);
    await visible(question.getByText(/belum selesai setelah 5 detik/));
    expect(app.closeAnswers.slice(answered)).toEqual(['wait']);
    await page.keyboard.press('Escape');
    release();
    await textOf(saveStatus(), 'Tersimpan');
    await app.requestClose();
    await expect.poll(() => app.closeAnswers.slice(answered)).toEqual(['wait', 'close']);
  });

  it('a save the file refused: closing asks; "Batal" stays, "Simpan salinan sebagai…" saves a copy and closes', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Kembali' }).click();
    const exerciseId = await newRanking();
    refusedExerciseId = exerciseId;
    const original = app.backend.openFile!.path;
    // The file stops taking writes, as on a write-protected stick (root ignores file modes).
    app.backend.openFile!.db.pragma('query_only = ON');
    await addOption(page, 'Tandon air hujan');
    await textOf(saveStatus(), 'Belum tersimpan');
    const answered = app.closeAnswers.length;

    const question = page.getByRole('alertdialog', { name: 'Perubahan belum tersimpan' });
    await app.requestClose();
    await visible(question);
    await visible(question.getByText(/tidak bisa disimpan ke berkas ini/));
    // Keyboard first: focus on staying, Tab goes round the three choices inside the dialog.
    expect(await focusedText(page)).toBe('Batal');
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Simpan salinan sebagai…');
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Tutup tanpa menyimpan');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab'); // round from the first to the last
    expect(await focusedText(page)).toBe('Batal');
    await app.screenshot('81-closing-question');
    // Escape stays: the question goes, the change is still on screen, the window stays open.
    await page.keyboard.press('Escape');
    expect(await question.count()).toBe(0);
    await textOf(saveStatus(), 'Belum tersimpan');
    expect(app.closeAnswers.slice(answered)).toEqual(['wait']);
    // The page's own backstop, should it be unloaded without the shell asking: it holds the unload.
    const holdsUnload = () =>
      page.evaluate(() => {
        const unload = new Event('beforeunload', { cancelable: true });
        window.dispatchEvent(unload);
        return unload.defaultPrevented;
      });
    expect(await holdsUnload()).toBe(true);

    await app.requestClose();
    await visible(question);
    await question.getByRole('button', { name: 'Batal' }).click();
    expect(await question.count()).toBe(0);
    // The focus goes back where the user was: the field they typed the option in.
    await expect.poll(() => page.getByLabel('Nama pilihan').evaluate((el) => el === document.activeElement)).toBe(true);
    expect(app.closeAnswers.slice(answered)).toEqual(['wait', 'wait']);
    expect(itemsInFile(original, exerciseId)).not.toContain('Tandon air hujan');

    const copy = path.join(work, 'salinan-cibodas.rembug');
    app.host.savePaths.push(copy);
    await app.requestClose();
    await question.getByRole('button', { name: 'Simpan salinan sebagai…' }).click();
    await expect.poll(() => app.closeAnswers.slice(answered)).toEqual(['wait', 'wait', 'wait', 'close']);
    expect(app.backend.openFile!.path).toBe(copy);
    expect(itemsInFile(copy, exerciseId)).toContain('Tandon air hujan');
    expect(itemsInFile(original, exerciseId)).not.toContain('Tandon air hujan');
    await textOf(saveStatus(), 'Tersimpan');
  });

  it('"Close without saving" lets the window go with the change unsaved, in the language chosen', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    const copy = app.backend.openFile!.path;
    const exerciseId = refusedExerciseId;
    app.backend.openFile!.db.pragma('query_only = ON');
    await page.getByLabel('Option name').fill('Embung');
    await page.getByLabel('Option name').press('Enter');
    await textOf(saveStatus(), 'Not saved');
    const answered = app.closeAnswers.length;
    await app.requestClose();
    const question = page.getByRole('alertdialog', { name: 'Changes not saved' });
    await visible(question);
    await app.screenshot('82-closing-question-en');
    expect(app.closeAnswers.slice(answered)).toEqual(['wait']);
    await question.getByRole('button', { name: 'Close without saving' }).click();
    await expect.poll(() => app.closeAnswers.slice(answered)).toEqual(['wait', 'close']);
    expect(await question.count()).toBe(0);
    expect(itemsInFile(copy, exerciseId)).not.toContain('Embung');
    expect(itemsInFile(copy, exerciseId)).toContain('Tandon air hujan');
  });
});

/**
 * What is not in the file stays guarded after its exercise is left: a save on its way
 * still lands and closing waits for it, a refused one still makes closing ask and goes
 * into "save a copy as", and opening the exercise again shows it. A file the OS hands over
 * (`openRequested`) is asked about the same way.
 */
describe('changes left behind on another screen, and files from the OS', () => {
  let app: AppHarness;
  const work = tempDir('closing-left');
  const saveStatus = () => app.page.getByTestId('save-status');

  /** A new pairwise ranking in the sample's FGD session, open and saved; its id and title. */
  async function newRanking(): Promise<{ id: string; title: string }> {
    const { page } = app;
    await page.getByRole('tab', { name: /Latihan/ }).click();
    await page.getByRole('button', { name: 'Ranking berpasangan baru' }).click();
    await textOf(saveStatus(), 'Tersimpan');
    const current = (await app.backend.handlers['community.current']({}))!;
    const session = current.sessions.find((s) => s.title === 'FGD pemetaan kelembagaan')!;
    const exercise = (await app.backend.handlers['session.get']({ id: session.id })).exercises.at(-1)!;
    return { id: exercise.id, title: exercise.title };
  }
  const leaveExercise = async (): Promise<void> => {
    await app.page.getByRole('button', { name: 'Kembali' }).click();
    await visible(app.page.getByRole('tab', { name: /Latihan/ }));
  };
  const question = () => app.page.getByRole('alertdialog', { name: 'Perubahan belum tersimpan' });
  const itemShown = (name: string) => app.page.getByRole('button', { name: `Hapus pilihan: ${name}` });

  beforeAll(async () => {
    app = await startApp();
    await openSampleSession(app);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('a refused save in an exercise the user left: closing still asks, coming back shows it, the copy keeps it', async () => {
    const { page } = app;
    const ranking = await newRanking();
    const original = app.backend.openFile!.path;
    app.backend.openFile!.db.pragma('query_only = ON');
    await addOption(page, 'Tandon air hujan');
    await textOf(saveStatus(), 'Belum tersimpan');
    await leaveExercise();
    const answered = app.closeAnswers.length;

    await app.requestClose();
    await visible(question());
    await visible(question().getByText(/tidak bisa disimpan ke berkas ini/));
    expect(app.closeAnswers.slice(answered)).toEqual(['wait']);
    await question().getByRole('button', { name: 'Batal' }).click();

    // Back in the exercise, the refused change is on screen again, still "not saved".
    await page.getByRole('tab', { name: /Latihan/ }).click();
    await page
      .getByRole('button', { name: new RegExp(`^${ranking.title}`) })
      .last()
      .click();
    await visible(itemShown('Tandon air hujan'));
    await textOf(saveStatus(), 'Belum tersimpan');
    await leaveExercise();

    const copy = path.join(work, 'salinan.rembug');
    app.host.savePaths.push(copy);
    await app.requestClose();
    await question().getByRole('button', { name: 'Simpan salinan sebagai…' }).click();
    await expect.poll(() => app.closeAnswers.slice(answered)).toEqual(['wait', 'wait', 'close']);
    expect(app.backend.openFile!.path).toBe(copy);
    expect(itemsInFile(copy, ranking.id)).toContain('Tandon air hujan');
    expect(itemsInFile(original, ranking.id)).not.toContain('Tandon air hujan');
  });

  it('a save still on its way when the user leaves the exercise lands, and closing waits for it', async () => {
    const { page } = app;
    const ranking = await newRanking();
    const file = app.backend.openFile!.path;
    const release = app.holdSaves();
    await addOption(page, 'Sumur bor');
    await textOf(saveStatus(), 'Menyimpan…');
    await leaveExercise();
    const answered = app.closeAnswers.length;
    await app.requestClose();
    await visible(page.getByRole('status').filter({ hasText: 'Menyimpan… Rembug ditutup' }));
    await new Promise((r) => setTimeout(r, 300));
    expect(app.closeAnswers.slice(answered)).toEqual(['wait']);
    release();
    await expect.poll(() => app.closeAnswers.slice(answered)).toEqual(['wait', 'close']);
    expect(itemsInFile(file, ranking.id)).toContain('Sumur bor');
  });

  it('a file from the OS: opens at once when all is saved; with a refused save it asks first, in its own words', async () => {
    const { page } = app;
    let answered = app.closeAnswers.length;
    await app.emit({ type: 'openRequested' });
    await expect.poll(() => app.closeAnswers.slice(answered)).toEqual(['replace']);

    await newRanking();
    app.backend.openFile!.db.pragma('query_only = ON');
    await addOption(page, 'Embung');
    await textOf(saveStatus(), 'Belum tersimpan');
    const field = page.getByLabel('Nama pilihan');
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    answered = app.closeAnswers.length;
    await app.emit({ type: 'openRequested' });
    await visible(question().getByText(/Jika berkas lain dibuka sekarang, perubahan itu hilang/));
    await visible(question().getByRole('button', { name: 'Buka tanpa menyimpan' }));
    expect(app.closeAnswers.slice(answered)).toEqual(['wait']);
    // "Batal" (Escape): the question goes and the focus is back in the field the user typed in.
    await page.keyboard.press('Escape');
    expect(await question().count()).toBe(0);
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(app.closeAnswers.slice(answered)).toEqual(['wait']);

    // "Open without saving" lets the other file in; the change given up no longer holds a close.
    await app.emit({ type: 'openRequested' });
    await question().getByRole('button', { name: 'Buka tanpa menyimpan' }).click();
    await expect.poll(() => app.closeAnswers.slice(answered)).toEqual(['wait', 'wait', 'replace']);
    await app.requestClose();
    await expect.poll(() => app.closeAnswers.slice(answered)).toEqual(['wait', 'wait', 'replace', 'close']);
  });

  it('a refused save of a file the user closed is not sent into a copy of another file, and closing still asks', async () => {
    const { page } = app;
    // Still in the ranking of the test above, whose file (the copy made before) refuses writes.
    await addOption(page, 'Kolam ikan');
    await textOf(saveStatus(), 'Belum tersimpan');
    await leaveExercise();
    const other = path.join(work, 'lain.rembug');
    const maker = makeBackend();
    maker.host.savePaths.push(other);
    await maker.call('community.create', { ...village, name: 'Desa Sukamaju' });
    await maker.call('community.close', {});
    await page.getByRole('button', { name: 'Rembug' }).click();
    await page.getByRole('button', { name: 'Tutup berkas' }).click();
    app.host.openPaths.push(other);
    await page.getByRole('button', { name: 'Buka berkas komunitas' }).click();
    await visible(page.getByRole('heading', { name: 'Desa Sukamaju' }));
    const otherCopy = path.join(work, 'lain-salinan.rembug');
    app.host.savePaths.push(otherCopy);
    await app.emit({ type: 'menu', command: 'saveCopyAs' });
    await visible(page.getByRole('status').filter({ hasText: 'lain-salinan.rembug' }));
    await new Promise((r) => setTimeout(r, 300));
    expect(await page.getByRole('alert').count()).toBe(0); // nothing was sent to a file without that exercise
    const answered = app.closeAnswers.length;
    await app.requestClose();
    await visible(question().getByText(/tidak bisa disimpan ke berkas ini/));
    await question().getByRole('button', { name: 'Tutup tanpa menyimpan' }).click();
    await expect.poll(() => app.closeAnswers.slice(answered)).toEqual(['wait', 'close']);
  });
});
