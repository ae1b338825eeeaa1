import { formatDate, languageOf } from '#shared/i18n/format.js';
import type { Language } from '#shared/i18n/languages.js';
import { backendTranslator } from '../translate.js';
import { countAttendance } from '#shared/model/attendance.js';
import { phaseLabelKey, stepLabelKey } from '#shared/model/process.js';
import { ageGroups, genders } from '#shared/model/session.js';
import { printablePage, reportFooter } from './page.js';
import { allDefinitions, definitionOf } from '#shared/exercises/registry.js';
import { esc, table } from '#shared/report/html.js';
import type { SessionReportData } from './reportData.js';

type T = ReturnType<typeof backendTranslator>;

/** Blank lines at the end of the signature list for people who arrive late. */
const extraSignatureRows = 5;

const css = `
@page { size: A4; margin: 16mm 14mm 18mm 14mm; }
* { box-sizing: border-box; }
body { font-family: 'Atkinson Hyperlegible', sans-serif; color: #111827; font-size: 11pt; line-height: 1.35; margin: 0; }
h1 { font-size: 24pt; margin: 0 0 4mm; }
h2 { font-size: 16pt; margin: 8mm 0 3mm; border-bottom: 2px solid #111827; padding-bottom: 1mm; }
.unprinted { border: 2px solid #111827; padding: 3mm; font-weight: 700; }
.cover .kicker { font-size: 13pt; text-transform: uppercase; letter-spacing: 0.08em; color: #374151; margin: 0; }
.cover .community { font-size: 15pt; margin: 0 0 6mm; }
dl.facts { display: grid; grid-template-columns: 42mm 1fr; gap: 1.5mm 4mm; margin: 0; }
dl.facts dt { font-weight: 700; }
dl.facts dd { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
table { width: 100%; border-collapse: collapse; margin: 2mm 0 4mm; page-break-inside: auto; }
tr { page-break-inside: avoid; }
th, td { border: 1px solid #6b7280; padding: 1.5mm 2mm; text-align: left; vertical-align: top; overflow-wrap: break-word; }
table.data { font-size: 10pt; }
th { background: #e5e7eb; overflow-wrap: normal; }
table.data th { font-size: 9pt; }
td.num, th.num { text-align: right; }
table.signatures td { height: 10mm; }
table.signatures td:last-child { width: 45mm; }
ol.agreements li { margin-bottom: 2mm; font-size: 12pt; overflow-wrap: anywhere; }
section.exercise { page-break-before: always; }
.diagram { border: 1px solid #9ca3af; padding: 2mm; margin-bottom: 2mm; }
.diagram svg { display: block; max-height: 130mm; }
.legend { font-size: 10pt; }
.question { font-size: 13pt; font-weight: 700; }
.chart { margin: 2mm 0; }
.chart svg { display: block; max-height: 90mm; }
h3 { font-size: 13pt; margin: 5mm 0 2mm; }
.prewrap { white-space: pre-wrap; overflow-wrap: anywhere; }
.swatch { display: inline-block; width: 4mm; height: 4mm; border: 1px solid #111827; vertical-align: middle; margin-right: 1mm; }
.page-break { page-break-before: always; }
.after-band { display: flex; align-items: center; gap: 3mm; margin: 0 0 2mm; font-size: 11pt; }
.after-word { border: 0.7mm solid #111827; background: #ffd23f; color: #111827; font-weight: 700; font-size: 15pt; letter-spacing: 0.08em; padding: 0.5mm 2.5mm; }
`;

/** The rules each exercise type adds for its own section. */
function typeStyles(): string {
  return [...new Set(allDefinitions().map((d) => d.reportStyle ?? ''))].join('\n');
}

function facts(pairs: [string, string][]): string {
  return `<dl class="facts">${pairs
    .filter(([, v]) => v.trim() !== '')
    .map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`)
    .join('')}</dl>`;
}

function cover(data: SessionReportData, t: T): string {
  const { community, session } = data;
  const place = [community.desa, community.kecamatan, community.kabupaten, community.province]
    .filter(Boolean)
    .join(', ');
  return `<section class="cover">
  <p class="kicker">${esc(t('report.title'))}</p>
  <h1>${esc(session.title)}</h1>
  <p class="community">${esc(community.name)}${place ? ` — ${esc(place)}` : ''}</p>
  ${facts([
    [t('session.date'), formatDate(languageOf(t), session.date)],
    [t('session.place'), session.place],
    [t('session.facilitators'), session.facilitators],
    [t('session.kind'), t(`session.kinds.${session.kind}`)],
    [t('session.phase'), t(phaseLabelKey(session.phase))],
    [t('session.step'), t(stepLabelKey(session.phase, session.step))],
    [t('session.agenda'), session.agenda],
    [t('session.notes'), session.notes],
    [t('community.description'), community.description],
  ])}
</section>`;
}

function attendanceSummary(data: SessionReportData, t: T): string {
  const counts = countAttendance(data.participants);
  const headers = [
    t('attendance.ageGroup'),
    ...genders.map((g) => t(`attendance.genders.${g}`)),
    t('attendance.total'),
  ];
  const rows = ageGroups.map((a) => [
    esc(t(`attendance.ageGroups.${a}`)),
    ...genders.map((g) => String(counts.cross[g][a])),
    `<strong>${counts.byAgeGroup[a]}</strong>`,
  ]);
  rows.push([
    `<strong>${esc(t('attendance.total'))}</strong>`,
    ...genders.map((g) => `<strong>${counts.byGender[g]}</strong>`),
    `<strong>${counts.total}</strong>`,
  ]);
  return `<h2>${esc(t('report.attendanceSummary'))}</h2>${table(headers, rows, 'attendance')}`;
}

function agreements(data: SessionReportData, t: T): string {
  const list = data.session.agreements;
  const body = list.length
    ? `<ol class="agreements">${list.map((a) => `<li>${esc(a)}</li>`).join('')}</ol>`
    : `<p>${esc(t('session.noAgreements'))}</p>`;
  return `<h2>${esc(t('session.agreements'))}</h2>${body}`;
}

/**
 * The "after" copy's section opens with the SESUDAH / AFTER band above its title, so the
 * printed before and after cannot be mistaken either: put right inside the section's
 * opening tag (so it stays on the section's page), whichever type wrote the section.
 */
function markAfterCopy(section: string, originalTitle: string | null, t: T): string {
  const origin =
    originalTitle === null ? t('beforeAfter.copyOfGone') : t('beforeAfter.copyOf', { title: originalTitle });
  const band = `<p class="after-band"><span class="after-word">${esc(t('beforeAfter.badge'))}</span> ${esc(origin)}</p>`;
  const opening = /^\s*<section\b[^>]*>/.exec(section);
  return opening ? `${opening[0]}${band}${section.slice(opening[0].length)}` : `${band}${section}`;
}

/** Each exercise's own section, in the session's order; each type writes its own. */
function exerciseSections(data: SessionReportData, t: T): string {
  return data.exercises
    .map((ex, i) => {
      const section = definitionOf(ex.type).report(ex.body as never, {
        t,
        title: ex.title,
        communityName: data.community.name,
        photos: data.photos,
        earlier: data.exercises.slice(0, i),
        community: data.dated,
        copyOf: data.afterCopies.get(ex.id)?.id ?? null,
      });
      const original = data.afterCopies.get(ex.id);
      return original === undefined ? section : markAfterCopy(section, original.title, t);
    })
    .concat(
      data.unprinted.map(
        (ex) =>
          `<p class="unprinted">${esc(t(ex.why === 'newer' ? 'report.newerExercise' : 'report.damagedExercise', { title: ex.title }))}</p>`,
      ),
    )
    .join('\n');
}

function signatureList(data: SessionReportData, t: T): string {
  const rows = data.participants.map((p, i) => [
    String(i + 1),
    esc(p.name),
    esc(p.group),
    esc(t(`attendance.genders.${p.gender}`)),
    '',
  ]);
  for (let i = 0; i < extraSignatureRows; i += 1) rows.push([String(data.participants.length + i + 1), '', '', '', '']);
  return `<section class="page-break">
  <h2>${esc(t('report.signatureList'))}</h2>
  ${facts([
    [t('session.title'), data.session.title],
    [t('session.date'), formatDate(languageOf(t), data.session.date)],
    [t('session.place'), data.session.place],
  ])}
  ${table(
    [
      t('report.number'),
      t('report.participantName'),
      t('attendance.group'),
      t('attendance.gender'),
      t('report.signature'),
    ],
    rows,
    'signatures',
    [7, 33, 22, 15, 23],
  )}
</section>`;
}

/**
 * The session report as one self-contained HTML page (fonts inlined, diagrams as inline
 * SVG), printed to A4 by Chromium. Returns the page and the footer repeated on each page.
 */
export function buildSessionReport(
  data: SessionReportData,
  language: Language,
  resourcesDir: string,
  now = new Date(),
): { html: string; footerHtml: string } {
  const t = backendTranslator(language);
  const html = printablePage({
    language,
    resourcesDir,
    title: `${data.community.name} — ${data.session.title}`,
    styles: `${css}${typeStyles()}`,
    images: true,
    body: `${cover(data, t)}
${attendanceSummary(data, t)}
${agreements(data, t)}
${exerciseSections(data, t)}
${signatureList(data, t)}`,
  });
  return { html, footerHtml: reportFooter(t, language, data.community.name, now) };
}
