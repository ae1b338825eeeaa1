import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleFileName } from '../../electron/core/backend.js';
import { loadSessionReportData } from '../../electron/core/report/reportData.js';
import { buildSessionReport } from '../../electron/core/report/sessionReport.js';
import { scoreMatrix } from '#shared/exercises/ranking/matrix.js';
import { roman } from '#shared/exercises/ranking/ranks.js';
import type { MatrixDocument } from '#shared/exercises/ranking/schema.js';
import { emptyVennDocument, type VennDocument } from '#shared/exercises/venn/schema.js';
import { bytesOf, communityWithSession, fgd, makeBackend } from '../support/coreFixtures.js';
import { resourcesDir } from '../support/paths.js';

const institution = (id: string, name: string, x = 300) => ({
  id,
  name,
  kind: 'community' as const,
  relation: 'supportive' as const,
  importance: 2 as const,
  x,
  y: 0,
  notes: '',
});

async function withVenn() {
  const fixture = await communityWithSession();
  const exercise = await fixture.call('exercise.create', {
    sessionId: fixture.session.id,
    type: 'venn',
    title: 'Sebelum',
  });
  return { ...fixture, exercise };
}

describe('malformed messages change nothing', () => {
  it.each([
    ['an unknown channel', 'community.destroy', {}, 'unknown_channel'],
    ['a missing field', 'session.create', { title: 'x' }, 'invalid_input'],
    ['an empty name', 'session.create', { ...fgd, title: '   ' }, 'invalid_input'],
    ['a step of another phase', 'session.create', { ...fgd, phase: 'dialog', step: 'resources' }, 'invalid_input'],
    ['an extra field', 'session.delete', { id: 'x', sql: 'DROP TABLE sessions' }, 'invalid_input'],
    ['not an object', 'participant.add', 'hello', 'invalid_input'],
    [
      'a prototype trick',
      'community.openRecent',
      JSON.parse('{"__proto__": {"path": "/etc/passwd"}}'),
      'invalid_input',
    ],
  ])('%s', async (_what, channel, input, code) => {
    const { send, file, backend } = await communityWithSession();
    backend.openFile!.db.pragma('wal_checkpoint(TRUNCATE)');
    const before = bytesOf(file);
    const result = await send(channel as 'session.create', input as never);
    expect(result).toMatchObject({ ok: false, error: { code } });
    expect(bytesOf(file).equals(before)).toBe(true);
    expect(fs.statSync(`${file}-wal`).size).toBe(0);
  });

  it('says which field and why, for the translated message', async () => {
    const { send } = await communityWithSession();
    const result = await send('session.create', { ...fgd, title: '' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', params: { field: 'title', reason: 'empty_name' } },
    });
  });

  it('an exercise body that breaks its schema is refused and the saved one stays', async () => {
    const { send, call, exercise } = await withVenn();
    const good: VennDocument = { ...emptyVennDocument(), institutions: [institution('a', 'PKK')] };
    await call('exercise.save', { id: exercise.id, baseVersion: 1, body: good });
    const bad = { ...good, institutions: [{ ...institution('b', ''), importance: 9 }] };
    expect(await send('exercise.save', { id: exercise.id, baseVersion: 2, body: bad })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect((await call('exercise.get', { id: exercise.id })).body).toEqual(good);
  });

  it('the renderer cannot open an arbitrary path, only one it was shown in the recent list', async () => {
    const { send } = makeBackend();
    expect(await send('community.openRecent', { path: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});

describe('saving an exercise', () => {
  it('every save bumps the version; a stale version is refused, not merged', async () => {
    const { send, call, exercise } = await withVenn();
    const one: VennDocument = { ...emptyVennDocument(), institutions: [institution('a', 'Posyandu')] };
    expect(await call('exercise.save', { id: exercise.id, baseVersion: 1, body: one })).toEqual({ version: 2 });
    const stale = await send('exercise.save', { id: exercise.id, baseVersion: 1, body: emptyVennDocument() });
    expect(stale).toMatchObject({ ok: false, error: { code: 'stale_version' } });
    expect(await call('exercise.get', { id: exercise.id })).toMatchObject({ version: 2, body: one });
  });

  it('keeps a 10,000-character name and any Unicode exactly', async () => {
    const { call, exercise } = await withVenn();
    const names = ['x'.repeat(10_000), '👩🏽‍🌾 Tani 🌾', 'مجلس القرية', 'Ko\u0301perasi'];
    const body: VennDocument = {
      ...emptyVennDocument(),
      institutions: names.map((n, i) => institution(`i${i}`, n, 300 + i * 200)),
    };
    await call('exercise.save', { id: exercise.id, baseVersion: 1, body });
    expect(
      ((await call('exercise.get', { id: exercise.id })).body as VennDocument).institutions.map((i) => i.name),
    ).toEqual(names);
  });

  it('remembers institution names for the next diagram of the community', async () => {
    const { call, exercise } = await withVenn();
    const body: VennDocument = {
      ...emptyVennDocument(),
      institutions: [institution('a', 'Karang Taruna'), institution('b', 'BUMDes', 600)],
    };
    await call('exercise.save', { id: exercise.id, baseVersion: 1, body });
    await call('exercise.save', {
      id: exercise.id,
      baseVersion: 2,
      body: { ...body, institutions: [institution('c', 'karang taruna')] },
    });
    expect((await call('stakeholder.list', {})).map((s) => s.name)).toEqual(['BUMDes', 'Karang Taruna']);
  });

  it('duplicates a diagram as a new one in the same session', async () => {
    const { call, exercise, session } = await withVenn();
    const body: VennDocument = { ...emptyVennDocument(), institutions: [institution('a', 'PKK')] };
    await call('exercise.save', { id: exercise.id, baseVersion: 1, body });
    const copy = await call('exercise.duplicate', { id: exercise.id, title: 'Sesudah' });
    expect(copy).toMatchObject({ title: 'Sesudah', version: 1, body });
    expect((await call('session.get', { id: session.id })).exercises.map((e) => e.title)).toEqual([
      'Sebelum',
      'Sesudah',
    ]);
  });

  it('a full disk is reported, the last saved state stays, and a copy saved elsewhere takes the change', async () => {
    const { send, call, exercise, backend, host, dir, file } = await withVenn();
    const saved: VennDocument = { ...emptyVennDocument(), institutions: [institution('a', 'PKK')] };
    await call('exercise.save', { id: exercise.id, baseVersion: 1, body: saved });
    // Cap the file at its current size, as a full disk would.
    const db = backend.openFile!.db;
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    const big: VennDocument = {
      ...emptyVennDocument(),
      institutions: Array.from({ length: 400 }, (_, i) => institution(`n${i}`, `Lembaga ${i} ${'x'.repeat(500)}`)),
    };
    const result = await send('exercise.save', { id: exercise.id, baseVersion: 2, body: big });
    expect(result).toMatchObject({ ok: false, error: { code: 'disk_full' } });
    expect(await call('exercise.get', { id: exercise.id })).toMatchObject({ version: 2, body: saved });
    // "Save a copy as" elsewhere, then the pending change is saved into the copy.
    const copyPath = path.join(dir, 'salinan.rembug');
    host.savePaths.push(copyPath);
    const copy = await call('community.saveCopyAs', {});
    expect(copy?.path).toBe(copyPath);
    expect(await call('exercise.save', { id: exercise.id, baseVersion: 2, body: big })).toEqual({ version: 3 });
    expect(fs.existsSync(file)).toBe(true);
  });
});

describe('sessions and attendance', () => {
  it('creates, edits, lists and deletes sessions with their people', async () => {
    const { call, session } = await communityWithSession();
    const p = await call('participant.add', {
      sessionId: session.id,
      fields: { name: '', gender: 'female', ageGroup: 'youth', group: 'Karang Taruna' },
    });
    await call('participant.update', {
      id: p.id,
      fields: { name: 'Neng', gender: 'female', ageGroup: 'youth', group: 'Karang Taruna' },
    });
    await call('session.update', {
      id: session.id,
      fields: { ...fgd, title: 'FGD 2', agreements: ['Kerja bakti Minggu'] },
    });
    const detail = await call('session.get', { id: session.id });
    expect(detail).toMatchObject({
      title: 'FGD 2',
      agreements: ['Kerja bakti Minggu'],
      participants: [{ name: 'Neng' }],
    });
    expect((await call('community.current', {}))!.sessions).toMatchObject([{ title: 'FGD 2', participantCount: 1 }]);
    await call('session.delete', { id: session.id });
    expect((await call('community.current', {}))!.sessions).toEqual([]);
  });
});

describe('the sample community', () => {
  it('opens as a copy in user data, with its sessions newest first, a before/after pair of diagrams and a USG matrix', async () => {
    const { call, host } = makeBackend();
    const bundled = path.join(resourcesDir, 'sample', sampleFileName);
    const before = bytesOf(bundled);
    const opened = await call('community.openSample', {});
    expect(opened.path).toBe(path.join(host.userDataDir, 'samples', sampleFileName));
    // The whole path (tests/core/sample.test.ts reads the story); here what this test opens.
    const titles = opened.sessions.map((s) => s.title);
    expect(titles.indexOf('FGD pemetaan kelembagaan')).toBeLessThan(titles.indexOf('Musyawarah prioritas masalah'));
    const sessionTitled = (title: string) => opened.sessions.find((s) => s.title === title)!;
    const priorities = await call('session.get', { id: sessionTitled('Musyawarah prioritas masalah').id });
    const matrix = (await call('exercise.get', { id: priorities.exercises[0]!.id })).body as MatrixDocument;
    const ranked = scoreMatrix(
      matrix.items.map((i) => i.id),
      matrix.criteria,
      matrix.cells.all ?? {},
      matrix.scoring,
      matrix.weights,
      matrix.combine,
    ).ranking.map((r) => [matrix.items.find((i) => i.id === r.item)!.name, roman(r.denseRank)]);
    expect(matrix.template).toBe('usg');
    // U + S + G: 13, 12, 11, 11, 10 - a tie the group sees as "III=".
    expect(ranked).toEqual([
      ['Hama wereng di sawah', 'I'],
      ['Air bersih kurang di musim kemarau', 'II'],
      ['Harga gabah jatuh saat panen', 'III'],
      ['Balita gizi kurang', 'III'],
      ['Jalan usaha tani rusak', 'IV'],
    ]);
    const fgdSession = await call('session.get', { id: sessionTitled('FGD pemetaan kelembagaan').id });
    expect(fgdSession.exercises.map((e) => e.title)).toEqual([
      'Kondisi sekarang (sebelum)',
      'Yang kita inginkan (sesudah)',
    ]);
    const venn = (await call('exercise.get', { id: fgdSession.exercises[0]!.id })).body as VennDocument;
    expect(venn.institutions.length).toBeGreaterThanOrEqual(8);
    expect(venn.institutions.length).toBeLessThanOrEqual(12);
    expect(bytesOf(bundled).equals(before)).toBe(true);
  });
});

describe('the report', () => {
  it('holds the cover, attendance, agreements, each diagram as SVG with its table, and the signature list', async () => {
    const { call, backend, session, exercise } = await withVenn();
    await call('participant.add', {
      sessionId: session.id,
      fields: { name: 'Pak <b>Ujang</b>', gender: 'male', ageGroup: 'elder', group: '' },
    });
    const body: VennDocument = {
      ...emptyVennDocument(),
      institutions: [institution('a', 'Posyandu & PKK'), institution('b', 'مجلس', 600)],
    };
    await call('exercise.save', { id: exercise.id, baseVersion: 1, body });
    const data = loadSessionReportData(backend.openFile!, session.id);
    const { html, footerHtml } = buildSessionReport(data, 'en', resourcesDir, new Date('2026-05-03T10:00:00Z'));
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Session report');
    expect(html).toContain('Posyandu &#38; PKK');
    expect(html).toContain('Pak &#60;b&#62;Ujang&#60;/b&#62;');
    expect(html).not.toContain('<b>Ujang');
    expect(html).toMatch(/<svg [^>]*viewBox/);
    expect(html).toContain('Attendance list');
    expect(html).toContain("url('data:font/woff2;base64,");
    // Nothing to fetch: the only URL is the SVG namespace name.
    expect(html.replaceAll('http://www.w3.org/2000/svg', '')).not.toMatch(/https?:\/\//);
    // The session's day (stored 2026-05-02) on the cover and the signature list, as English writes it.
    expect(html.match(/<dd>2 May 2026<\/dd>/g)).toHaveLength(2);
    expect(html).not.toContain('2026-05-02');
    expect(footerHtml).toContain('Made with Rembug on 3 May 2026');
    const indonesian = buildSessionReport(data, 'id', resourcesDir, new Date('2026-08-17T10:00:00Z'));
    expect(indonesian.html.match(/<dd>2 Mei 2026<\/dd>/g)).toHaveLength(2);
    expect(indonesian.footerHtml).toContain('Dibuat dengan Rembug pada 17 Agu 2026');
  });
});
