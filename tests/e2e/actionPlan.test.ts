import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionPlanDocument } from '#shared/exercises/actionPlan/schema.js';
import { emptyActivity } from '#shared/exercises/actionPlan/schema.js';
import { emptyStatementDocument } from '#shared/exercises/framing/schema.js';
import { openSampleSession, startApp, type AppHarness } from '../support/appHarness.js';
import { axeViolations } from '../support/axe.js';
import { tempDir, testResultsDir } from '../support/paths.js';
import { pdfImageCount, pdfPagesToPng, pdfText } from '../support/pdf.js';
import { countOf, textOf, visible } from '../support/waits.js';
import { headCommand } from '../support/exerciseHead.js';

/**
 * Development: the group turns its framed solution into a plan of six activities, with
 * people from the attendance lists and institutions from the Venn diagrams suggested,
 * sees what is missing in plain words, re-orders, reads the timeline on the wall, finds
 * the plan again after a restart, and prints it (session PDF and notice-board poster).
 */
describe('the action plan on the projector', () => {
  let app: AppHarness;
  let sessionId = '';
  const work = tempDir('actionPlan');
  const framedSolution = 'Warga mengelola air bersih bersama sampai akhir 2027';
  const planBody = async (): Promise<ActionPlanDocument> => {
    const session = await app.backend.handlers['session.get']({ id: sessionId });
    const ex = session.exercises.find((e) => e.type === 'actionPlan')!;
    return (await app.backend.handlers['exercise.get']({ id: ex.id })).body as ActionPlanDocument;
  };

  beforeAll(async () => {
    app = await startApp();
    sessionId = await openSampleSession(app);
    // The framed solution the plan is built from (the sample may hold one too; this one is ours).
    const statement = await app.backend.handlers['exercise.create']({ sessionId, type: 'statement', title: 'Rumusan' });
    await app.backend.handlers['exercise.save']({
      id: statement.id,
      baseVersion: 1,
      body: { ...emptyStatementDocument(), text: framedSolution },
    });
    // The session screen shows what the file holds now.
    await app.page
      .getByRole('button', { name: 'Kembali' })
      .first()
      .click()
      .catch(() => undefined);
    await app.page.getByText('FGD pemetaan kelembagaan').first().click();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('builds a six-activity plan from the framed solution with people and institutions suggested', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: /Latihan/ }).click();
    await page.getByRole('button', { name: 'Rencana kegiatan baru' }).click();
    await visible(page.getByRole('heading', { name: 'Rencana kegiatan' }));
    await page.getByRole('button', { name: `Pakai rumusan solusi: ${framedSolution}` }).click();
    await expect.poll(async () => (await planBody()).goal).toBe(framedSolution);
    await page.getByLabel('Bulan mulai rencana').fill('2027-01');
    await page.getByLabel('Bulan akhir rencana').fill('2027-12');

    const activities = [
      ['Bentuk pengurus air per dusun', '2027-01', '2027-02'],
      ['Perbaiki bak penampung mata air', '2027-02', '2027-04'],
      ['Pasang pipa ke RT 03', '2027-04', '2027-07'],
      ['Pelatihan perawatan pipa', '2027-05', '2027-05'],
      ['Iuran air bulanan', '2027-06', '2027-12'],
      ['Papan informasi air di balai desa', '2027-03', '2027-03'],
    ] as const;
    const entry = page.getByLabel('Kegiatan baru, lalu Enter');
    for (const [what] of activities) {
      await entry.fill(what);
      await entry.press('Enter');
    }
    await countOf(page.locator('tr[data-activity-row]'), 6);
    // Nobody is responsible yet: the checks say so, in words, by number.
    await visible(page.getByTestId('plan-checks').getByText('Kegiatan 1: belum ada penanggung jawab.'));

    const names: string[] = [];
    const partners: string[] = [];
    for (const [i, [what, start, end]] of activities.entries()) {
      await page.getByRole('row', { name: `Pilih kegiatan ${i + 1}` }).click();
      const editor = page.getByRole('region', { name: `Rincian kegiatan ${i + 1}` });
      await visible(editor);
      expect(await editor.getByLabel('Kegiatan', { exact: true }).inputValue()).toBe(what);
      if (i === 0)
        await editor.getByLabel('Untuk mencapai').selectOption({ label: `Rumusan solusi: ${framedSolution}` });
      // The people of the attendance lists and the institutions of the Venn diagrams are offered.
      const person = editor
        .getByRole('group', { name: 'Saran: Penanggung jawab' })
        .getByRole('button')
        .nth(i % 3);
      names.push(((await person.textContent()) ?? '').replace(/^\+\s*/, '').trim());
      await person.click();
      const partner = editor.getByRole('group', { name: 'Saran: Bekerja sama dengan' }).getByRole('button').first();
      partners.push(((await partner.textContent()) ?? '').replace(/^\+\s*/, '').trim());
      await partner.click();
      await editor.getByLabel('Mulai (bulan)').fill(start);
      await editor.getByLabel('Selesai (bulan)').fill(end);
      await editor.getByLabel('Tanda selesai').fill(`${what} selesai dan dilaporkan di musyawarah dusun`);
      await editor.getByLabel('Tanda selesai').blur();
      await editor.getByLabel('Swadaya (Rp)').fill('1.000.000');
      await editor.getByLabel('Swadaya (Rp)').press('Enter');
      await editor.getByLabel('Bantuan luar (Rp)').fill('3000000');
      await editor.getByLabel('Bantuan luar (Rp)').press('Enter');
    }
    // Every activity has someone, months and a "done when": no activity is flagged.
    await textOf(page.getByTestId('plan-checks').locator('p'), 'Tidak ada catatan: rencana tampak lengkap.');
    await textOf(page.getByTestId('plan-share').locator('strong'), 'Swadaya: 25% dari biaya');
    await page.locator('table.plan-table').scrollIntoViewIfNeeded();
    await app.screenshot('actionPlan-10-table');

    const saved = await planBody();
    expect(saved.activities.map((a) => a.what)).toEqual(activities.map(([what]) => what));
    expect(saved.activities.map((a) => a.responsible[0]!.name)).toEqual(names);
    // Chosen from an attendance list: the person keeps the list's id.
    expect(saved.activities.every((a) => a.responsible[0]!.participantId !== null)).toBe(true);
    expect(saved.activities.map((a) => a.partners[0]!.name)).toEqual(partners);
    expect(saved.activities[0]!.why).toMatchObject({ sourceType: 'statement', label: framedSolution });
    expect(saved.activities.map((a) => [a.startMonth, a.endMonth])).toEqual(activities.map(([, s, e]) => [s, e]));
    expect(saved.activities.map((a) => [a.swadaya, a.outsideHelp])).toEqual(
      activities.map(() => [1_000_000, 3_000_000]),
    );
  });

  it('flags an end before the start without refusing it, and the group fixes it', async () => {
    const { page } = app;
    await page.getByRole('row', { name: 'Pilih kegiatan 4' }).click();
    const editor = page.getByRole('region', { name: 'Rincian kegiatan 4' });
    await editor.getByLabel('Selesai (bulan)').fill('2027-03');
    await visible(page.getByTestId('plan-checks').getByText('Kegiatan 4: bulan selesai lebih awal dari bulan mulai.'));
    await expect.poll(async () => (await planBody()).activities[3]!.endMonth).toBe('2027-03');
    await editor.getByLabel('Selesai (bulan)').fill('2027-05');
    await textOf(page.getByTestId('plan-checks').locator('p'), 'Tidak ada catatan: rencana tampak lengkap.');
  });

  it('re-orders by keyboard and by drag', async () => {
    const { page } = app;
    const order = async () => (await planBody()).activities.map((a) => a.what);
    const before = await order();
    await page.getByRole('row', { name: 'Pilih kegiatan 6' }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(order).toEqual([...before.slice(0, 3), before[5], before[3], before[4]]);
    // The moved row keeps the focus, and the move is announced.
    await textOf(page.locator('.plan-move-status'), 'Kegiatan 5 dipindah ke nomor 4');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Pilih kegiatan 4');
    const afterKeys = await order();
    await page
      .getByLabel('Tarik untuk memindah kegiatan 4')
      .dragTo(page.getByRole('row', { name: 'Pilih kegiatan 2' }));
    await expect
      .poll(order)
      .toEqual([afterKeys[0], afterKeys[3], afterKeys[1], afterKeys[2], afterKeys[4], afterKeys[5]]);
  });

  it('draws the month timeline on a canvas and names its team', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Garis waktu' }).click();
    const canvas = page.getByRole('application', { name: 'Garis waktu kegiatan' });
    await visible(canvas);
    await visible(canvas.locator('canvas'));
    await app.screenshot('actionPlan-20-timeline');
    await page.getByRole('tab', { name: 'Tim pelaksana' }).click();
    await page.locator('.team-role select').selectOption('ketua');
    const first = page.getByRole('group', { name: 'Saran: Tambah anggota tim' }).getByRole('button').first();
    const leader = ((await first.textContent()) ?? '').replace(/^\+\s*/, '').trim();
    await first.click();
    await page.getByRole('group', { name: 'Saran: Tambah anggota tim' }).getByRole('button').first().click();
    await expect.poll(async () => (await planBody()).team.map((m) => m.role)).toEqual(['ketua', 'anggota']);
    expect((await planBody()).team[0]!.person.name).toBe(leader);
    await app.screenshot('actionPlan-30-team');
  });

  it('has no WCAG 2.1 A/AA violation on any tab of the filled plan (axe-core)', async () => {
    const { page } = app;
    const found: string[] = [];
    for (const tab of ['Tabel', 'Garis waktu', 'Tim pelaksana']) {
      await page.getByRole('tab', { name: tab }).click();
      if (tab === 'Tabel') await page.getByRole('row', { name: 'Pilih kegiatan 1' }).click();
      found.push(...(await axeViolations(page)).map((v) => `${tab} / ${v}`));
    }
    expect(found).toEqual([]);
  });

  it('finds the plan after a restart and prints it: session PDF and poster, text and vector', async () => {
    const { page } = app;
    const before = await planBody();
    await app.restart();
    await page.getByRole('button', { name: /^Desa Sukamaju/ }).click();
    await page.getByText('FGD pemetaan kelembagaan').first().click();
    await page.getByRole('tab', { name: /Latihan/ }).click();
    await page
      .getByRole('button', { name: /^Rencana kegiatan(?! baru)/ })
      .first()
      .click();
    await countOf(page.locator('tr[data-activity-row]'), 6);
    expect(await planBody()).toEqual(before);

    const poster = path.join(work, 'poster-A4.pdf');
    app.host.savePaths.push(poster);
    await headCommand(page, 'Poster');
    await page.getByRole('button', { name: 'Poster A4' }).click();
    await visible(page.getByText('poster-A4.pdf', { exact: false }), 20_000);
    const posterText = pdfText(poster, { raw: true }).replace(/\s+/g, ' ');
    for (const a of before.activities) expect(posterText).toContain(a.what);
    expect(posterText).toContain(before.activities[0]!.responsible[0]!.name);
    expect(posterText).toContain('Jan 2027');
    expect(posterText).toContain('Des 2027');
    expect(pdfImageCount(poster)).toBe(0);
    pdfPagesToPng(poster, path.join(testResultsDir, 'actionPlan-40-poster'), 2);

    const pdf = path.join(work, 'session.pdf');
    app.host.savePaths.push(pdf);
    await headCommand(page, 'Ekspor PDF');
    await visible(page.getByText('session.pdf', { exact: false }), 30_000);
    const text = pdfText(pdf, { raw: true }).replace(/\s+/g, ' ');
    expect(text).toContain('Rencana kegiatan');
    expect(text).toContain(before.activities[2]!.what);
    expect(text).toContain('Swadaya: 25% dari biaya');
    expect(text).toContain('Garis waktu kegiatan');
  });

  it('keeps 200 activities with very long names legible: the timeline pages, nothing is lost', async () => {
    const { page } = app;
    const session = await app.backend.handlers['session.get']({ id: sessionId });
    const ex = session.exercises.find((e) => e.type === 'actionPlan')!;
    const current = await app.backend.handlers['exercise.get']({ id: ex.id });
    const long = 'Perbaikan saluran irigasi tersier di blok sawah Dusun Cibeureum bersama kelompok tani '.repeat(8);
    const big: ActionPlanDocument = {
      ...(current.body as ActionPlanDocument),
      activities: Array.from({ length: 200 }, (_, i) => ({
        ...emptyActivity(`big${i}`),
        what: `${i + 1} ${long}`,
        responsible: [{ participantId: null, name: `Warga ${i + 1}` }],
        startMonth: `${2027 + (i % 2)}-0${(i % 9) + 1}`,
        endMonth: `${2027 + (i % 2)}-${String((i % 9) + 2).padStart(2, '0')}`,
        doneWhen: 'Selesai',
      })),
    };
    await app.backend.handlers['exercise.save']({ id: ex.id, baseVersion: current.version, body: big });
    await page.getByRole('button', { name: 'Kembali' }).first().click();
    await page.getByRole('tab', { name: /Latihan/ }).click();
    await page
      .getByRole('button', { name: /^Rencana kegiatan(?! baru)/ })
      .first()
      .click();
    await countOf(page.locator('tr[data-activity-row]'), 200, 20_000);
    await page.getByRole('tab', { name: 'Garis waktu' }).click();
    const pageLabel = await textOf(page.locator('.page-nav span'), /^Halaman 1 dari \d+$/);
    expect(Number(/dari (\d+)/.exec(pageLabel)![1])).toBeGreaterThanOrEqual(Math.ceil(200 / 7));
    await page.getByRole('button', { name: /Halaman berikutnya/ }).click();
    await textOf(page.locator('.page-nav span'), /^Halaman 2 dari \d+$/);
    await app.screenshot('actionPlan-50-timeline-200');
    expect((await app.backend.handlers['exercise.get']({ id: ex.id })).body).toEqual(big);
  });
});
