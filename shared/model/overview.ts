import { z } from 'zod';
import type { Translate } from '../i18n/translate.js';
import { pathSteps } from './journey.js';
import { phases, allSteps, phaseLabelKey, stepLabelKey, type Phase, type ProcessStep } from './process.js';

/**
 * The programme overview across villages (issue 13, item 6): for a coordinator who
 * supports many facilitators, one row per `.rembug` file of a folder (a shared drive, a
 * synced folder). Pure: the backend reads the files (electron/core/overview.ts), this
 * says what a row holds, how rows sort and how they are written as CSV, so the table on
 * screen, the PDF and the CSV are the same rows in the same order.
 */

/** Why a file of the folder could not be read; each is listed with its reason in words. */
export const overviewRefusals = ['damaged_file', 'newer_version', 'not_rembug_file', 'read_failed'] as const;
export type OverviewRefusal = (typeof overviewRefusals)[number];

/** The indicator statuses of monitoring (shared/exercises/monitoring/progress.ts), counted per community. */
export const overviewIndicatorStatuses = ['reached', 'on_track', 'behind', 'late', 'no_data'] as const;
export type OverviewIndicatorStatus = (typeof overviewIndicatorStatuses)[number];

const zCount = z.number().int().min(0);

export const zOverviewCommunity = z.object({
  kind: z.literal('community'),
  fileName: z.string(),
  name: z.string(),
  /** Desa and kabupaten, as written on the community form ('' when not filled). */
  place: z.string(),
  /** Where the community stands (shared/model/journey.ts `currentStep`); null once every step is done. */
  current: z
    .object({
      phase: z.enum(phases as [Phase, ...Phase[]]),
      step: z.enum(allSteps as unknown as [ProcessStep, ...ProcessStep[]]),
    })
    .nullable(),
  /** The latest session's day (yyyy-mm-dd); null before the first session. */
  lastSession: z.string().nullable(),
  sessions: zCount,
  /** Summed over every session's attendance list: a person at three sessions counts three times. */
  attendance: z.object({ women: zCount, men: zCount, total: zCount }),
  indicators: z.object({ reached: zCount, on_track: zCount, behind: zCount, late: zCount, no_data: zCount }),
  /** Activities whose latest monitoring says stuck, with the obstacle in the group's words. */
  stuck: z.array(z.object({ activity: z.string(), obstacle: z.string() })),
  /** Exercises the deep check could not read: the rest of the row still counts. */
  damagedExercises: zCount,
});
export type OverviewCommunity = z.infer<typeof zOverviewCommunity>;

export const zOverviewRefused = z.object({
  kind: z.literal('refused'),
  fileName: z.string(),
  reason: z.enum(overviewRefusals),
});
export type OverviewRefused = z.infer<typeof zOverviewRefused>;

export const zOverviewRow = z.discriminatedUnion('kind', [zOverviewCommunity, zOverviewRefused]);
export type OverviewRow = z.infer<typeof zOverviewRow>;

export const zOverview = z.object({
  /** The folder as the user chose it (shown, never sent back: exports use the backend's copy). */
  folder: z.string(),
  /** When the files were read (ISO time), printed on the exports. */
  readAt: z.string(),
  rows: z.array(zOverviewRow),
});
export type Overview = z.infer<typeof zOverview>;

/** The columns a coordinator can sort by (each a column of the table). */
export const overviewSortKeys = [
  'community',
  'step',
  'lastSession',
  'women',
  'men',
  'total',
  'indicators',
  'stuck',
] as const;
export type OverviewSortKey = (typeof overviewSortKeys)[number];
export const zOverviewSort = z.object({ key: z.enum(overviewSortKeys), direction: z.enum(['asc', 'desc']) }).strict();
export type OverviewSort = z.infer<typeof zOverviewSort>;

export const defaultOverviewSort: OverviewSort = { key: 'community', direction: 'asc' };

/** Indicators that need the coordinator's attention: late, then behind (the indicator column sorts by these). */
export function indicatorsNeedingAttention(row: OverviewCommunity): number {
  return row.indicators.late + row.indicators.behind;
}

/** Position on the programme path; a community whose every step is done sorts after the last step. */
function stepPosition(row: OverviewCommunity): number {
  if (!row.current) return pathSteps.length;
  const { phase, step } = row.current;
  return pathSteps.findIndex((s) => s.phase === phase && s.step === step);
}

const collator = new Intl.Collator(['id', 'en'], { sensitivity: 'base', numeric: true });

function compareBy(key: OverviewSortKey, a: OverviewCommunity, b: OverviewCommunity): number {
  switch (key) {
    case 'community':
      return collator.compare(a.name, b.name);
    case 'step':
      return stepPosition(a) - stepPosition(b);
    case 'lastSession':
      // Dates are yyyy-mm-dd and compare as text; no session yet sorts before any date.
      return (a.lastSession ?? '').localeCompare(b.lastSession ?? '');
    case 'women':
      return a.attendance.women - b.attendance.women;
    case 'men':
      return a.attendance.men - b.attendance.men;
    case 'total':
      return a.attendance.total - b.attendance.total;
    case 'indicators':
      return (
        indicatorsNeedingAttention(a) - indicatorsNeedingAttention(b) ||
        a.indicators.late - b.indicators.late ||
        b.indicators.reached - a.indicators.reached
      );
    case 'stuck':
      return a.stuck.length - b.stuck.length;
  }
}

/**
 * The rows in the chosen order; ties keep the community's name, then the file's name, in
 * ascending order, so the same sort always gives the same table. Files that could not be
 * read come last, by file name, whatever the sort: they are a list of things to fix, not
 * values to compare.
 */
export function sortOverviewRows(rows: readonly OverviewRow[], sort: OverviewSort): OverviewRow[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const communities = rows.filter((r): r is OverviewCommunity => r.kind === 'community');
  const refused = rows.filter((r): r is OverviewRefused => r.kind === 'refused');
  communities.sort(
    (a, b) =>
      sign * compareBy(sort.key, a, b) || collator.compare(a.name, b.name) || collator.compare(a.fileName, b.fileName),
  );
  refused.sort((a, b) => collator.compare(a.fileName, b.fileName));
  return [...communities, ...refused];
}

/** The current step in words ("Pengembangan · Evaluasi"), or that every step is done. */
export function currentStepLabel(row: OverviewCommunity, t: Translate): string {
  if (!row.current) return t('overview.allDone');
  return `${t(phaseLabelKey(row.current.phase))} · ${t(stepLabelKey(row.current.phase, row.current.step))}`;
}

/** Stuck activities with their obstacles, one line each ("Tandon air RT 03: semen belum datang"). */
export function stuckLines(row: OverviewCommunity): string[] {
  return row.stuck.map((s) => (s.obstacle.trim() ? `${s.activity}: ${s.obstacle}` : s.activity));
}

/**
 * A spreadsheet program runs a cell that starts with = + - @ (or a tab or carriage
 * return) as a formula: a community named "=HYPERLINK(...)" must arrive as text. The
 * leading apostrophe is what Excel and LibreOffice themselves use to mark text.
 */
function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Quotes a field when it holds the separator, a quote or a line break (RFC 4180). */
function csvField(value: string | number, separator: string): string {
  const text = typeof value === 'number' ? String(value) : neutraliseFormula(value);
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Semicolons separate the fields: Excel splits a CSV by the list separator of the
 * computer's region, and in Indonesia's (and most of Europe's) that is the semicolon,
 * because the comma is the decimal mark. A comma-separated file would open as one column
 * there; LibreOffice and Google Sheets detect either.
 */
export const overviewCsvSeparator = ';';

/**
 * The overview as CSV, in the order given: UTF-8 with a byte-order mark (without it Excel
 * reads UTF-8 as the old Windows code page, and "Pemberdayaan Perempuan" survives but
 * "Nusa Tenggara Timur – Ngada" and any non-Latin name do not), CRLF line ends (RFC 4180),
 * counts as plain numbers and days as yyyy-mm-dd so a spreadsheet reads them as values.
 */
export function overviewCsv(rows: readonly OverviewRow[], t: Translate): string {
  const sep = overviewCsvSeparator;
  const header = [
    t('overview.columns.file'),
    t('overview.columns.community'),
    t('overview.columns.place'),
    t('overview.columns.step'),
    t('overview.columns.lastSession'),
    t('overview.columns.sessions'),
    t('overview.columns.women'),
    t('overview.columns.men'),
    t('overview.columns.total'),
    ...overviewIndicatorStatuses.map((s) => t(`overview.indicatorStatus.${s}`)),
    t('overview.columns.stuck'),
    t('overview.columns.stuckList'),
    t('overview.columns.note'),
  ];
  const lines = rows.map((row) => {
    if (row.kind === 'refused') {
      const blanks = header.length - 2;
      return [row.fileName, ...Array<string>(blanks).fill(''), t(`overview.refusals.${row.reason}`)];
    }
    return [
      row.fileName,
      row.name,
      row.place,
      currentStepLabel(row, t),
      row.lastSession ?? '',
      row.sessions,
      row.attendance.women,
      row.attendance.men,
      row.attendance.total,
      ...overviewIndicatorStatuses.map((s) => row.indicators[s]),
      row.stuck.length,
      stuckLines(row).join(' | '),
      row.damagedExercises > 0 ? t('overview.damagedExercises', { count: row.damagedExercises }) : '',
    ];
  });
  const body = [header, ...lines].map((fields) => fields.map((f) => csvField(f, sep)).join(sep)).join('\r\n');
  return `\uFEFF${body}\r\n`;
}
