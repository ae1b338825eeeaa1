import { useTranslation } from 'react-i18next';
import { seedsLeft } from '#shared/exercises/ranking/matrix.js';
import { matrixActions } from '#shared/exercises/ranking/matrixActions.js';
import type { MatrixDocument } from '#shared/exercises/ranking/schema.js';
import type { Table } from '#shared/exercises/ranking/tables.js';
import { Button } from '../../components/ui.js';
import { refusalText, type RunAction } from './useRankingActions.js';

/**
 * The grid the group scores in, options in the order entered: − and + or a typed number
 * per cell, the seeds left per criterion, and each option's total as the result table
 * (built by `tables.ts`) shows it.
 */
export function MatrixScoreGrid({
  doc,
  groupId,
  scored,
  run,
  onProblem,
}: {
  doc: MatrixDocument;
  groupId: string;
  scored: Table;
  run: RunAction<MatrixDocument>;
  onProblem: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  const { scoring } = doc;
  const cells = doc.cells[groupId] ?? {};
  const ids = doc.items.map((i) => i.id);
  const totals = new Map(scored.rows.map((row) => [row.key, row.cells[row.cells.length - 1]]));
  const report = (why: Parameters<typeof refusalText>[1]): void => onProblem(refusalText(t, why));
  return (
    <table className="data score-grid" data-testid="score-grid">
      <thead>
        <tr>
          <th>{t('ranking.items')}</th>
          {doc.criteria.map((c) => (
            <th key={c.id}>
              {c.name}
              {doc.weights === 'points' ? <span className="muted"> ×{c.weight}</span> : null}
              {scoring.kind === 'seeds' ? (
                <span className="seeds-left" data-testid={`seeds-left-${c.name}`}>
                  {t('ranking.matrixScoring.seedsLeft', { n: seedsLeft(cells, ids, c.id, scoring.seedsPerCriterion) })}
                </span>
              ) : null}
            </th>
          ))}
          <th>{t('ranking.total')}</th>
        </tr>
      </thead>
      <tbody>
        {doc.items.map((item) => {
          const total = totals.get(item.id);
          return (
            <tr key={item.id}>
              <th scope="row">{item.name}</th>
              {doc.criteria.map((c) => {
                const value = cells[item.id]?.[c.id];
                const at = { groupId, optionId: item.id, criterionId: c.id };
                const label = `${item.name} · ${c.name}`;
                return (
                  <td key={c.id} className="score-cell">
                    <Button
                      aria-label={`${label} −`}
                      disabled={value === undefined}
                      onClick={() => report(run(matrixActions.stepScore, { ...at, by: -1 }))}
                    >
                      −
                    </Button>
                    <input
                      aria-label={label}
                      inputMode="numeric"
                      value={value ?? ''}
                      placeholder="·"
                      onChange={(e) => {
                        if (e.target.value !== '')
                          report(run(matrixActions.typeScore, { ...at, value: Number(e.target.value) }));
                      }}
                    />
                    <Button
                      aria-label={`${label} +`}
                      onClick={() => report(run(matrixActions.stepScore, { ...at, by: 1 }))}
                    >
                      +
                    </Button>
                  </td>
                );
              })}
              <td className="total" data-testid={`total-${item.name}`}>
                {total?.kind === 'incomplete' ? (
                  <span className="muted">{total.text}</span>
                ) : (
                  <strong>{total?.text}</strong>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
