import { formatMonthParts, formatNumber, languageOf } from '../../i18n/format.js';
import type { Translate } from '../../i18n/translate.js';
import { esc, sectionHeading, table } from '../../report/html.js';
import { sceneToSvg } from '../../scene/svg.js';
import type { ReportContext } from '../definition.js';
import { checkPlan, planTotals, type PlanChecks } from './checks.js';
import type { ActionPlanDocument, Activity, PlanCite, ResourceSource } from './schema.js';
import { timelinePages, timelineScene, type TimelineLabels, type TimelineOptions } from './timeline.js';

/**
 * What the plan's table, checks and timeline say in words: shared by the screen and the
 * PDF, so the projected plan and the printed one cannot disagree.
 */
export function rupiah(t: Translate, amount: number): string {
  return t('actionPlan.rupiah', { amount: formatNumber(languageOf(t), amount, { fractionDigits: 0 }) });
}

export function monthText(t: Translate, month: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return '';
  const [name, year] = formatMonthParts(languageOf(t), Number(match[1]) * 12 + Number(match[2]) - 1);
  return `${name} ${year}`;
}

/** "Mar 2027 – Jun 2027", one month alone, or '' when undated. */
export function whenText(t: Translate, a: Pick<Activity, 'startMonth' | 'endMonth'>): string {
  const start = monthText(t, a.startMonth);
  const end = monthText(t, a.endMonth);
  if (start && end && start !== end) return `${start} – ${end}`;
  return start || end;
}

export function citeText(t: Translate, cite: PlanCite | null): string {
  if (!cite) return '';
  const kind = sourceKindKey(cite.sourceType);
  return kind ? `${t(kind)}: ${cite.label}` : cite.label;
}

export function sourceKindKey(
  type: string,
): 'actionPlan.sources.objective' | 'actionPlan.sources.cluster' | 'actionPlan.sources.statement' | null {
  if (type === 'tree') return 'actionPlan.sources.objective';
  if (type === 'consensus') return 'actionPlan.sources.cluster';
  if (type === 'statement') return 'actionPlan.sources.statement';
  return null;
}

export function sourceText(t: Translate, source: ResourceSource): string {
  if (source.kind === 'local') return `${t('actionPlan.sourceKinds.local')}: ${source.name}`;
  if (source.kind === 'outside') return `${t('actionPlan.sourceKinds.outside')}: ${source.institution}`;
  return t('actionPlan.sourceKinds.none');
}

export function timelineLabels(t: Translate): TimelineLabels {
  const language = languageOf(t);
  return { month: (m) => formatMonthParts(language, m), noDates: t('actionPlan.noDates') };
}

/** Every flag in words, plan-wide first, then by activity number. */
export function checkTexts(t: Translate, checks: PlanChecks): string[] {
  return [
    ...checks.plan.map((reason) => t(`actionPlan.planChecks.${reason}`)),
    ...checks.activities.map((c) =>
      t('actionPlan.checkOf', { number: c.number, reason: t(`actionPlan.checkReasons.${c.reason}`, c.params) }),
    ),
  ];
}

export function localShareText(t: Translate, doc: Pick<ActionPlanDocument, 'activities'>): string {
  const { localShare } = planTotals(doc);
  if (localShare === null) return t('actionPlan.localShareNone');
  return t('actionPlan.localShare', { share: `${formatNumber(languageOf(t), Math.round(localShare * 100))}%` });
}

/** The timeline's pages as vector SVG, one per block of months and rows. */
export function timelineSvgs(doc: ActionPlanDocument, t: Translate, options?: TimelineOptions): string[] {
  const labels = timelineLabels(t);
  return timelinePages(doc, options).map((page) => sceneToSvg(timelineScene(page, labels), '100%'));
}

const names = (list: readonly { name: string }[]): string =>
  list
    .map((p) => p.name.trim())
    .filter(Boolean)
    .join(', ');

function activityRow(t: Translate, a: Activity, number: number): string[] {
  const resources = a.resources.map((r) => `${esc(r.name)} <em>(${esc(sourceText(t, r.source))})</em>`).join('<br>');
  return [
    String(number),
    `<strong>${esc(a.what)}</strong>${a.why ? `<br><small>${esc(citeText(t, a.why))}</small>` : ''}${
      a.field ? `<br><small>${esc(t(`actionPlan.fields.${a.field}`))}</small>` : ''
    }`,
    esc(names(a.responsible)) + (a.partners.length ? `<br><small>${esc(names(a.partners))}</small>` : ''),
    esc(whenText(t, a)) + (a.place.trim() ? `<br><small>${esc(a.place)}</small>` : ''),
    resources,
    `${esc(t('actionPlan.costSwadaya', { amount: rupiah(t, a.swadaya) }))}<br>${esc(
      t('actionPlan.costOutside', { amount: rupiah(t, a.outsideHelp) }),
    )}`,

    esc(a.doneWhen),
  ];
}

/** The session PDF's section: goal and span, the table, the share, the checks, the team, the timeline. */
export function actionPlanReport(doc: ActionPlanDocument, { t, title }: ReportContext): string {
  const totals = planTotals(doc);
  const checks = checkTexts(t, checkPlan(doc));
  const span = whenText(t, doc);
  const team = doc.team.map((m) => [esc(t(`actionPlan.roles.${m.role}`)), esc(m.person.name)]);
  const svgs = timelineSvgs(doc, t);
  return `<section class="exercise plan">
  ${sectionHeading(t('actionPlan.typeName'), title, doc.goal)}
  ${span ? `<p>${esc(t('actionPlan.span'))}: ${esc(span)}</p>` : ''}
  ${table(
    [
      t('actionPlan.number'),
      t('actionPlan.what'),
      t('actionPlan.responsible'),
      t('actionPlan.when'),
      t('actionPlan.resources'),
      t('actionPlan.cost'),
      t('actionPlan.doneWhen'),
    ],
    doc.activities.map((a, i) => activityRow(t, a, i + 1)),
    'data',
    [5, 22, 16, 13, 17, 14, 13],
  )}
  <p><strong>${esc(localShareText(t, doc))}</strong> · ${esc(
    t('actionPlan.totals', { swadaya: rupiah(t, totals.swadaya), outside: rupiah(t, totals.outsideHelp) }),
  )}</p>
  ${
    checks.length
      ? `<h3>${esc(t('actionPlan.reportChecks'))}</h3><ul class="plan-checks">${checks.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>`
      : ''
  }
  ${team.length ? `<h3>${esc(t('actionPlan.reportTeam'))}</h3>${table([t('actionPlan.role'), t('actionPlan.memberName')], team, 'data', [30, 70])}` : ''}
  ${svgs.length ? `<h3>${esc(t('actionPlan.timeline'))}</h3>${svgs.map((svg) => `<div class="diagram timeline">${svg}</div>`).join('\n')}` : ''}
</section>`;
}

// A page of the timeline stays whole; the activity table may run over pages.
export const actionPlanReportStyle = `.plan .timeline { page-break-inside: avoid; margin-bottom: 4mm; }
.plan small { color: #374151; }
.plan-checks li { margin-bottom: 1mm; }`;
