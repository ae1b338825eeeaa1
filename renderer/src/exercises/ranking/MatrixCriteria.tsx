import { useTranslation } from 'react-i18next';
import { matrixActions } from '#shared/exercises/ranking/matrixActions.js';
import type { MatrixDocument } from '#shared/exercises/ranking/schema.js';
import { matrixTemplates, type MatrixTemplate } from '#shared/exercises/ranking/templates.js';
import { Icon } from '../../components/Icon.js';
import { Button, Field, Segmented } from '../../components/ui.js';
import { newId } from '../../ids.js';
import { AddNameForm, EditableName, ProblemLine } from './RankingParts.js';
import { type RunAction } from './useRankingActions.js';

type Run = RunAction<MatrixDocument>;

/** The problem-ranking templates (GMP, USG, weighted) or the group's own criteria. */
export function TemplateCard({ doc, onChoose }: { doc: MatrixDocument; onChoose: (template: MatrixTemplate) => void }) {
  const { t } = useTranslation();
  return (
    // Changing the template's criteria, scale or weighting makes the matrix a custom one again.
    <section className="card" aria-label={t('ranking.matrixScoring.template')}>
      <h2>{t('ranking.matrixScoring.template')}</h2>
      <p className="hint">{t('ranking.matrixScoring.templateHint')}</p>
      <Segmented
        label={t('ranking.matrixScoring.template')}
        value={doc.template}
        options={matrixTemplates.map((value) => ({
          value,
          label: t(`ranking.matrixScoring.templates.${value}`),
        }))}
        onChange={onChoose}
      />
      {doc.template !== 'custom' ? <p className="muted">{t('ranking.matrixScoring.problemNote')}</p> : null}
    </section>
  );
}

/** The group's criteria, phrased positively: added, corrected in place, removed with their scores. */
export function CriteriaCard({
  doc,
  run,
  problem,
  onProblem,
}: {
  doc: MatrixDocument;
  run: Run;
  problem: string | null;
  onProblem: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-label={t('ranking.matrixScoring.criteria')}>
      <h2>{t('ranking.matrixScoring.criteria')}</h2>
      <p className="hint">{t('ranking.matrixScoring.criterionHint')}</p>
      <AddNameForm
        label={t('ranking.matrixScoring.criterionName')}
        button={t('ranking.matrixScoring.addCriterion')}
        primary
        onAdd={(name) => run(matrixActions.addCriterion, { id: newId(), name })}
        onProblem={onProblem}
      />
      <ProblemLine problem={problem} />
      <ol className="item-list">
        {doc.criteria.map((c) => (
          <li key={c.id}>
            <EditableName
              name={c.name}
              label={t('ranking.matrixScoring.renameCriterion')}
              onRename={(next) => run(matrixActions.renameCriterion, { id: c.id, name: next })}
              onProblem={onProblem}
            />
            <Button
              variant="ghost"
              aria-label={`${t('common.delete')}: ${c.name}`}
              onClick={() => run(matrixActions.removeCriterion, { id: c.id })}
            >
              <Icon name="close" size={18} />
            </Button>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Options may belong to a category (a commodity, a hamlet) and are ranked within it too. */
export function CategoriesCard({ doc, run, listId }: { doc: MatrixDocument; run: Run; listId: string }) {
  const { t } = useTranslation();
  const categories = [...new Set(doc.items.map((i) => i.category?.trim() ?? '').filter(Boolean))];
  return (
    <section className="card" aria-label={t('ranking.matrixScoring.categories')}>
      <h2>{t('ranking.matrixScoring.categories')}</h2>
      <p className="hint">{t('ranking.matrixScoring.categoryHint')}</p>
      <datalist id={listId}>
        {categories.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
      <div className="weights">
        {doc.items.map((item) => (
          <Field key={item.id} label={item.name}>
            {(id) => (
              <input
                id={id}
                key={item.category ?? ''}
                list={listId}
                defaultValue={item.category ?? ''}
                placeholder={t('ranking.matrixScoring.category')}
                maxLength={200}
                onBlur={(e) => run(matrixActions.setCategory, { itemId: item.id, category: e.target.value })}
                onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
              />
            )}
          </Field>
        ))}
      </div>
    </section>
  );
}
