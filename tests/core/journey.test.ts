import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { SessionFields } from '#shared/model/session.js';
import { buildProgrammeReport } from '../../electron/core/report/programmeReport.js';
import { launchChromium } from '../support/chromium.js';
import { communityWithSession, fgd } from '../support/coreFixtures.js';
import { resourcesDir, testResultsDir } from '../support/paths.js';
import { pdfImageCount, pdfPagesToPng, pdfText } from '../support/pdf.js';

const session = (
  title: string,
  date: string,
  phase: string,
  step: string,
  agreements: string[] = [],
): SessionFields => ({
  ...fgd,
  title,
  date,
  phase,
  step,
  agreements,
});

/** A community two steps into the path: preparation (two meetings), then trust. */
async function communityOnTheWay() {
  const fixture = await communityWithSession(); // "FGD kelembagaan", Discovery: resources, 2 May 2026
  const { call } = fixture;
  const prep1 = await call('session.create', session('Sosialisasi RW 01', '2026-01-10', 'dialog', 'preparation'));
  await call('session.create', session('Sosialisasi RW 02', '2026-01-24', 'dialog', 'preparation'));
  const trust = await call(
    'session.create',
    session('Kerja bakti bersama', '2026-02-14', 'dialog', 'trust', ['Kerja bakti tiap Jumat pertama']),
  );
  const people: [string, 'female' | 'male', 'youth' | 'adult'][] = [
    ['Ibu Sri', 'female', 'adult'],
    ['Neng Ayu', 'female', 'youth'],
    ['Pak Odih', 'male', 'adult'],
  ];
  for (const [name, gender, ageGroup] of people)
    await call('participant.add', { sessionId: trust.id, fields: { name, gender, ageGroup, group: '' } });
  await call('exercise.create', { sessionId: prep1.id, type: 'venn', title: 'Lembaga di RW 01' });
  return { ...fixture, trust };
}

describe('the journey of a community file', () => {
  it('shows each step with its sessions, attendance by gender and youth, exercises and agreements', async () => {
    const { call } = await communityOnTheWay();
    const journey = await call('journey.get', {});
    const step = (name: string) => journey.steps.find((s) => s.step === name)!;
    expect(step('preparation').sessions.map((s) => s.title)).toEqual(['Sosialisasi RW 01', 'Sosialisasi RW 02']);
    expect(step('preparation').sessions[0]!.exercises).toEqual([
      expect.objectContaining({ type: 'venn', title: 'Lembaga di RW 01' }),
    ]);
    expect(step('trust').sessions[0]).toMatchObject({
      attendance: { total: 3, female: 2, male: 1, unspecified: 0, youth: 1 },
      agreements: ['Kerja bakti tiap Jumat pertama'],
    });
    // Discovery met on 2 May, after every Dialog session: Dialog's held steps are done.
    expect(step('preparation').status).toBe('done');
    expect(step('trust').status).toBe('done');
    expect(step('resources')).toMatchObject({ status: 'under_way', suggestedWhy: 'has_sessions', chosen: null });
    expect(journey.current).toEqual({ phase: 'discovery', step: 'resources' });
    expect(journey).toMatchObject({ sessionCount: 4, exerciseCount: 1 });
  });

  it('keeps the status the facilitator set in the file, and gives a step back to the suggestion', async () => {
    const { call, backend, host, file } = await communityOnTheWay();
    await call('journey.setStatus', { phase: 'discovery', step: 'resources', status: 'done' });
    backend.openFile!.close();
    // Read by another program: the choice is in the file itself.
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT phase, step, status FROM step_status').all()).toEqual([
      { phase: 'discovery', step: 'resources', status: 'done' },
    ]);
    db.close();
    host.openPaths.push(file);
    await call('community.openDialog', {});
    const reopened = await call('journey.get', {});
    expect(reopened.steps.find((s) => s.step === 'resources')).toMatchObject({ chosen: 'done', status: 'done' });
    expect(reopened.current).toEqual({ phase: 'discovery', step: 'capabilities' });
    const cleared = await call('journey.setStatus', { phase: 'discovery', step: 'resources', status: null });
    expect(cleared.steps.find((s) => s.step === 'resources')).toMatchObject({ chosen: null, status: 'under_way' });
  });

  it('refuses a step of another phase and an unknown status, changing nothing', async () => {
    const { send, call } = await communityOnTheWay();
    const wrongPhase = await send('journey.setStatus', { phase: 'dialog', step: 'resources', status: 'done' });
    expect(wrongPhase).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const wrongStatus = await send('journey.setStatus', {
      phase: 'dialog',
      step: 'trust',
      status: 'finished' as 'done',
    });
    expect(wrongStatus).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((await call('journey.get', {})).steps.every((s) => s.chosen === null)).toBe(true);
  });

  it('opens a file of migration 1030 with every step suggested', async () => {
    const { call, backend, host, file } = await communityOnTheWay();
    backend.openFile!.close();
    const db = new Database(file);
    // As a 1030 file is: without what 1040 (step_status) and 1050 (exercises.copy_of) added.
    db.exec('DROP TABLE step_status; ALTER TABLE exercises DROP COLUMN copy_of;');
    db.pragma('user_version = 1030');
    db.close();
    host.openPaths.push(file);
    await call('community.openDialog', {});
    const journey = await call('journey.get', {});
    expect(journey.sessionCount).toBe(4);
    expect(journey.steps.every((s) => s.chosen === null)).toBe(true);
  });

  it('starts a session for a step with an exercise of each chosen technique, titled in the language, in one write', async () => {
    const { call, send } = await communityOnTheWay();
    const started = await call('journey.startSession', {
      fields: session('Membingkai solusi air bersih', '2026-06-01', 'discovery', 'framing'),
      exerciseTypes: ['consensus', 'statement'],
      language: 'id',
    });
    expect(started).toMatchObject({ phase: 'discovery', step: 'framing', title: 'Membingkai solusi air bersih' });
    expect(started.exercises.map((e) => [e.type, e.title])).toEqual([
      ['consensus', 'Lokakarya konsensus'],
      ['statement', 'Rumusan solusi'],
    ]);
    const journey = await call('journey.get', {});
    expect(journey.current).toEqual({ phase: 'discovery', step: 'framing' });
    const refused = await send('journey.startSession', {
      fields: session('Tidak jadi', '2026-06-02', 'discovery', 'framing'),
      exerciseTypes: ['venn', 'noSuchType' as 'venn'],
      language: 'id',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((await call('journey.get', {})).sessionCount).toBe(5);
  });
});

describe('the programme report', () => {
  let browser: Browser | null = null;
  afterAll(async () => {
    await browser?.close();
  });

  it('prints the path, every session in order, agreements and participation as a vector chart', async () => {
    const { call, host, dir } = await communityOnTheWay();
    browser = await launchChromium();
    host.browser = browser;
    const pdf = path.join(dir, 'perjalanan.pdf');
    host.savePaths.push(pdf);
    const saved = await call('report.exportProgrammePdf', { language: 'id' });
    expect(saved).toEqual({ path: pdf, fileName: 'perjalanan.pdf' });
    const text = pdfText(pdf, { raw: true }).replace(/\s+/g, ' ');
    expect(text).toContain('LAPORAN PERJALANAN PROGRAM'); // the kicker, in capitals
    expect(text).toContain('Jalur program');
    expect(text).toContain('Membangun kepercayaan');
    expect(text).toContain('Di sini sekarang');
    // Sessions numbered in date order, whatever order they were made in.
    const order = ['1. Sosialisasi RW 01', '2. Sosialisasi RW 02', '3. Kerja bakti bersama', '4. FGD kelembagaan'];
    const at = order.map((title) => text.indexOf(title));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).toContain('Kerja bakti tiap Jumat pertama');
    expect(text).toContain('3 hadir: 2 P, 1 L, 1 pemuda');
    expect(text).toContain('Partisipasi dari waktu ke waktu');
    expect(text).toContain('14 Feb');
    expect(pdfImageCount(pdf)).toBe(0);
    pdfPagesToPng(pdf, path.join(testResultsDir, 'journey-core-report'), 3);
  });

  it('writes user text escaped, and in English when asked', async () => {
    const community = { name: 'Desa <Uji>', desa: '', kecamatan: '', kabupaten: '', province: '', description: '' };
    const journey = { steps: [], current: null, sessionCount: 0, exerciseCount: 0 };
    const { html } = buildProgrammeReport(community, journey, 'en', resourcesDir);
    expect(html).toContain('Desa &#60;Uji&#62;');
    expect(html).not.toContain('<Uji>');
    expect(html).toContain('Programme journey report');
    expect(html).toContain('No session yet.');
  });
});
