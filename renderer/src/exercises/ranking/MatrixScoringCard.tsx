import { useTranslation } from 'react-i18next';
import { weightPointsTotal } from '#shared/exercises/ranking/matrix.js';
import { matrixActions, scaleKeyOf, type ScaleKey } from '#shared/exercises/ranking/matrixActions.js';
import type { MatrixDocument } from '#shared/exercises/ranking/schema.js';
import { Field, SegmentedField } from '../../components/ui.js';
import { type RunAction } from './useRankingActions.js';

const scaleChoices: ScaleKey[] = ['scale05', 'scale15', 'scale110', 'scale13', 'seeds'];

/** How the matrix is scored: the scale or seeds, adding or multiplying, and the weights. */
export function MatrixScoringCard({
  doc,
  weightSum,
  run,
}: {
  doc: MatrixDocument;
  weightSum: number;
  run: RunAction<MatrixDocument>;
}) {
  const { t } = useTranslation();
  const { scoring } = doc;
  return (
    <section className="card">
      <SegmentedField
        label={t('ranking.matrixScoring.scoring')}
        value={scaleKeyOf(scoring)}
        options={scaleChoices.map((value) => ({ value, label: t(`ranking.matrixScoring.${value}`) }))}
        onChange={(scale) => run(matrixActions.setScale, { scale })}
      />
      {scoring.kind === 'scale' ? (
        <SegmentedField
          label={t('ranking.matrixScoring.combine')}
          value={doc.combine}
          options={[
            { value: 'sum', label: t('ranking.matrixScoring.add') },
            { value: 'product', label: t('ranking.matrixScoring.multiply') },
          ]}
          onChange={(combine) => run(matrixActions.setCombine, { combine })}
        >
          {doc.combine === 'product' ? <p className="hint">{t('ranking.matrixScoring.multiplyHint')}</p> : null}
        </SegmentedField>
      ) : null}
      {scoring.kind === 'seeds' ? (
        <Field label={t('ranking.matrixScoring.seedsPer')}>
          {(id) => (
            <input
              id={id}
              type="number"
              min={1}
              max={1000}
              value={scoring.seedsPerCriterion}
              onChange={(e) => run(matrixActions.setSeedsPerCriterion, { seeds: Math.round(Number(e.target.value)) })}
            />
          )}
        </Field>
      ) : null}
      <SegmentedField
        label={t('ranking.matrixScoring.weights')}
        value={doc.weights}
        options={[
          { value: 'equal', label: t('ranking.matrixScoring.equalWeights') },
          { value: 'points', label: t('ranking.matrixScoring.pointWeights') },
        ]}
        onChange={(weights) => run(matrixActions.setWeights, { weights })}
      />
      {doc.weights === 'points' ? (
        <div className="weights">
          {doc.criteria.map((c) => (
            <Field key={c.id} label={c.name}>
              {(id) => (
                <input
                  id={id}
                  type="number"
                  min={0}
                  max={10}
                  value={c.weight}
                  onChange={(e) =>
                    run(matrixActions.setWeight, { criterionId: c.id, weight: Math.round(Number(e.target.value)) })
                  }
                />
              )}
            </Field>
          ))}
          <p className={weightSum === weightPointsTotal ? 'muted' : 'warning'} role="status">
            {t('ranking.matrixScoring.weightSum', { sum: weightSum })}
          </p>
        </div>
      ) : null}
    </section>
  );
}
