import { describe, expect, it } from 'vitest';
import { translator } from '#shared/i18n/translate.js';
import {
  overviewCsv,
  sortOverviewRows,
  type OverviewCommunity,
  type OverviewRefused,
  type OverviewRow,
} from '#shared/model/overview.js';

const t = translator('id', (key) => {
  throw new Error(`missing ${key}`);
});

function community(fields: Partial<OverviewCommunity> & { name: string }): OverviewCommunity {
  return {
    kind: 'community',
    fileName: `${fields.name.toLowerCase()}.rembug`,
    place: '',
    current: { phase: 'dialog', step: 'preparation' },
    lastSession: null,
    sessions: 0,
    attendance: { women: 0, men: 0, total: 0 },
    indicators: { reached: 0, on_track: 0, behind: 0, late: 0, no_data: 0 },
    stuck: [],
    damagedExercises: 0,
    ...fields,
  };
}

const refused = (fileName: string, reason: OverviewRefused['reason']): OverviewRefused => ({
  kind: 'refused',
  fileName,
  reason,
});

const names = (rows: OverviewRow[]): string[] => rows.map((r) => (r.kind === 'community' ? r.name : r.fileName));

describe('programme overview rows', () => {
  const rows: OverviewRow[] = [
    refused('zz-rusak.rembug', 'damaged_file'),
    community({
      name: 'Cibodas',
      current: { phase: 'development', step: 'evaluation' },
      lastSession: '2026-03-01',
      attendance: { women: 30, men: 12, total: 45 },
      indicators: { reached: 1, on_track: 0, behind: 2, late: 1, no_data: 0 },
      stuck: [{ activity: 'Tandon air RT 03', obstacle: 'Semen belum datang' }],
    }),
    refused('aa-baru.rembug', 'newer_version'),
    community({
      name: 'Ampel',
      current: { phase: 'discovery', step: 'resources' },
      lastSession: '2026-05-10',
      attendance: { women: 8, men: 20, total: 28 },
    }),
    community({
      name: 'Batu',
      current: null,
      lastSession: '2025-12-24',
      attendance: { women: 15, men: 15, total: 31 },
    }),
  ];

  it('sort by name, step, last session, attendance, indicators and stuck, both ways; unreadable files last by name', () => {
    expect(names(sortOverviewRows(rows, { key: 'community', direction: 'asc' }))).toEqual([
      'Ampel',
      'Batu',
      'Cibodas',
      'aa-baru.rembug',
      'zz-rusak.rembug',
    ]);
    expect(names(sortOverviewRows(rows, { key: 'community', direction: 'desc' })).slice(0, 3)).toEqual([
      'Cibodas',
      'Batu',
      'Ampel',
    ]);
    // Every step done sorts after the last step.
    expect(names(sortOverviewRows(rows, { key: 'step', direction: 'asc' })).slice(0, 3)).toEqual([
      'Ampel',
      'Cibodas',
      'Batu',
    ]);
    expect(names(sortOverviewRows(rows, { key: 'lastSession', direction: 'desc' })).slice(0, 3)).toEqual([
      'Ampel',
      'Cibodas',
      'Batu',
    ]);
    expect(names(sortOverviewRows(rows, { key: 'women', direction: 'desc' })).slice(0, 3)).toEqual([
      'Cibodas',
      'Batu',
      'Ampel',
    ]);
    expect(names(sortOverviewRows(rows, { key: 'men', direction: 'asc' })).slice(0, 3)).toEqual([
      'Cibodas',
      'Batu',
      'Ampel',
    ]);
    expect(names(sortOverviewRows(rows, { key: 'total', direction: 'asc' })).slice(0, 3)).toEqual([
      'Ampel',
      'Batu',
      'Cibodas',
    ]);
    expect(names(sortOverviewRows(rows, { key: 'indicators', direction: 'desc' }))[0]).toBe('Cibodas');
    expect(names(sortOverviewRows(rows, { key: 'stuck', direction: 'desc' }))[0]).toBe('Cibodas');
    // Ties keep the name order whatever the direction.
    expect(names(sortOverviewRows(rows, { key: 'stuck', direction: 'asc' })).slice(0, 3)).toEqual([
      'Ampel',
      'Batu',
      'Cibodas',
    ]);
    for (const direction of ['asc', 'desc'] as const)
      expect(names(sortOverviewRows(rows, { key: 'total', direction })).slice(3)).toEqual([
        'aa-baru.rembug',
        'zz-rusak.rembug',
      ]);
  });

  it('CSV: UTF-8 BOM, semicolons, CRLF, quoted fields, formulas kept as text, refusals with their reason', () => {
    const csv = overviewCsv(
      sortOverviewRows(
        [
          ...rows,
          community({ name: '=HYPERLINK("http://x";"klik")', place: 'Ngada; NTT' }),
          community({ name: 'Désa "Ñusa"\nBaris dua' }),
        ],
        { key: 'community', direction: 'asc' },
      ),
      t,
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe(
      'Berkas;Komunitas;Desa / kabupaten;Langkah sekarang;Pertemuan terakhir;Jumlah pertemuan;Perempuan;Laki-laki;Jumlah hadir;Tercapai;Sesuai jadwal;Tertinggal;Lewat batas waktu;Belum diukur;Kegiatan macet;Kegiatan macet dan kendalanya;Catatan',
    );
    expect(csv).toContain(
      'cibodas.rembug;Cibodas;;Pengembangan · Evaluasi;2026-03-01;0;30;12;45;1;0;2;1;0;1;Tandon air RT 03: Semen belum datang;',
    );
    expect(csv).toContain('batu.rembug;Batu;;Semua langkah selesai;2025-12-24;');
    // A formula arrives as text; a separator or quote inside a value is quoted.
    expect(csv).toContain(`;"'=HYPERLINK(""http://x"";""klik"")";"Ngada; NTT";`);
    expect(csv).toContain(';"Désa ""Ñusa""\nBaris dua";');
    expect(csv).toContain(
      'zz-rusak.rembug;;;;;;;;;;;;;;;;Berkas rusak: pulihkan dari cadangan di laptop pendamping\r\n',
    );
    expect(csv).toContain(
      'aa-baru.rembug;;;;;;;;;;;;;;;;Dibuat Rembug versi lebih baru: perbarui Rembug untuk membacanya',
    );
    // Every line has the header's number of fields (the quoted ones counted as one).
    const fields = (line: string): number => line.replace(/"(?:[^"]|"")*"/g, 'x').split(';').length;
    const records = csv
      .slice(1)
      .replace(/"(?:[^"]|"")*"/g, 'x')
      .split('\r\n')
      .filter(Boolean);
    expect(new Set(records.map(fields))).toEqual(new Set([17]));
  });
});
