import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VennDocument } from '#shared/exercises/venn/schema.js';
import type { AgeGroup, Gender } from '#shared/model/session.js';
import { startApp, type AppHarness } from '../support/appHarness.js';
import { fgd, village } from '../support/coreFixtures.js';
import { tempDir } from '../support/paths.js';
import { pdfText } from '../support/pdf.js';
import { textOf, visible } from '../support/waits.js';
import { headCommand } from '../support/exerciseHead.js';

/** A hall of 23: 12 women, 11 men, four age groups, a few with their group or institution. */
const hall: { name: string; gender: Gender; ageGroup: AgeGroup; group?: string }[] = [
  { name: 'Siti Aminah', gender: 'female', ageGroup: 'adult', group: 'PKK' },
  { name: 'Dedeh Rohaeni', gender: 'female', ageGroup: 'adult' },
  { name: 'Pak Odih', gender: 'male', ageGroup: 'elder' },
  { name: 'Kang Ujang', gender: 'male', ageGroup: 'adult', group: 'Kelompok Tani Maju' },
  { name: 'Asep Saepudin', gender: 'male', ageGroup: 'adult', group: 'Kelompok Tani Maju' },
  { name: 'Neng Euis', gender: 'female', ageGroup: 'youth', group: 'Karang Taruna' },
  { name: 'Rina Marlina', gender: 'female', ageGroup: 'youth' },
  { name: '', gender: 'female', ageGroup: 'adult' },
  { name: 'Mak Iyah', gender: 'female', ageGroup: 'elder' },
  { name: 'Cecep Supriatna', gender: 'male', ageGroup: 'youth' },
  { name: 'Dadang Sunarya', gender: 'male', ageGroup: 'adult' },
  { name: 'Ibu Nani', gender: 'female', ageGroup: 'adult', group: 'Posyandu Mawar' },
  { name: 'Yayah Rukayah', gender: 'female', ageGroup: 'adult' },
  { name: 'Ustaz Hasan', gender: 'male', ageGroup: 'adult', group: 'Masjid Nurul Huda' },
  { name: 'Jajang Nurjaman', gender: 'male', ageGroup: 'youth' },
  { name: 'Euis Komariah', gender: 'female', ageGroup: 'adult' },
  { name: 'Aki Karta', gender: 'male', ageGroup: 'elder' },
  { name: 'Nining Kurniasih', gender: 'female', ageGroup: 'youth' },
  { name: 'Ade Suryana', gender: 'male', ageGroup: 'adult' },
  { name: 'Lilis Suryani', gender: 'female', ageGroup: 'adult' },
  { name: 'Ujang Komarudin', gender: 'male', ageGroup: 'adult' },
  { name: 'Teh Imas', gender: 'female', ageGroup: 'youth' },
  { name: '', gender: 'male', ageGroup: 'child' },
];
const genderKey: Record<Gender, string> = { female: 'P', male: 'L', unspecified: 'T' };
const ageKey: Record<AgeGroup, string> = { child: '1', youth: '2', adult: '3', elder: '4' };

/** The 14 institutions a real FGD called out, each with the importance the room gave it. */
const institutions: [string, 1 | 2 | 3 | 4][] = [
  ['Pemerintah Desa', 4],
  ['BPD', 3],
  ['Posyandu Mawar', 3],
  ['PKK', 2],
  ['Karang Taruna', 2],
  ['Kelompok Tani Maju', 3],
  ['Masjid Nurul Huda', 2],
  ['Puskesmas Cibeber', 4],
  ['SD Negeri 2', 2],
  ['Koperasi Simpan Pinjam', 1],
  ['Bank Keliling', 1],
  ['BUMDes', 3],
  ['Dinas Pertanian', 2],
  ['Gapoktan', 1],
];

/**
 * Issue 11, live entry: a facilitator counts a hall of 23 by keyboard alone. Each person
 * is a name, Tab and a key for gender, Tab and a digit for age group, Enter; the focus
 * comes back to the name every time, nothing carries over unasked, the newest row and
 * the running count stay on screen.
 */
describe('live entry without the mouse: 23 people, then 14 institutions', () => {
  let app: AppHarness;
  let sessionId = '';
  let vennId = '';
  const work = tempDir('attendance');

  beforeAll(async () => {
    app = await startApp();
    app.host.savePaths.push(path.join(work, 'Desa Cibodas.rembug'));
    await app.backend.handlers['community.create'](village);
    const session = await app.backend.handlers['session.create']({ ...fgd, title: 'FGD kelembagaan RW 02' });
    sessionId = session.id;
    vennId = (await app.backend.handlers['exercise.create']({ sessionId, type: 'venn', title: 'Kondisi sekarang' })).id;
    await app.backend.handlers['exercise.create']({
      sessionId,
      type: 'resourceMap',
      title: 'Peta potensi Desa Cibodas',
    });
    await app.restart();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('enters 23 people with zero clicks, the focus back on the name after each', async () => {
    const { page } = app;
    await page.getByRole('button', { name: /^Desa Cibodas/ }).click();
    await page.getByText('FGD kelembagaan RW 02').click();
    await page.getByRole('tab', { name: /Daftar hadir/ }).click();
    const name = page.getByLabel('Nama (boleh kosong)');
    await name.focus();
    // From here on, the mouse is not used: count any press the page receives.
    await page.evaluate(() => {
      const w = window as unknown as { pointerPresses: number };
      w.pointerPresses = 0;
      window.addEventListener('pointerdown', () => (w.pointerPresses += 1), true);
    });

    for (const [i, person] of hall.entries()) {
      await page.keyboard.type(person.name);
      await page.keyboard.press('Tab');
      await page.keyboard.press(genderKey[person.gender]);
      await page.keyboard.press('Tab');
      await page.keyboard.press(ageKey[person.ageGroup]);
      if (person.group) {
        await page.keyboard.press('Tab');
        await page.keyboard.type(person.group);
      }
      await page.keyboard.press('Enter');
      await textOf(page.getByTestId('running-count'), new RegExp(`^${i + 1} hadir`));
      // Back in the name field, empty, ready for the next person.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('id')))
        .toBe(await name.getAttribute('id'));
      expect(await name.inputValue()).toBe('');
      // The newest row is on screen (within a pixel: layout rounds to fractions).
      const newest = page.locator('.participant-list li').last();
      await textOf(newest.locator('strong'), person.name || 'Tanpa nama');
      const box = (await newest.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(768 + 1);
      expect(box.y).toBeGreaterThanOrEqual(0);
    }

    expect(await page.evaluate(() => (window as unknown as { pointerPresses: number }).pointerPresses)).toBe(0);
    await textOf(page.getByTestId('running-count'), '23 hadir · 12 perempuan · 11 laki-laki');
    await expect.poll(async () => (await page.getByTestId('running-count').boundingBox())!.y).toBeGreaterThanOrEqual(0);
    await app.screenshot('attendance-23');

    const stored = (await app.backend.handlers['session.get']({ id: sessionId })).participants;
    // What was typed is what is kept: a group only where it was given (it does not carry over unasked).
    expect(stored.map((p) => [p.name, p.gender, p.ageGroup, p.group])).toEqual(
      hall.map((p) => [p.name, p.gender, p.ageGroup, p.group ?? '']),
    );
  });

  it('keeps a pinned group for the next person, and a click on a choice leaves the focus in the name', async () => {
    const { page } = app;
    const name = page.getByLabel('Nama (boleh kosong)');
    await page.getByLabel('Kelompok / lembaga').fill('Kelompok Wanita Tani Melati');
    await page.getByLabel('Sama untuk peserta berikutnya').check();
    await name.focus();
    await page.getByRole('radio', { name: 'Perempuan' }).click();
    await page.getByRole('radio', { name: 'Dewasa (30-59)' }).click();
    // The mouse chose; the typing still lands in the name.
    await page.keyboard.type('Bu Entin');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Bu Enok');
    await page.keyboard.press('Enter');
    await textOf(page.getByTestId('running-count'), /^25 hadir/);
    const stored = (await app.backend.handlers['session.get']({ id: sessionId })).participants.slice(-2);
    expect(stored.map((p) => [p.name, p.group])).toEqual([
      ['Bu Entin', 'Kelompok Wanita Tani Melati'],
      ['Bu Enok', 'Kelompok Wanita Tani Melati'],
    ]);
  });

  it('prints the signature sheet with a plain "Nama" column, not the form hint', async () => {
    const pdf = path.join(work, 'hadir.pdf');
    app.host.savePaths.push(pdf);
    await app.backend.handlers['report.exportSessionPdf']({ sessionId, language: 'id' });
    const text = pdfText(pdf);
    expect(text).toContain('Tanda tangan');
    expect(text).toContain('Siti Aminah');
    expect(text).not.toContain('boleh kosong');
    await visible(app.page.getByTestId('running-count'));
  });

  it('adds 14 institutions and sets the importance of each from the name field, with zero clicks', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: /Latihan/ }).click();
    await page.getByText('Kondisi sekarang').click();
    const nameField = page.getByLabel('Nama lembaga').first();
    // The diagram opens in its name field: no click needed to start.
    await expect.poll(() => nameField.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.evaluate(() => {
      const w = window as unknown as { pointerPresses: number };
      w.pointerPresses = 0;
      window.addEventListener('pointerdown', () => (w.pointerPresses += 1), true);
    });
    const venn = async () => (await app.backend.handlers['exercise.get']({ id: vennId })).body as VennDocument;
    const placedX = async (name: string) => {
      await expect
        .poll(async () => (await venn()).institutions.some((i) => i.name === name), { timeout: 10_000 })
        .toBe(true);
      return (await venn()).institutions.find((i) => i.name === name)!.x;
    };
    for (const [name, importance] of institutions) {
      await page.keyboard.type(name);
      await page.keyboard.press('Enter');
      await textOf(page.locator('#venn-just-added'), new RegExp(`^${name} ditambahkan`));
      await page.keyboard.press(String(importance));
    }
    // An arrow moves the circle just added: one step of 10 to the right.
    const before = await placedX('Gapoktan');
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(async () => (await venn()).institutions.find((i) => i.name === 'Gapoktan')!.x, { timeout: 10_000 })
      .toBe(before + 10);
    expect(await page.evaluate(() => (window as unknown as { pointerPresses: number }).pointerPresses)).toBe(0);
    // Every importance as called out, and no digit landed in a name.
    await expect
      .poll(async () => (await venn()).institutions.map((i) => [i.name, i.importance]), { timeout: 10_000 })
      .toEqual(institutions);
    // A letter after a digit is a new name again.
    await page.keyboard.type('Kader 2');
    expect(await nameField.inputValue()).toBe('Kader 2');
    await app.screenshot('liveEntry-venn-14');
  });

  it('says where the PDF went in the top bar, over none of the canvas and without shrinking it, and lets it go by itself', async () => {
    const { page } = app;
    const canvasBox = page.locator('.canvas-wrap').first();
    const before = (await canvasBox.boundingBox())!;
    app.host.savePaths.push(path.join(work, 'venn.pdf'));
    // As the menu's "Ekspor PDF" (or the head's) asks for it.
    await app.emit({ type: 'menu', command: 'exportPdf' });
    const notice = page.getByRole('status').filter({ hasText: 'PDF disimpan' });
    await visible(notice);
    expect(await canvasBox.boundingBox()).toEqual(before);
    const noticeBox = (await notice.boundingBox())!;
    const bar = (await page.locator('header.topbar').boundingBox())!;
    expect(noticeBox.y + noticeBox.height).toBeLessThanOrEqual(bar.y + bar.height);
    expect(noticeBox.y + noticeBox.height).toBeLessThanOrEqual(before.y);
    await expect.poll(() => notice.count(), { timeout: 20_000 }).toBe(0);
  });

  it('keeps the end of a title: the copy made for "after" shows "(sesudah)" whole, a very long title loses its middle, not its end', async () => {
    const { page } = app;
    await headCommand(page, 'Gandakan sebagai diagram baru');
    const title = page.getByRole('heading', { level: 1 });
    await textOf(title, 'Kondisi sekarang (sesudah)');
    // Not clamped: every line of the title is shown.
    expect(await title.evaluate((h) => h.scrollHeight <= h.clientHeight + 1)).toBe(true);
    const long =
      'Diagram Venn kelembagaan RW 01 sampai RW 05 bersama kelompok perempuan, pemuda dan tokoh adat Kampung Babakan (sesudah)';
    const copyId = (await app.backend.handlers['session.get']({ id: sessionId })).exercises.at(-1)!.id;
    await headCommand(page, 'Ganti judul');
    await page.getByRole('dialog').getByRole('textbox').fill(long);
    await page.getByRole('dialog').getByRole('textbox').press('Enter');
    await expect.poll(async () => (await app.backend.handlers['exercise.get']({ id: copyId })).title).toBe(long);
    const shown = await title.evaluate((h) => ({
      seen: h.querySelector('[aria-hidden="true"]')?.textContent ?? h.textContent,
      whole: h.scrollHeight <= h.clientHeight + 1,
    }));
    expect(shown.whole).toBe(true);
    // The middle went, not the end that tells the copy from its original.
    expect(shown.seen).toMatch(/^Diagram Venn .* … .*\(sesudah\)$/);
    expect(await title.textContent()).toContain(long);
    await app.screenshot('liveEntry-long-title');
  });

  it('puts the map tools beside the map, so the map fills the rest of a 1024x768 wall', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Kembali' }).click();
    await page.getByText('Peta potensi Desa Cibodas').click();
    const map = (await page.getByTestId('map-canvas').boundingBox())!;
    // The tools are in the side panel, right of the map, not a row above it.
    const tools = (await page.locator('.map-tools').boundingBox())!;
    expect(tools.x).toBeGreaterThanOrEqual(map.x + map.width);
    expect(map.y + map.height).toBeLessThanOrEqual(768);
    // Three quarters of the screen's height is map (tests/e2e/wall1024.test.ts holds it with every tool).
    expect(map.height).toBeGreaterThanOrEqual(0.74 * 768);
    await app.screenshot('liveEntry-map-layout');
  });
});
