import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { hasComparisons } from '#shared/exercises/evaluation/gather.js';
import {
  indicatorTable,
  pentagonTable,
  rankingTable,
  sidesText,
  vennTable,
  type TextTable,
} from '#shared/exercises/evaluation/report.js';
import type { BeforeAfter, PentagonComparison } from '#shared/exercises/evaluation/schema.js';
import type { Capital } from '#shared/exercises/resources/capitals.js';
import { pentagonScene } from '#shared/exercises/resources/pentagon.js';
import { capitalNames } from '#shared/exercises/resources/tables.js';
import { formatDate } from '#shared/i18n/format.js';
import { accent, mutedInk } from '#shared/theme.js';
import { useApp } from '../../AppContext.js';
import { SceneChart } from '../../canvas/SceneChart.js';

/** The community's own comparisons across the programme, as the PDF prints them (same rows). */
export function BeforeAfterPanel({ beforeAfter }: { beforeAfter: BeforeAfter | null }) {
  const { t } = useTranslation();
  const { language } = useApp();
  if (!beforeAfter || !hasComparisons(beforeAfter))
    return (
      <section className="card" aria-label={t('evaluation.beforeAfter.title')}>
        <h2>{t('evaluation.beforeAfter.title')}</h2>
        <p>{t('evaluation.beforeAfter.none')}</p>
      </section>
    );
  const b = beforeAfter;
  return (
    <section className="card before-after" aria-label={t('evaluation.beforeAfter.title')} data-testid="before-after">
      <h2>{t('evaluation.beforeAfter.title')}</h2>
      <p className="muted">{t('evaluation.beforeAfter.gatheredOn', { date: formatDate(language, b.gatheredOn) })}</p>
      {b.venn ? (
        <>
          <h3>{t('evaluation.beforeAfter.venn')}</h3>
          <p>{sidesText(t, b.venn.before, b.venn.after)}</p>
          <Table table={vennTable(t, b.venn)} label={t('evaluation.beforeAfter.venn')} />
        </>
      ) : null}
      {b.pentagon ? <Pentagon comparison={b.pentagon} /> : null}
      {b.rankings.map((r) => (
        <div key={`${r.before.exerciseId}-${r.after.exerciseId}`}>
          <h3>
            {t('evaluation.beforeAfter.ranking')}
            {r.group ? ` (${r.group})` : ''}
          </h3>
          <p>{sidesText(t, r.before, r.after)}</p>
          <Table table={rankingTable(t, r)} label={`${t('evaluation.beforeAfter.ranking')}: ${r.after.title}`} />
        </div>
      ))}
      {b.indicators.length ? (
        <>
          <h3>{t('evaluation.beforeAfter.indicators')}</h3>
          <Table table={indicatorTable(t, b.indicators)} label={t('evaluation.beforeAfter.indicators')} />
        </>
      ) : null}
    </section>
  );
}

function Pentagon({ comparison }: { comparison: PentagonComparison }) {
  const { t } = useTranslation();
  const scene = useMemo(() => {
    const values = (side: 'before' | 'after'): Record<Capital, number> =>
      Object.fromEntries(comparison.values.map((v) => [v.capital, v[side]])) as Record<Capital, number>;
    return pentagonScene(
      [
        { values: values('before'), stroke: mutedInk, dash: [12, 8] },
        { values: values('after'), stroke: accent },
      ],
      capitalNames(t),
    );
  }, [comparison, t]);
  const table = pentagonTable(t, comparison);
  return (
    <>
      <h3>{t('evaluation.beforeAfter.pentagon')}</h3>
      <p>
        {sidesText(t, comparison.before, comparison.after)} {t('evaluation.beforeAfter.pentagonKey')}
      </p>
      <div className="before-after-pentagon">
        <SceneChart
          scene={scene}
          testId="before-after-pentagon"
          name={t('evaluation.beforeAfter.pentagon')}
          summary={table.rows.map((r) => r.join(' ')).join('; ')}
        />
      </div>
      <Table table={table} label={t('evaluation.beforeAfter.pentagon')} />
    </>
  );
}

function Table({ table, label }: { table: TextTable; label: string }) {
  return (
    <table className="data" aria-label={label}>
      <thead>
        <tr>
          {table.header.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((r, i) => (
          <tr key={i}>
            {r.map((c, j) =>
              j === 0 ? (
                <th key={j} scope="row">
                  {c}
                </th>
              ) : (
                <td key={j}>{c}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
