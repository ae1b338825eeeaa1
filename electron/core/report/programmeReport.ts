import { definitionOf, isExerciseType } from '#shared/exercises/registry.js';
import { formatDate, formatNumber } from '#shared/i18n/format.js';
import type { Language } from '#shared/i18n/languages.js';
import type { Community } from '#shared/model/community.js';
import { participationSeries, type Journey, type JourneySession, type StepStatus } from '#shared/model/journey.js';
import { participationCharts, participationSeriesOrder, participationSeriesStyle } from '#shared/model/journeyChart.js';
import { phaseLabelKey, phases, stepLabelKey } from '#shared/model/process.js';
import { esc, table } from '#shared/report/html.js';
import { sceneToSvg } from '#shared/scene/svg.js';
import { backendTranslator } from '../translate.js';
import { printablePage, reportFooter } from './page.js';

type T = ReturnType<typeof backendTranslator>;

const css = `
@page { size: A4; margin: 16mm 14mm 18mm 14mm; }
* { box-sizing: border-box; }
body { font-family: 'Atkinson Hyperlegible', sans-serif; color: #111827; font-size: 11pt; line-height: 1.35; margin: 0; }
h1 { font-size: 24pt; margin: 0 0 4mm; }
h2 { font-size: 16pt; margin: 8mm 0 3mm; border-bottom: 2px solid #111827; padding-bottom: 1mm; }
h3 { font-size: 13pt; margin: 4mm 0 1.5mm; overflow-wrap: anywhere; }
.kicker { font-size: 13pt; text-transform: uppercase; letter-spacing: 0.08em; color: #374151; margin: 0; }
.community { font-size: 15pt; margin: 0 0 6mm; }
dl.facts { display: grid; grid-template-columns: 42mm 1fr; gap: 1.5mm 4mm; margin: 0; }
dl.facts dt { font-weight: 700; }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
.path { display: grid; grid-template-columns: repeat(3, 1fr); gap: 4mm; margin-top: 4mm; }
.phase h3 { margin: 0 0 2mm; padding: 1.5mm 2mm; background: #111827; color: #fff; }
.phase ol { list-style: none; margin: 0; padding: 0; }
.phase li { border: 1.5pt solid #111827; margin-bottom: 1.5mm; padding: 1.5mm 2mm; page-break-inside: avoid; }
.phase li.done { background: #d1fae5; }
.phase li.under_way { border-style: dashed; background: #fef3c7; }
.phase li.not_started { border-color: #9ca3af; color: #374151; }
.phase li.current { outline: 2.5pt solid #0b5cad; outline-offset: 0.8mm; }
.phase .name { font-weight: 700; display: block; }
.phase .status { font-size: 9.5pt; }
.here { font-weight: 700; color: #0b5cad; }
.legend { display: flex; gap: 5mm; font-size: 10pt; margin: 1mm 0 2mm; }
.swatch { display: inline-block; width: 4mm; height: 4mm; border: 1px solid #111827; vertical-align: middle; margin-right: 1mm; }
.swatch.dashed { border-style: dashed; }
.chart { margin: 2mm 0 4mm; page-break-inside: avoid; }
.chart svg { display: block; width: 100%; height: auto; max-height: 110mm; }
section.session { border-top: 1px solid #6b7280; padding-top: 2mm; page-break-inside: avoid; }
h2 + section.session { border-top: none; }
.meta { color: #374151; margin: 0 0 1mm; }
ul.exercises, ol.agreements { margin: 1mm 0 2mm; padding-left: 6mm; }
ol.agreements li, ul.exercises li { overflow-wrap: anywhere; }
table { width: 100%; border-collapse: collapse; margin: 2mm 0 4mm; font-size: 10pt; }
th, td { border: 1px solid #6b7280; padding: 1.2mm 2mm; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #e5e7eb; }
.page-break { page-break-before: always; }
`;

const statusMark: Record<StepStatus, string> = { done: '✓', under_way: '…', not_started: '○' };

function facts(pairs: [string, string][]): string {
  return `<dl class="facts">${pairs
    .filter(([, v]) => v.trim() !== '')
    .map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`)
    .join('')}</dl>`;
}

function allSessions(journey: Journey): JourneySession[] {
  return journey.steps.flatMap((s) => s.sessions).sort((a, b) => a.date.localeCompare(b.date));
}

function cover(community: Community, journey: Journey, language: Language, t: T): string {
  const sessions = allSessions(journey);
  const place = [community.desa, community.kecamatan, community.kabupaten, community.province]
    .filter(Boolean)
    .join(', ');
  const period =
    sessions.length > 0
      ? `${formatDate(language, sessions[0]!.date)} – ${formatDate(language, sessions.at(-1)!.date)}`
      : '';
  const attendances = sessions.reduce((n, s) => n + s.attendance.total, 0);
  const n = (v: number): string => formatNumber(language, v);
  return `<section class="cover">
  <p class="kicker">${esc(t('journey.report.title'))}</p>
  <h1>${esc(community.name)}</h1>
  ${place ? `<p class="community">${esc(place)}</p>` : ''}
  ${facts([
    [t('journey.report.period'), period],
    [
      t('journey.report.totals'),
      t('journey.report.totalsValue', {
        sessions: n(sessions.length),
        exercises: n(journey.exerciseCount),
        attendances: n(attendances),
      }),
    ],
    [t('community.description'), community.description],
  ])}
</section>`;
}

/** The path as the facilitator sees it on the wall: three columns of steps, each with its status. */
function path(journey: Journey, language: Language, t: T): string {
  const columns = phases.map((phase) => {
    const steps = journey.steps
      .filter((s) => s.phase === phase)
      .map((s) => {
        const current = journey.current?.phase === s.phase && journey.current.step === s.step;
        return `<li class="${s.status}${current ? ' current' : ''}"><span class="name">${esc(t(stepLabelKey(s.phase, s.step)))}</span>
<span class="status">${statusMark[s.status]} ${esc(t(`journey.statuses.${s.status}`))} · ${esc(
          t('journey.report.sessionsCount', { count: formatNumber(language, s.sessions.length) }),
        )}</span>${current ? ` <span class="here">◀ ${esc(t('journey.here'))}</span>` : ''}</li>`;
      })
      .join('');
    return `<div class="phase"><h3>${esc(t(phaseLabelKey(phase)))}</h3><ol>${steps}</ol></div>`;
  });
  const done = journey.current ? '' : `<p class="here">${esc(t('journey.allDone'))}</p>`;
  return `<h2>${esc(t('journey.report.path'))}</h2>${done}<div class="path">${columns.join('')}</div>`;
}

function participation(journey: Journey, language: Language, t: T): string {
  const points = participationSeries(journey);
  if (points.length === 0) return '';
  const legend = participationSeriesOrder
    .map((series) => {
      const style = participationSeriesStyle[series];
      return `<span><span class="swatch${style.dash ? ' dashed' : ''}" style="background:${style.fill}"></span>${esc(
        t(`journey.report.${series}`),
      )}</span>`;
    })
    .join('');
  const charts = participationCharts(points, {
    formatCount: (v) => formatNumber(language, v),
    formatDate: (d) => formatDate(language, d),
  })
    .map((scene) => `<div class="chart">${sceneToSvg(scene, '100%')}</div>`)
    .join('');
  return `<section class="page-break"><h2>${esc(t('journey.report.participation'))}</h2>
<p>${esc(t('journey.report.participationHint'))}</p><div class="legend">${legend}</div>${charts}</section>`;
}

function exerciseName(type: string, t: T): string {
  return isExerciseType(type) ? t(definitionOf(type).labels.name) : type;
}

function sessionSummaries(journey: Journey, language: Language, t: T): string {
  const sessions = allSessions(journey);
  const stepOf = new Map(journey.steps.flatMap((s) => s.sessions.map((x) => [x.id, s] as const)));
  const body = sessions
    .map((s, i) => {
      const step = stepOf.get(s.id)!;
      const a = s.attendance;
      const n = (v: number): string => formatNumber(language, v);
      const exercises = s.exercises.length
        ? `<ul class="exercises">${s.exercises
            .map((e) => `<li>${esc(exerciseName(e.type, t))}: ${esc(e.title)}</li>`)
            .join('')}</ul>`
        : `<p class="meta">${esc(t('journey.report.noExercises'))}</p>`;
      const agreements = s.agreements.length
        ? `<p class="meta"><strong>${esc(t('journey.agreementsLabel'))}</strong></p><ol class="agreements">${s.agreements
            .map((x) => `<li>${esc(x)}</li>`)
            .join('')}</ol>`
        : '';
      return `<section class="session"><h3>${n(i + 1)}. ${esc(s.title)}</h3>
<p class="meta">${esc(formatDate(language, s.date))} · ${esc(t(phaseLabelKey(step.phase)))} · ${esc(
        t(stepLabelKey(step.phase, step.step)),
      )}${s.place ? ` · ${esc(s.place)}` : ''} · ${esc(t(`session.kinds.${s.kind}`))}</p>
<p class="meta">${esc(
        t('journey.attendance', {
          total: n(a.total),
          female: n(a.female),
          male: n(a.male),
          youth: n(a.youth),
        }),
      )}</p>${exercises}${agreements}</section>`;
    })
    .join('');
  return `<section><h2>${esc(t('journey.report.sessions'))}</h2>${
    body || `<p>${esc(t('journey.report.noSessions'))}</p>`
  }</section>`;
}

function agreementsTable(journey: Journey, language: Language, t: T): string {
  const rows = allSessions(journey).flatMap((s) =>
    s.agreements.map((a) => [esc(formatDate(language, s.date)), esc(s.title), esc(a)]),
  );
  if (rows.length === 0) return '';
  return `<h2>${esc(t('journey.report.allAgreements'))}</h2>${table(
    [t('session.date'), t('report.session'), t('session.agreements')],
    rows,
    'agreements',
    [18, 30, 52],
  )}`;
}

/**
 * The programme report (laporan perjalanan program): the path first, then participation
 * over time as vector charts, every session in date order, and every agreement. One
 * self-contained HTML page (fonts inlined, charts as inline SVG), printed to A4.
 */
export function buildProgrammeReport(
  community: Community,
  journey: Journey,
  language: Language,
  resourcesDir: string,
  now = new Date(),
): { html: string; footerHtml: string } {
  const t = backendTranslator(language);
  const html = printablePage({
    language,
    resourcesDir,
    title: `${community.name} — ${t('journey.report.title')}`,
    styles: css,
    body: `${cover(community, journey, language, t)}
${path(journey, language, t)}
${participation(journey, language, t)}
${sessionSummaries(journey, language, t)}
${agreementsTable(journey, language, t)}`,
  });
  return { html, footerHtml: reportFooter(t, language, community.name, now) };
}
