import { useTranslation } from 'react-i18next';
import type { StatementDocument } from '#shared/exercises/framing/schema.js';
import { directionCriteria, openCriteria, type DirectionCriterion } from '#shared/exercises/framing/statement.js';
import { BlurText } from './BlurText.js';

/**
 * The direction criteria (realistic, measurable, time-framed, scoped): ticked when the
 * group agrees, with a note why; the ones still open stay flagged underneath.
 */
export function CriteriaChecklist({
  criteria,
  onMet,
  onNote,
}: {
  criteria: StatementDocument['criteria'];
  onMet: (criterion: DirectionCriterion, met: boolean) => void;
  onNote: (criterion: DirectionCriterion, note: string) => void;
}) {
  const { t } = useTranslation();
  const open = openCriteria(criteria);
  return (
    <section className="card" aria-label={t('framing.criteria')}>
      <h2>{t('framing.criteria')}</h2>
      <ul className="criteria">
        {directionCriteria.map((c) => (
          <li key={c} className={criteria[c].met ? 'met' : 'open'} data-testid={`criterion-${c}`}>
            <label className="check">
              <input type="checkbox" checked={criteria[c].met} onChange={(e) => onMet(c, e.target.checked)} />
              {t(`framing.criteriaNames.${c}`)}
              <span className={criteria[c].met ? 'change-up' : 'warning'}>
                {' '}
                · {criteria[c].met ? t('framing.met') : t('framing.openFlag')}
              </span>
            </label>
            <BlurText
              label={`${t('session.notes')}: ${t(`framing.criteriaNames.${c}`)}`}
              value={criteria[c].note}
              onCommit={(note) => onNote(c, note)}
            />
          </li>
        ))}
      </ul>
      {open.length > 0 ? (
        <p className="warning" role="status">
          {t('framing.openFlag')}: {open.map((c) => t(`framing.criteriaNames.${c}`)).join('; ')}
        </p>
      ) : null}
    </section>
  );
}
