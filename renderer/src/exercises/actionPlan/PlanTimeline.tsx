import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { timelineLabels, whenText } from '#shared/exercises/actionPlan/report.js';
import type { ActionPlanDocument } from '#shared/exercises/actionPlan/schema.js';
import { timelineGeometry, timelinePages, timelineScene } from '#shared/exercises/actionPlan/timeline.js';
import { CanvasBox } from '../../canvas/CanvasBox.js';
import { SceneStage, useElementWidth } from '../../canvas/SceneChart.js';
import { minFitScale } from '../../canvas/viewport.js';
import { Button } from '../../components/ui.js';

/** Rows of one screen page: a page stays within a projected 1024x768 window below the head. */
const screenRows = 7;

/**
 * The month-by-month timeline on the wall, drawn from the same scene as the PDF. It never
 * shrinks its labels below the projector minimum: as many month columns as fit the width
 * at that scale, and the rest on further pages (PageUp / PageDown, or the buttons).
 */
export function PlanTimeline({ doc }: { doc: ActionPlanDocument }) {
  const { t } = useTranslation();
  const [box, width] = useElementWidth();
  const [pageAt, setPageAt] = useState(0);
  const g = timelineGeometry;
  const monthsPerPage = Math.max(3, Math.min(12, Math.floor((width / minFitScale - g.labelWidth - 16) / g.monthWidth)));
  const pages = useMemo(() => timelinePages(doc, { monthsPerPage, rowsPerPage: screenRows }), [doc, monthsPerPage]);
  const page = pages[Math.min(pageAt, pages.length - 1)];
  const scene = useMemo(() => (page ? timelineScene(page, timelineLabels(t)) : null), [page, t]);
  const scale = scene ? Math.min(1.25, width / scene.bounds.width) : 1;
  const go = (delta: number): void => setPageAt((p) => Math.max(0, Math.min(pages.length - 1, p + delta)));
  const summary = page
    ? page.rows
        .map(
          (r) =>
            `${r.number}. ${r.what} ${whenText(
              t,
              doc.activities.find((a) => a.id === r.activityId)!,
            )}`,
        )
        .join('; ')
    : t('actionPlan.timelineEmpty');

  return (
    <section className="card plan-timeline scene-flow" aria-label={t('actionPlan.timeline')}>
      {pages.length > 1 ? (
        <div className="inline-form page-nav">
          <Button onClick={() => go(-1)} disabled={pageAt === 0}>
            ← {t('actionPlan.previousPage')}
          </Button>
          <span aria-live="polite">
            {t('actionPlan.page', { page: Math.min(pageAt, pages.length - 1) + 1, pages: pages.length })}
          </span>
          <Button onClick={() => go(1)} disabled={pageAt >= pages.length - 1}>
            {t('actionPlan.nextPage')} →
          </Button>
        </div>
      ) : null}
      <CanvasBox
        container={box}
        testId="plan-timeline"
        text={{ name: t('actionPlan.timeline'), summary }}
        onKeyDown={(e) => {
          if (e.key === 'PageDown' || e.key === 'PageUp') {
            e.preventDefault();
            go(e.key === 'PageDown' ? 1 : -1);
          }
        }}
        style={{ height: scene ? scene.bounds.height * scale + 4 : 120 }}
      >
        {scene && width > 0 ? (
          <SceneStage scene={scene} width={width} scale={scale} />
        ) : (
          <p className="muted">{t('actionPlan.timelineEmpty')}</p>
        )}
      </CanvasBox>
    </section>
  );
}
